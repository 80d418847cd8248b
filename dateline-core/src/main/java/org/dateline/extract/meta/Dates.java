package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication and modification dates, in the manner of htmldate: structured data first (JSON-LD,
 * then the many meta-tag conventions, microdata, {@code <time>}), then dates shown near the
 * headline in elements whose class or id says they hold one, then the URL path, then the first
 * date written in the page's text. Every candidate passes a sanity check (a plausible year, not in
 * the future); published and modified are kept in order. Stateless and thread-safe.
 */
final class Dates {

    /** Meta names and properties that carry the publication date, most specific first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "published_time",
            "article:published", "datepublished", "article.published", "article_date_original",
            "original-publish-date", "originalpublicationdate", "publication_date", "publication-date",
            "publish-date", "publish_date", "publishdate", "pubdate", "pub_date", "date_published",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.published",
            "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date",
            "citation_date", "prism.publicationdate", "rnews:datepublished", "cxenseparse:recs:publishtime",
            "article:post_date", "og:pubdate", "bt:pubdate", "displaydate", "content_date", "release_date",
            "creation_date", "created", "date", "dc.created", "iso-8601-publish-date", "pub-date",
            "publishtime", "published-date", "publish-time", "article.created", "datecreated", "dateposted",
            "eomportal-lastupdate", "firstpublishedtime", "gentime", "nv:date", "timestamp");
    /** Meta names of no precise meaning: a date of the record, which is not always its publication. */
    private static final Set<String> GENERIC_META = Set.of("dc.date", "dcterms.date", "date", "dc.date.created",
            "dcterms.created", "created", "creation_date", "dc.created", "timestamp", "gentime", "datecreated",
            "article.created", "content_date", "displaydate", "nv:date", "eomportal-lastupdate");
    /** Meta names and properties that carry the modification date. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "modified_time", "lastmod",
            "last-modified", "article.updated", "parsely-updated", "updated_time", "lastmodified",
            "revised", "dc.modified", "date_modified", "update-date");

    /** Class or id of an element that shows a date. */
    private static final Pattern DATE_CLASS = Pattern.compile(org.dateline.extract.Alternatives.grouped(
            "date|time|publi|posted|dateline|datum|fecha|data|stand|zeit|meta|byline|info|stamp|calendar|"
                    + "created|uhrzeit|fech|dátum|datum|tarih|tanggal|ngay|日期|article-header|entry-header|post-header|"
                    + "detail|author|source|subline|credits"));
    /** A class, id or label that marks a date as the modification, not the publication. */
    private static final Pattern UPDATED = Pattern.compile(
            "(?iu)update|modif|aktualisiert|geändert|bearbeitet|mis à jour|mise à jour|actualiz|atualiz|aggiornat|"
                    + "bijgewerkt|opdateret|oppdatert|uppdaterad|päivitetty|zaktualizowan|aktualizov|обновл|оновл|"
                    + "güncelle|更新|수정|edited|revised|last changed|stand:");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?iu)publi|posted|veröffentlicht|erschienen|erstellt|pubblicat|gepubliceerd|publicado|publié|"
                    + "opublikowan|публик|опубл|yayınlan|発行|发布|입력|등록|created|first");

    /** Ignore page areas that list other articles or the site's furniture. */
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "related|teaser|recommend|sidebar|footer|comment|popular|trending|most-read|mostread|"
                    + "more-stories|newsletter|cookie|promo|breadcrumb|nav|menu|share|social|copyright|weather");

    private Dates() {
    }



    record Result(String published, String modified) {
    }

    static Result extract(Document doc, MetaTags metas, List<Element> itemprops, JsonLd ld, JsonNode article,
                          Element headline, String url,
                          boolean monthFirst, LocalDate today) {
        LocalDate max = today.plusDays(1);
        // 1. Structured data.
        String ldPublished = first(max, monthFirst,
                ld.text(article, "datePublished"),
                ld.text(article, "dateCreated"),
                ld.text(article, "uploadDate"));
        String metaPublished = null;
        boolean weakMeta = false;
        for (String key : PUBLISHED_META) {
            String v = plausible(metas.get(key), max, monthFirst);
            if (v != null) {
                metaPublished = v;
                weakMeta = GENERIC_META.contains(key);
                break;
            }
        }
        // Microdata, read in one pass over the page.
        Element microP = null;
        Element microC = null;
        Element microM = null;
        Element pubdate = null;
        for (Element e : itemprops) {
            String ip = e.attr("itemprop");
            if (microP == null && ip.equalsIgnoreCase("datePublished")) {
                microP = e;
            } else if (microC == null && ip.equalsIgnoreCase("dateCreated")) {
                microC = e;
            } else if (microM == null && ip.equalsIgnoreCase("dateModified")) {
                microM = e;
            }
        }
        for (Element t : doc.getElementsByAttribute("pubdate")) {
            if (t.tagName().equals("time")) {
                pubdate = t;
                break;
            }
        }
        String microPublished = first(max, monthFirst,
                attr(microP, "content"),
                attr(microP, "datetime"),
                attr(pubdate, "datetime"),
                attr(microC, "content"),
                attr(microC, "datetime"),
                text(microP));
        String published = ldPublished != null ? ldPublished : metaPublished != null ? metaPublished : microPublished;
        // JSON-LD that disagrees with both the meta tags and the microdata of the page describes
        // something else (a related story, a live blog's first post): the page's own tags win.
        if (ldPublished != null && metaPublished != null && microPublished != null
                && !sameDay(ldPublished, metaPublished) && sameDay(metaPublished, microPublished)) {
            published = metaPublished;
        }
        if (ldPublished == null && weakMeta && headline != null) {
            // A generic "date" or "dc.date" tag is often the record's last change in the CMS; an
            // earlier day marked as the publication (microdata) or shown by the headline is the
            // article's. A later one shown is more often the site header's today.
            String marked = microPublished != null ? microPublished : shown(doc, headline, max, monthFirst, LOCAL_WINDOW).published;
            if (earlierDay(marked, metaPublished)) {
                published = marked;
            }
        }
        String modified = first(max, monthFirst, ld.text(article, "dateModified"));
        if (modified == null) {
            for (String key : MODIFIED_META) {
                modified = plausible(metas.get(key), max, monthFirst);
                if (modified != null) {
                    break;
                }
            }
        }
        if (modified == null) {
            modified = first(max, monthFirst, attr(microM, "content"), attr(microM, "datetime"));
        }
        if (published != null && isUtc(published) && headline != null && mayShiftDay(published)) {
            // A UTC timestamp says nothing of the local day, which differs for hours of every day
            // in the Americas and Asia; a date shown beside the headline tells it.
            published = localDay(published, shown(doc, headline, max, monthFirst, LOCAL_WINDOW).published);
        }

        // 2. No structured date: the URL's, checked against the dates shown near the headline.
        String urlDate = urlDate(url);
        if (published == null) {
            Shown shown = shown(doc, headline, max, monthFirst, WINDOW_AFTER);
            if (modified == null) {
                modified = shown.modified;
            }
            if (urlDate != null) {
                // A dated URL names the publication day; a date shown that agrees adds the time.
                published = shown.published != null && sameDay(shown.published, urlDate) ? shown.published
                        : shown.dateline != null && sameDay(shown.dateline, urlDate) ? shown.dateline : urlDate;
            } else if (shown.published != null) {
                published = shown.published;
            } else if (shown.dateline != null) {
                published = shown.dateline;
            }
        }
        if (published == null && modified != null) {
            // A page that only says when it changed was published on or before that day; the day
            // of the change is the closest estimate (htmldate's default of the latest date).
            published = modified;
        }
        if (published == null) {
            published = generated(doc, max);
        }
        return new Result(published, modified);
    }

    /** Elements after the headline searched for the local day of a UTC stamp: the dateline is close by. */
    private static final int LOCAL_WINDOW = 150;

    /** True when some offset of at most ten hours puts the UTC stamp on another day (see {@link #localDay}). */
    private static boolean mayShiftDay(String utc) {
        OffsetDateTime p = DateParser.toOffsetDateTime(utc);
        return p != null && (p.getHour() < 10 || p.getHour() >= 14);
    }

    private static boolean isUtc(String iso) {
        return iso.length() > 16 && (iso.endsWith("Z") || iso.endsWith("+00:00"));
    }

    /**
     * {@code utc} re-expressed in the page's local time when {@code shown}, a date the page shows,
     * falls on the day before or after: in the offset that the shown wall time implies when it has
     * one, else as that day alone. Unchanged otherwise.
     */
    static String localDay(String utc, String shown) {
        LocalDate sd = DateParser.day(shown);
        OffsetDateTime p = DateParser.toOffsetDateTime(utc);
        if (sd == null || p == null || sd.equals(p.toLocalDate()) || Math.abs(ChronoUnit.DAYS.between(p.toLocalDate(), sd)) != 1
                || shown.length() > 19) {
            // A shown value with its own offset is another instant (an update), not a local reading.
            return utc;
        }
        if (shown.length() >= 16) {
            // A wall time: the offset it implies must be a whole quarter hour within ±14 h.
            LocalDateTime wall = LocalDateTime.parse(shown.length() == 16 ? shown + ":00" : shown);
            long minutes = ChronoUnit.MINUTES.between(p.toLocalDateTime().withSecond(0), wall.withSecond(0));
            if (minutes % 15 == 0 && Math.abs(minutes) <= 14 * 60) {
                OffsetDateTime moved = p.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) minutes * 60));
                return DateParser.format(moved.toLocalDateTime(), moved.getOffset());
            }
            return utc;
        }
        // A day alone: only when an offset of at most ten hours can move the instant onto it.
        int hour = p.getHour();
        boolean previous = sd.isBefore(p.toLocalDate());
        return previous && hour < 10 || !previous && hour >= 14 ? sd.toString() : utc;
    }

    private static boolean earlierDay(String a, String b) {
        LocalDate da = DateParser.day(a);
        LocalDate db = DateParser.day(b);
        return da != null && db != null && da.isBefore(db);
    }

    private static boolean sameDay(String a, String b) {
        return a != null && b != null && a.length() >= 10 && b.length() >= 10 && a.substring(0, 10).equals(b.substring(0, 10));
    }

    private static OffsetDateTime instant(String iso) {
        return iso != null && iso.length() > 16 ? DateParser.toOffsetDateTime(iso) : null;
    }

    private static String first(LocalDate max, boolean monthFirst, String... values) {
        for (String v : values) {
            String d = plausible(v, max, monthFirst);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The parsed date when it is one and not after {@code max}; null otherwise. */
    static String plausible(String value, LocalDate max, boolean monthFirst) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String d = DateParser.parse(value, monthFirst);
        LocalDate day = DateParser.day(d);
        if (day == null || day.isAfter(max)) {
            return null;
        }
        return d;
    }

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern URL_DATE_SLASHED = Pattern.compile(
            "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$)");

    /** A full date in the URL's path ("/2016/03/17/", "-20160317", "/2016-03-17/"); null when none. */
    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        int q = path.indexOf('?');
        String p = q >= 0 ? path.substring(0, q) : path;
        Matcher m = URL_DATE_SLASHED.matcher(p);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DATE.matcher(p);
        while (m.find()) {
            // Ids of eight digits are common; only a date bounded by punctuation counts.
            int s = m.start();
            int e = m.end();
            boolean bounded = (s == 0 || !Character.isLetterOrDigit(p.charAt(s - 1)))
                    && (e == p.length() || !Character.isLetterOrDigit(p.charAt(e)));
            if (bounded) {
                String d = day(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String day(String y, String m, String d) {
        int yy = Integer.parseInt(y);
        int mm = Integer.parseInt(m);
        int dd = Integer.parseInt(d);
        return DateParser.validDay(yy, mm, dd) ? LocalDate.of(yy, mm, dd).toString() : null;
    }

    /** What the page shows: dates in marked elements and {@code <time>}, and the first dateline of its text. */
    private static final class Shown {
        String published;
        String modified;
        String dateline;
    }

    /** Bound on the elements examined: dates sit near the top of an article. */
    private static final int MAX_ELEMENTS = 20_000;
    /** A line this short that holds a date is a dateline ("Published 17 March 2016, 20:47"). */
    private static final int DATELINE_CHARS = 90;

    private record Candidate(int index, String iso) {
    }

    /** Elements examined before and after the headline. */
    private static final int WINDOW_BEFORE = 400;
    private static final int WINDOW_AFTER = 1500;

    /** True when the element's own text nodes hold at least four digits (a year, or a day and month). */
    private static boolean hasDigits(Element e) {
        int digits = 0;
        for (TextNode t : e.textNodes()) {
            String w = t.getWholeText();
            for (int i = 0; i < w.length() && digits < 4; i++) {
                if (Character.isDigit(w.charAt(i))) {
                    digits++;
                }
            }
        }
        if (digits >= 4) {
            return true;
        }
        // Inline children carry the date in "<p><span>17</span>.<span>03</span>.<span>2016</span></p>".
        for (Element c : e.children()) {
            if (!c.isBlock()) {
                for (TextNode t : c.textNodes()) {
                    String w = t.getWholeText();
                    for (int i = 0; i < w.length() && digits < 4; i++) {
                        if (Character.isDigit(w.charAt(i))) {
                            digits++;
                        }
                    }
                }
            }
        }
        return digits >= 4;
    }

    /** Elements from the headline within which a date's box needs no further check. */
    private static final int NEAR = 40;
    private static final Set<String> INLINE_DATE_TAGS = Set.of("span", "small", "b", "strong", "em", "i", "font", "abbr");

    /**
     * Dates shown on the page. Candidates come from {@code <time>} elements and elements whose class,
     * id or itemprop says they hold a date; the one nearest the headline wins (after it counts
     * nearer than before it: a site header showing today's date sits far above the headline).
     */
    private static Shown shown(Document doc, Element headline, LocalDate max, boolean monthFirst, int after) {
        Shown v = new Shown();
        Element body = doc.body() == null ? doc : doc.body();
        List<Candidate> published = new ArrayList<>();
        List<Candidate> datelines = new ArrayList<>();
        int headlineIndex = -1;
        int index = 0;
        Set<Element> wrappers = wrappers(headline != null ? headline : doc.selectFirst("article, [itemprop=articleBody], main"));
        String firstModified = null;
        List<Element> all = body.getAllElements();
        Map<String, Boolean> markedByName = new HashMap<>();
        int headlineAt = -1;
        for (int i = 0; headline != null && i < all.size(); i++) {
            if (all.get(i) == headline) {
                headlineAt = i;
                break;
            }
        }
        // Dates sit near the headline: look a few hundred elements around it (all of a page without one).
        int from = headlineAt < 0 ? 0 : Math.max(0, headlineAt - WINDOW_BEFORE);
        int to = Math.min(all.size(), headlineAt < 0 ? MAX_ELEMENTS : headlineAt + after);
        for (int i = from; i < to; i++) {
            Element e = all.get(i);
            index = i + 1;
            if (e == headline) {
                headlineIndex = index;
            }
            String tag = e.tagName();
            boolean isTime = tag.equals("time");
            String rawMarker = rawMarker(e);
            // pages repeat a few class names on many elements: each distinct one is lower-cased and
            // matched once
            boolean marked = !rawMarker.isEmpty()
                    && markedByName.computeIfAbsent(rawMarker, m -> DATE_CLASS.matcher(m.toLowerCase(Locale.ROOT)).find());
            boolean inline = !e.isBlock() && INLINE_DATE_TAGS.contains(tag);
            if (!isTime && !marked && !e.isBlock() && !inline) {
                continue;
            }
            if (marked && !isTime && e.childrenSize() > 12) {
                // A box this big ("article-meta" around the whole header) is not a date.
                continue;
            }
            if (marked && !isTime && e.selectFirst(TIME_WITH_DATETIME) != null) {
                // The <time> inside says it in machine form (with the time of day): let it speak.
                continue;
            }
            if (!isTime && !marked && !hasDigits(e)) {
                // No digit in the element's own text: no date to find (most blocks of a page).
                continue;
            }
            String own = isTime || marked ? e.text() : ownLine(e);
            if (marked && own.isBlank() && e.parent() != null) {
                // A calendar icon ("<i class="fa-calendar"></i> 02.02.2022"): the date is beside it.
                own = ownLine(e.parent());
            }
            if (own.length() > DATELINE_CHARS && !isTime && !marked && e.closest(QUOTED) == null) {
                // A paragraph that opens with its dateline: read its first words only.
                boolean near = headlineAt >= 0 && index > headlineAt && index - headlineAt - 1 <= NEAR;
                String head = own.length() > 160 ? own.substring(0, 160) : own;
                // Further away only a publication cue counts: most paragraphs leave on this test.
                String d = near || CUE.matcher(head).find() ? leadingDateline(head, near, max, monthFirst) : null;
                if (d != null) {
                    datelines.add(new Candidate(index, d));
                }
                continue;
            }
            if (own.length() < 6 || own.length() > 250) {
                if (!isTime || !e.hasAttr("datetime")) {
                    continue;
                }
            }
            // Boxes of other stories and comments are passed over, except right by the headline,
            // where the article's own date sits whatever its box is called ("teaser-meta").
            // (Before the headline, distance counts double, as in nearest().)
            boolean near = headlineAt >= 0 && (index > headlineAt ? index - headlineAt - 1 <= NEAR : 2 * (headlineAt + 1 - index) <= NEAR);
            if (!near && inNoise(e, wrappers)) {
                continue;
            }
            if (isTime || marked) {
                String d = isTime ? plausible(e.attr("datetime"), max, monthFirst) : null;
                String before = "";
                if (d == null) {
                    List<DateParser.Found> found = DateParser.findAll(own, monthFirst, 3);
                    for (DateParser.Found f : found) {
                        LocalDate day = DateParser.day(f.iso());
                        if (day != null && !day.isAfter(max)) {
                            d = f.iso();
                            before = own.substring(Math.max(0, f.start() - 30), f.start());
                            if (!UPDATED.matcher(before).find()) {
                                break;
                            }
                        }
                    }
                }
                if (d == null) {
                    continue;
                }
                boolean updated = UPDATED.matcher(before).find()
                        || isTime && isUpdated(e)
                        || !isTime && UPDATED.matcher(rawMarker.toLowerCase(Locale.ROOT)).find() && !PUBLISHED_LABEL.matcher(before).find();
                if (updated) {
                    if (firstModified == null) {
                        firstModified = d;
                    }
                } else {
                    published.add(new Candidate(index, d));
                }
            } else if (own.length() <= DATELINE_CHARS && e.closest(QUOTED) == null) {
                // A short line of plain text that is mostly a date: a dateline; an inline element
                // that holds a date and little else ("<span class="blue">01.02.2022</span>").
                List<DateParser.Found> found = DateParser.findAll(own, monthFirst, 2);
                if (!found.isEmpty()) {
                    DateParser.Found f = found.get(0);
                    LocalDate day = DateParser.day(f.iso());
                    int rest = own.length() - (f.end() - f.start());
                    if (day != null && !day.isAfter(max) && rest <= (inline ? 15 : 45)
                            && !UPDATED.matcher(own.substring(0, f.start())).find()) {
                        datelines.add(new Candidate(index, f.iso()));
                    }
                }
            }
        }
        v.modified = firstModified;
        v.published = nearest(published, headlineIndex);
        v.dateline = nearest(datelines, headlineIndex);
        return v;
    }

    /** A separator after a dateline's date: a dash, a pipe, a colon ("29.11.2022 – Mehrfach hatte …"). */
    private static final Pattern AFTER_DATELINE = Pattern.compile("^(?:\\s*,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|am|pm))?)?\\s*[–—|-]\\s",
            Pattern.CASE_INSENSITIVE);
    /** Words that announce a publication date. */
    private static final String CUE_WORDS = "veröffentlicht|erschienen|publiziert|published|posted|publié|publicado|"
            + "pubblicato|gepubliceerd|opublikowano|pressemitteilung|press release|communiqué";
    private static final Pattern CUE = Pattern.compile("(?iu)" + CUE_WORDS);
    /** A publication cue right before a date ("Veröffentlicht am", "Erschienen am:", "Published on"). */
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?iu)(?:^|[\\s:|•·])(?:" + CUE_WORDS + ")(?:\\s+(?:am|vom|on|le|el|il|op|dnia|den))?\\s*:?\\s*$");

    /**
     * The date of a dateline that opens a long block: a date within its first words followed by a
     * dash or a pipe ("29.11.2022 – Mehrfach …", "Pressemitteilung vom 25. Januar 2022 | Berlin –"),
     * or a date right after a publication cue ("Veröffentlicht am 16.08.2019 Dauer: …"). The first
     * kind only {@code near} the headline (below it), where the article's text begins. Null if none.
     */
    static String leadingDateline(String own, boolean near, LocalDate max, boolean monthFirst) {
        List<DateParser.Found> found = DateParser.findAll(own, monthFirst, 3);
        for (int k = 0; k < found.size(); k++) {
            DateParser.Found f = found.get(k);
            LocalDate day = DateParser.day(f.iso());
            if (day == null || day.isAfter(max)) {
                continue;
            }
            String before = own.substring(Math.max(0, f.start() - 40), f.start());
            if (CUE_BEFORE.matcher(before).find()) {
                return f.iso();
            }
            if (near && k == 0 && f.start() <= 40 && !UPDATED.matcher(own.substring(0, f.start())).find()
                    && AFTER_DATELINE.matcher(own.substring(f.end())).find()) {
                return f.iso();
            }
        }
        return null;
    }

    /** The candidate nearest the headline, counting distance before it double; the first when there is no headline. */
    private static String nearest(List<Candidate> cs, int headlineIndex) {
        Candidate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Candidate c : cs) {
            long d = headlineIndex < 0 ? c.index() : c.index() >= headlineIndex ? c.index() - headlineIndex : 2L * (headlineIndex - c.index());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best == null ? null : best.iso();
    }

    /** The text directly inside an element (its own text nodes and inline children), bounded. */
    private static String ownLine(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !c.isBlock()) {
                sb.append(c.text());
            }
            sb.append(' ');
            if (sb.length() > 300) {
                break;
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** The headline's ancestors: page wrappers, whatever their class says ("menu-panel", "widget"). */
    static Set<Element> wrappers(Element headline) {
        Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p = headline; p != null; p = p.parent()) {
            out.add(p);
        }
        return out;
    }

    /** In navigation, a footer, an aside, or a box of other stories or comments (below the page wrappers). */
    static boolean inNoise(Element e, Set<Element> wrappers) {
        int depth = 0;
        for (Element p = e; p != null && depth < 30 && !wrappers.contains(p); p = p.parent(), depth++) {
            String tag = p.tagName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || tag.equals("script")
                    || tag.equals("noscript") || tag.equals("template")) {
                return true;
            }
            String marker = marker(p);
            if (!marker.isEmpty() && NOISE_CLASS.matcher(marker).find()) {
                return true;
            }
        }
        return false;
    }

    /** An element's class, id and itemprop in lower case ("" when it has none): what its box is called. */
    static String marker(Element e) {
        return rawMarker(e).toLowerCase(Locale.ROOT);
    }

    /** {@link #marker} before lower-casing. */
    private static String rawMarker(Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        String m = e.className() + " " + e.id() + " " + e.attr("itemprop");
        return m.length() <= 2 ? "" : m;
    }

    private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator QUOTED = QueryParser.parse("figcaption, figure, blockquote, table");

    private static boolean isUpdated(Element t) {
        Element p = t;
        for (int i = 0; i < 3 && p != null; i++, p = p.parent()) {
            String marker = marker(p);
            if (UPDATED.matcher(marker).find()) {
                return true;
            }
            if (PUBLISHED_LABEL.matcher(marker).find()) {
                return false;
            }
        }
        Node prev = t.previousSibling();
        String before = prev instanceof TextNode tn ? tn.text() : prev instanceof Element pe ? pe.text() : "";
        return UPDATED.matcher(before.length() > 40 ? before.substring(before.length() - 40) : before).find();
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<![\\d])(?:(\\d{4})[-/](\\d{2})[-/](\\d{2})|(\\d{2})-(\\d{2})-(\\d{4}))[ T](\\d{2}):(\\d{2})");

    /**
     * Last resort for pages that show no date: the latest timestamp their scripts or comments carry
     * (a template's generation time, a "showDate(…)" call), which for news is the day of publication.
     */
    private static String generated(Document doc, LocalDate max) {
        LocalDate best = null;
        int seen = 0;
        long budget = 2_000_000;
        for (Node n : allScriptsAndComments(doc)) {
            String data = n instanceof org.jsoup.nodes.DataNode dn ? dn.getWholeData()
                    : n instanceof org.jsoup.nodes.Comment c ? c.getData() : "";
            if (data.length() > budget) {
                data = data.substring(0, (int) budget);
            }
            budget -= data.length();
            if (budget <= 0 && data.isEmpty()) {
                break;
            }
            Matcher m = TIMESTAMP.matcher(data);
            while (m.find() && ++seen < 500) {
                int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(6));
                int mo = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(5));
                int d = Integer.parseInt(m.group(1) != null ? m.group(3) : m.group(4));
                if (DateParser.validDay(y, mo, d)) {
                    LocalDate day = LocalDate.of(y, mo, d);
                    if (!day.isAfter(max) && (best == null || day.isAfter(best))) {
                        best = day;
                    }
                }
            }
        }
        return best == null ? null : best.toString();
    }

    private static List<Node> allScriptsAndComments(Document doc) {
        List<Node> out = new ArrayList<>();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (out.size() < 2_000 && (node instanceof org.jsoup.nodes.DataNode || node instanceof org.jsoup.nodes.Comment)) {
                    out.add(node);
                }
            }
        }, doc);
        return out;
    }

    private static String attr(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.text().strip();
        return v.isEmpty() || v.length() > 200 ? null : v;
    }
}
