package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    /** Meta names and properties that carry the modification date. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "modified_time", "lastmod",
            "last-modified", "article.updated", "parsely-updated", "updated_time", "lastmodified",
            "revised", "dc.modified", "date_modified", "update-date");

    /** Class or id of an element that shows a date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publi|posted|dateline|datum|fecha|data|stand|zeit|meta|byline|info|stamp|calendar|"
                    + "created|uhrzeit|fech|dátum|datum|tarih|tanggal|ngay|日期|article-header|entry-header|post-header|"
                    + "detail|author|source|subline|credits");
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
            "(?i)related|teaser|recommend|sidebar|widget|footer|comment|popular|trending|most-read|mostread|"
                    + "more-stories|newsletter|cookie|promo|breadcrumb|nav|menu|share|social|copyright|weather");

    /** A date this long before another is an old date mentioned, not the page's own (htmldate uses the same idea). */
    private static final long MAX_TEXT_CHARS = 30_000;

    private Dates() {
    }

    record Result(String published, String modified) {
    }

    static Result extract(Document doc, JsonLd ld, JsonNode article, String url, boolean monthFirst, LocalDate today) {
        LocalDate max = today.plusDays(1);
        // 1. Structured data.
        String published = first(max, monthFirst,
                ld.text(article, "datePublished"),
                ld.text(article, "dateCreated"),
                ld.text(article, "uploadDate"));
        String metaPublished = null;
        for (String key : PUBLISHED_META) {
            String v = plausible(MetadataExtractor.meta(doc, key), max, monthFirst);
            if (v != null) {
                metaPublished = v;
                break;
            }
        }
        String microPublished = first(max, monthFirst,
                attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"),
                attr(doc, "time[pubdate]", "datetime"),
                attr(doc, "[itemprop=dateCreated]", "content"),
                attr(doc, "[itemprop=dateCreated]", "datetime"),
                text(doc, "[itemprop=datePublished]"));
        if (published == null) {
            published = metaPublished;
        }
        if (published == null) {
            published = microPublished;
        }
        // A JSON-LD block of another article (a related story, a live blog's first post) is caught
        // by the meta tag of the page itself agreeing to the day with neither: prefer the meta tag.
        if (published != null && metaPublished != null && microPublished != null
                && !sameDay(published, metaPublished) && sameDay(metaPublished, microPublished)) {
            published = metaPublished;
        }

        String modified = first(max, monthFirst, ld.text(article, "dateModified"));
        if (modified == null) {
            for (String key : MODIFIED_META) {
                modified = plausible(MetadataExtractor.meta(doc, key), max, monthFirst);
                if (modified != null) {
                    break;
                }
            }
        }
        if (modified == null) {
            modified = first(max, monthFirst,
                    attr(doc, "[itemprop=dateModified]", "content"),
                    attr(doc, "[itemprop=dateModified]", "datetime"));
        }

        // 2. Shown on the page: <time> and date elements near the headline, the URL, the text.
        Visible visible = null;
        if (published == null) {
            visible = visible(doc, max, monthFirst);
            if (visible.published != null) {
                published = visible.published;
            }
            if (modified == null && visible.modified != null) {
                modified = visible.modified;
            }
        }
        String urlDate = urlDate(url);
        if (published == null && urlDate != null) {
            published = urlDate;
        }
        if (published == null && visible != null && visible.textDate != null) {
            published = visible.textDate;
        }
        if (published == null && modified != null) {
            // A page that only says when it changed was published on or before that day; the
            // day of the change is the closest estimate (htmldate's "latest date" default).
            published = modified;
        }

        // 3. Sanity: a page is not modified before it was published.
        if (published != null && modified != null) {
            OffsetDateTime p = instant(published);
            OffsetDateTime m = instant(modified);
            LocalDate pd = DateParser.day(published);
            LocalDate md = DateParser.day(modified);
            if (p != null && m != null ? m.isBefore(p.minusMinutes(1)) : pd != null && md != null && md.isBefore(pd)) {
                String t = published;
                published = modified;
                modified = t;
            }
        }
        // 4. The URL of a dated path names the local day; a UTC timestamp may fall on the next or
        // previous one. Re-express the instant in the offset that gives the URL's day when the page
        // states one elsewhere, else keep the URL's day.
        if (published != null && urlDate != null) {
            published = localise(published, urlDate, modified);
        }
        return new Result(published, modified);
    }

    /** {@code published} moved to the local day named by {@code localDay} when it is a UTC time a day off. */
    static String localise(String published, String localDay, String other) {
        LocalDate pd = DateParser.day(published);
        LocalDate ld = DateParser.day(localDay);
        if (pd == null || ld == null || pd.equals(ld) || Math.abs(ChronoUnit.DAYS.between(ld, pd)) != 1) {
            return published;
        }
        OffsetDateTime p = DateParser.toOffsetDateTime(published);
        if (p == null || p.getOffset().getTotalSeconds() != 0) {
            return published;
        }
        OffsetDateTime o = other == null ? null : DateParser.toOffsetDateTime(other);
        if (o != null && o.getOffset().getTotalSeconds() != 0) {
            OffsetDateTime moved = p.withOffsetSameInstant(o.getOffset());
            if (moved.toLocalDate().equals(ld)) {
                return DateParser.format(moved.toLocalDateTime(), moved.getOffset());
            }
        }
        return ld.toString();
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

    /** What the page shows: a published and a modified date from marked elements, and the first date in its text. */
    private static final class Visible {
        String published;
        String modified;
        String textDate;
    }

    private static Visible visible(Document doc, LocalDate max, boolean monthFirst) {
        Visible v = new Visible();
        Element scope = scope(doc);
        // <time> elements first: their datetime attribute is machine-readable.
        for (Element t : scope.getElementsByTag("time")) {
            if (inNoise(t, scope)) {
                continue;
            }
            String d = plausible(t.attr("datetime"), max, monthFirst);
            if (d == null) {
                d = plausible(t.text(), max, monthFirst);
            }
            if (d == null) {
                continue;
            }
            if (isUpdated(t)) {
                if (v.modified == null) {
                    v.modified = d;
                }
                continue;
            }
            v.published = d;
            break;
        }
        if (v.published != null) {
            return v;
        }
        // Elements whose class or id says "date", in document order, with a short text.
        int seen = 0;
        for (Element e : scope.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            String marker = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (marker.isBlank() || !DATE_CLASS.matcher(marker).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() < 6 || text.length() > 250 || inNoise(e, scope)) {
                continue;
            }
            List<DateParser.Found> found = DateParser.findAll(text, monthFirst, 4);
            if (found.isEmpty()) {
                continue;
            }
            for (DateParser.Found f : found) {
                LocalDate day = DateParser.day(f.iso());
                if (day == null || day.isAfter(max)) {
                    continue;
                }
                String before = text.substring(Math.max(0, f.start() - 30), f.start());
                boolean updated = UPDATED.matcher(before).find() || UPDATED.matcher(marker).find() && !PUBLISHED_LABEL.matcher(before).find();
                if (updated) {
                    if (v.modified == null) {
                        v.modified = f.iso();
                    }
                } else {
                    v.published = f.iso();
                    return v;
                }
            }
        }
        if (v.published == null && v.modified != null) {
            return v;
        }
        // The first date in the text after the headline (a dateline, "Posted on ..."), else anywhere.
        v.textDate = textDate(doc, scope, max, monthFirst);
        return v;
    }

    /** The article element when the page marks one, else the body: dates in it are the article's. */
    private static Element scope(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null) {
            // Start from the headline's enclosing section: dates sit just above or below it.
            Element p = h1;
            for (int i = 0; i < 4 && p.parent() != null && !p.parent().tagName().equals("body"); i++) {
                p = p.parent();
                if (p.text().length() > 400) {
                    break;
                }
            }
            Element a = h1.closest("article");
            if (a != null) {
                return a;
            }
        }
        Element a = doc.selectFirst("article");
        if (a != null) {
            return a;
        }
        return doc.body() == null ? doc : doc.body();
    }

    private static boolean inNoise(Element e, Element scope) {
        int depth = 0;
        for (Element p = e; p != null && p != scope && depth < 30; p = p.parent(), depth++) {
            String tag = p.tagName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || tag.equals("li") && depth > 0 && p.select("a").size() > 0 && e.closest("article") == null) {
                return true;
            }
            String marker = p.className() + " " + p.id();
            if (!marker.isBlank() && NOISE_CLASS.matcher(marker).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpdated(Element t) {
        Element p = t;
        for (int i = 0; i < 3 && p != null; i++, p = p.parent()) {
            String marker = p.className() + " " + p.id() + " " + p.attr("itemprop");
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

    /** The first plausible date in the page's visible text, starting at the headline when there is one. */
    private static String textDate(Document doc, Element scope, LocalDate max, boolean monthFirst) {
        StringBuilder sb = new StringBuilder();
        Element h1 = scope.selectFirst("h1");
        Element start = h1 != null ? h1 : scope;
        // Text from the headline on: the dateline, the byline, the body.
        collectText(start == scope ? scope : start.parent() != null ? start.parent() : start, sb);
        String found = firstIn(sb.toString(), max, monthFirst);
        if (found == null && scope != doc.body() && doc.body() != null) {
            sb.setLength(0);
            collectText(doc.body(), sb);
            found = firstIn(sb.toString(), max, monthFirst);
        }
        return found;
    }

    private static String firstIn(String text, LocalDate max, boolean monthFirst) {
        for (DateParser.Found f : DateParser.findAll(text, monthFirst, 20)) {
            LocalDate day = DateParser.day(f.iso());
            if (day != null && !day.isAfter(max)) {
                return f.iso();
            }
        }
        return null;
    }

    private static void collectText(Element root, StringBuilder sb) {
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sb.length() >= MAX_TEXT_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element el) {
                    String tag = el.tagName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("nav") || tag.equals("footer")
                            || tag.equals("aside") || tag.equals("noscript") || tag.equals("select")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String marker = el.className() + " " + el.id();
                    if (!marker.isBlank() && NOISE_CLASS.matcher(marker).find()) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock()) {
                        sb.append('\n');
                    }
                } else if (node instanceof TextNode t) {
                    sb.append(t.text()).append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.text().strip();
        return v.isEmpty() || v.length() > 200 ? null : v;
    }

    static final Set<String> UNUSED = Set.of();
}
