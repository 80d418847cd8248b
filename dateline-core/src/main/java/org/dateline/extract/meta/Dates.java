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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication and modification dates, decided on pooled evidence: every date the page offers
 * (JSON-LD, meta tags, microdata, {@code <time>} and date-marked elements, datelines and sentences
 * with a publication cue, the URL path, attributes, the image path, script timestamps) becomes a
 * {@link DateEvidence.Candidate} weighed by its source and its place (distance from the headline,
 * a noise box, a list of other stories), candidates of one day support each other, a UTC stamp
 * counts for the local day another candidate writes for the same instant, and the best day wins
 * (see docs/decisions.md, "Dates: candidates with provenance"). Every candidate passes a sanity
 * check (a plausible year, not after tomorrow); published and modified are kept apart. Stateless
 * and thread-safe.
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



    record Result(String published, String modified, DateEvidence evidence) {
    }

    // Weights of the evidence (see docs/decisions.md, "Dates: candidates with provenance").
    /** JSON-LD datePublished; dateCreated and uploadDate a little less. */
    private static final double W_LD = 10;
    private static final double W_LD_CREATED = 8.5;
    /** A meta tag that names the publication; one of no precise meaning ("date", "dc.date"). */
    private static final double W_META = 9;
    private static final double W_META_GENERIC = 5;
    /** itemprop=datePublished in a machine form; dateCreated; the visible text of datePublished. */
    private static final double W_MICRO = 8;
    private static final double W_MICRO_CREATED = 6.5;
    private static final double W_MICRO_TEXT = 6;
    /** A date in the URL's path: the newsroom's own record of the day. */
    private static final double W_URL = 6;
    /** A date in the path of the page's image (og:image): the day it was uploaded. */
    private static final double W_IMAGE = 1.8;
    /** A {@code <time>} or an element whose class says it holds a date; a dateline in the text. */
    private static final double W_TIME = 5;
    private static final double W_TEXT = 3.5;
    /** A date only in an attribute ({@code title=}, {@code data-timestamp=}, an epoch). */
    private static final double W_ATTRIBUTE = 2.5;
    /** The page's modification date, as the latest bound of its publication. */
    private static final double W_MODIFIED_BOUND = 1.5;
    /** A timestamp in a script or a comment. */
    private static final double W_SCRIPT = 0.5;
    /** Greatest bonus for a date right by the headline; it halves {@link #NEAR} elements away. */
    private static final double W_PROXIMITY = 2.5;
    /** A date in a box of other stories or of the site's furniture, away from the headline. */
    private static final double W_NOISE = -3;
    /** The same within {@link #NEAR} elements of the headline: none (measured, see docs/decisions.md). */
    private static final double W_NOISE_NEAR = 0;
    /** A publication cue beside the date ("Published on", "veröffentlicht"); {@code <time pubdate>}. */
    private static final double W_CUE = 1.5;
    /** A datetime attribute that its own element's text contradicts. */
    private static final double W_CONTRADICTED = -1.5;
    /** A date above the headline later than the structured one: the site header's today. */
    private static final double W_HEADER_TODAY = -2.5;
    /** A date in one of several boxes of one class that show different days (a list of stories). */
    private static final double W_LIST = -2;
    /** Weight below the strongest candidate of a day within which a more precise statement of it writes the day. */
    private static final double RENDERING_MARGIN = 2;
    /** Share of an agreeing source's weight added to a day's score. */
    private static final double SUPPORT = 0.5;
    /** Least weight of a candidate whose local day a UTC stamp of the same instant takes. */
    private static final double W_PARTNER = 6;
    private static final double W_MIN = 0.2;

    static Result extract(Document doc, MetaTags metas, PageElements elements, JsonLd ld, JsonNode article,
                          Element headline, String url,
                          boolean monthFirst, LocalDate today) {
        LocalDate max = today.plusDays(1);
        List<DateEvidence.Candidate> pool = new ArrayList<>();
        // 1. Structured data: the first plausible value of each layer.
        addFirst(pool, DateEvidence.Source.JSON_LD, max, monthFirst,
                ld.text(article, "datePublished"), W_LD, "datePublished",
                ld.text(article, "dateCreated"), W_LD_CREATED, "dateCreated",
                ld.text(article, "uploadDate"), W_LD_CREATED, "uploadDate");
        boolean specific = false;
        boolean generic = false;
        for (String key : PUBLISHED_META) {
            boolean isGeneric = GENERIC_META.contains(key);
            if (isGeneric ? generic : specific) {
                continue;
            }
            String v = plausible(metas.get(key), max, monthFirst);
            if (v != null) {
                pool.add(new DateEvidence.Candidate(DateEvidence.Source.META, false, v,
                        isGeneric ? W_META_GENERIC : W_META, "<meta " + key + ">" + (isGeneric ? " (a generic key)" : "")));
                if (isGeneric) {
                    generic = true;
                } else {
                    specific = true;
                }
            }
        }
        Element microP = null;
        Element microC = null;
        Element microM = null;
        for (Element e : elements.itemprops) {
            String ip = e.attr("itemprop");
            if (microP == null && ip.equalsIgnoreCase("datePublished")) {
                microP = e;
            } else if (microC == null && ip.equalsIgnoreCase("dateCreated")) {
                microC = e;
            } else if (microM == null && ip.equalsIgnoreCase("dateModified")) {
                microM = e;
            }
        }
        addFirst(pool, DateEvidence.Source.MICRODATA, max, monthFirst,
                attr(microP, "content"), W_MICRO, "itemprop=datePublished content",
                attr(microP, "datetime"), W_MICRO, "itemprop=datePublished datetime",
                attr(microC, "content"), W_MICRO_CREATED, "itemprop=dateCreated content",
                attr(microC, "datetime"), W_MICRO_CREATED, "itemprop=dateCreated datetime",
                text(microP), W_MICRO_TEXT, "itemprop=datePublished text");
        String urlDate = urlDate(url);
        if (urlDate != null) {
            pool.add(new DateEvidence.Candidate(DateEvidence.Source.URL, false, urlDate, W_URL, "the page's URL path"));
        }
        for (String key : List.of("og:image", "twitter:image")) {
            String image = urlDate(metas.get(key));
            if (image != null && plausible(image, max, false) != null) {
                pool.add(new DateEvidence.Candidate(DateEvidence.Source.IMAGE, false, image, W_IMAGE, "<meta " + key + "> path"));
                break;
            }
        }
        String modified = first(max, monthFirst, ld.text(article, "dateModified"));
        String modifiedFrom = "JSON-LD dateModified";
        if (modified == null) {
            for (String key : MODIFIED_META) {
                modified = plausible(metas.get(key), max, monthFirst);
                if (modified != null) {
                    modifiedFrom = "<meta " + key + ">";
                    break;
                }
            }
        }
        if (modified == null) {
            modified = first(max, monthFirst, attr(microM, "content"), attr(microM, "datetime"));
            modifiedFrom = "itemprop=dateModified";
        }

        // 2. What the page shows, unless the structured layers already agree beyond doubt.
        Decision structured = decide(pool);
        boolean hasStructured = structured.best != null && isStructured(structured.best);
        boolean settled = hasStructured && structured.sources >= 2 && structured.rivals == 0
                && !(isUtc(structured.best.iso()) && mayShiftDay(structured.best.iso()));
        Walk walk = null;
        if (!settled) {
            // Beside a structured date of full weight only the dates by the headline count (they give
            // its local day or contradict it); farther ones weigh too little to change the decision.
            boolean strong = hasStructured && structured.best.weight() >= W_META;
            walk = walk(doc, elements, headline, max, monthFirst, strong ? STRONG_WINDOW_BEFORE : WINDOW_BEFORE,
                    strong ? STRONG_WINDOW_AFTER : hasStructured ? LOCAL_WINDOW : WINDOW_AFTER,
                    hasStructured ? DateParser.day(structured.value) : null, pool);
            if (modified == null && !hasStructured) {
                modified = walk.modified;
                modifiedFrom = "a date marked as a change on the page";
            }
        }
        if (modified != null) {
            pool.add(new DateEvidence.Candidate(DateEvidence.Source.META, true, modified, 0, modifiedFrom));
        }
        // 3. Last resorts, when nothing on the page names the publication: the modification day
        // (published on or before it), else the scripts' timestamps.
        boolean anyPublished = false;
        for (DateEvidence.Candidate c : pool) {
            anyPublished |= !c.modified() && c.weight() > W_MODIFIED_BOUND;
        }
        if (!anyPublished && modified != null) {
            pool.add(new DateEvidence.Candidate(DateEvidence.Source.META, false, modified, W_MODIFIED_BOUND,
                    modifiedFrom + ", the latest the publication can be"));
        } else if (!anyPublished) {
            scripts(doc, max, pool);
        }
        Decision d = decide(pool);
        String anchor = walk == null ? "none: the structured dates agree, the page was not walked" : walk.anchor;
        return new Result(d.value, modified, new DateEvidence(List.copyOf(pool), d.days, d.value, modified, d.reason, anchor));
    }

    /** Adds the first plausible of {@code (value, weight, label)} triples as a candidate of {@code source}. */
    private static void addFirst(List<DateEvidence.Candidate> pool, DateEvidence.Source source, LocalDate max,
                                 boolean monthFirst, Object... triples) {
        for (int i = 0; i < triples.length; i += 3) {
            String v = plausible((String) triples[i], max, monthFirst);
            if (v != null) {
                pool.add(new DateEvidence.Candidate(source, false, v, (Double) triples[i + 1], (String) triples[i + 2]));
                return;
            }
        }
    }

    /** The outcome of weighing a pool: the value chosen, the best candidate for it, the days. */
    private static final class Decision {
        String value;
        DateEvidence.Candidate best;
        /** Sources agreeing on the winning day; other days with any support. */
        int sources;
        int rivals;
        List<DateEvidence.Day> days = List.of();
        String reason = "the page states no publication date";
    }

    /** A candidate as counted for a day: a UTC stamp can count for the local day of the same instant. */
    private record Counted(DateEvidence.Candidate c, String day, String value, String note) {
    }

    /**
     * Weighs the publication candidates: each counts for its day, except a UTC stamp whose instant
     * another candidate writes as a local time (or day) one day off, which counts for that local
     * day; a day scores its best candidate's weight plus {@link #SUPPORT} of the best weight of each
     * other source that agrees. The best day wins (ties: the stronger single candidate, then the
     * first found), written as its strongest candidate states it.
     */
    private static Decision decide(List<DateEvidence.Candidate> pool) {
        Decision out = new Decision();
        List<Counted> counted = new ArrayList<>();
        for (DateEvidence.Candidate c : pool) {
            if (c.modified()) {
                continue;
            }
            String day = c.day();
            String value = c.iso();
            String note = null;
            if (isUtc(c.iso()) && mayShiftDay(c.iso())) {
                DateEvidence.Candidate partner = null;
                String moved = null;
                for (DateEvidence.Candidate p : pool) {
                    if (p == c || p.modified() || p.weight() < W_PARTNER || isUtc(p.iso()) || p.day().equals(day)
                            || partner != null && !better(p, partner)) {
                        continue;
                    }
                    String local = localRendering(c.iso(), p.iso());
                    if (local != null) {
                        partner = p;
                        moved = local;
                    }
                }
                if (partner != null && moved.length() == 10) {
                    // a day alone places the instant; a wall time the page shows on that day gives its offset
                    for (DateEvidence.Candidate p : pool) {
                        if (!p.modified() && p.day().equals(partner.day()) && p.iso().length() > 10 && p.iso().length() <= 19) {
                            String local = localRendering(c.iso(), p.iso());
                            if (local != null && local.length() > 10) {
                                moved = local;
                                break;
                            }
                        }
                    }
                }
                if (partner != null) {
                    day = partner.day();
                    value = moved;
                    note = "UTC " + c.iso() + " is " + moved + " as the " + partner.source().label() + " writes it";
                }
            }
            if (c.source() == DateEvidence.Source.META && c.weight() == W_META_GENERIC) {
                // A date of no precise meaning later than a day the page states as its own is the
                // record's last change: it bounds the publication, it does not date it.
                for (DateEvidence.Candidate p : pool) {
                    if (!p.modified() && p != c && p.weight() >= W_TIME && !isDayOnlyPath(p)
                            && p.day().compareTo(c.day()) < 0) {
                        c = new DateEvidence.Candidate(c.source(), false, c.iso(), W_MODIFIED_BOUND,
                                c.where() + ", later than the " + p.source().label() + " " + p.iso() + ": a bound");
                        note = c.where();
                        break;
                    }
                }
            }
            counted.add(new Counted(c, day, value, note));
        }
        Map<String, List<Counted>> byDay = new LinkedHashMap<>();
        for (Counted k : counted) {
            byDay.computeIfAbsent(k.day(), x -> new ArrayList<>()).add(k);
        }
        List<DateEvidence.Day> days = new ArrayList<>();
        String bestDay = null;
        double bestScore = -1;
        Counted bestOf = null;
        int bestSources = 0;
        double bestStrongest = 0;
        for (Map.Entry<String, List<Counted>> e : byDay.entrySet()) {
            Map<DateEvidence.Source, Double> perSource = new LinkedHashMap<>();
            Counted strongest = null;
            Counted rendering = null;
            for (Counted k : e.getValue()) {
                if (k.c().weight() > W_MODIFIED_BOUND) {
                    // a last resort (a bound, a script) dates nothing by agreeing
                    perSource.merge(k.c().source(), k.c().weight(), Math::max);
                }
                if (strongest == null || k.c().weight() > strongest.c().weight()) {
                    strongest = k;
                }
            }
            // The day is written as the structured data state it (the first layer that does, in the
            // order JSON-LD, meta, microdata), else as the page's most precise statement of it (an
            // offset, then a time of day) near the strongest in weight; a path carries no time of day.
            for (Counted k : e.getValue()) {
                if (isStructured(k.c()) && k.c().weight() > W_MODIFIED_BOUND) {
                    rendering = k;
                    break;
                }
            }
            for (Counted k : e.getValue()) {
                if (rendering != null && isStructured(rendering.c())) {
                    break;
                }
                if (!isDayOnlyPath(k.c()) && k.c().weight() >= W_MODIFIED_BOUND
                        && k.c().weight() >= strongest.c().weight() - RENDERING_MARGIN
                        && (rendering == null || precision(k.value()) > precision(rendering.value())
                        || precision(k.value()) == precision(rendering.value()) && k.c().weight() > rendering.c().weight())) {
                    rendering = k;
                }
            }
            if (rendering == null) {
                rendering = strongest;
            }
            double score = strongest.c().weight();
            perSource.put(strongest.c().source(), strongest.c().weight());
            StringBuilder support = new StringBuilder(String.format(Locale.ROOT, "%s %.2f",
                    strongest.c().source().label(), strongest.c().weight()));
            for (Map.Entry<DateEvidence.Source, Double> s : perSource.entrySet()) {
                if (s.getKey() != strongest.c().source()) {
                    score += SUPPORT * s.getValue();
                    support.append(String.format(Locale.ROOT, " + %s %.2f/2", s.getKey().label(), s.getValue()));
                }
            }
            days.add(new DateEvidence.Day(e.getKey(), score, support.toString()));
            if (bestOf == null || score > bestScore + 1e-9
                    || Math.abs(score - bestScore) <= 1e-9 && strongest.c().weight() > bestStrongest) {
                bestScore = score;
                bestDay = e.getKey();
                bestOf = rendering;
                bestStrongest = strongest.c().weight();
                bestSources = perSource.size();
            }
        }
        days.sort((a, b) -> Double.compare(b.score(), a.score()));
        out.days = days;
        if (bestOf == null) {
            return out;
        }
        out.best = bestOf.c();
        out.value = bestOf.value();
        out.sources = bestSources;
        out.rivals = days.size() - 1;
        StringBuilder reason = new StringBuilder(bestDay).append(" scores ")
                .append(String.format(Locale.ROOT, "%.2f", bestScore));
        if (days.size() > 1) {
            DateEvidence.Day second = days.get(0).day().equals(bestDay) ? days.get(1) : days.get(0);
            reason.append(String.format(Locale.ROOT, " against %.2f for %s", second.score(), second.day()));
        }
        reason.append("; written as the ").append(bestOf.c().source().label()).append(" (").append(bestOf.c().where())
                .append(") states it");
        Set<String> notes = new java.util.LinkedHashSet<>();
        for (Counted k : counted) {
            if (k.note() != null && (k.day().equals(bestDay) || k.c().weight() == W_MODIFIED_BOUND)) {
                notes.add(k.note());
            }
        }
        for (String n : notes) {
            reason.append("; ").append(n);
        }
        out.reason = reason.toString();
        return out;
    }

    /** A better witness of the local time: one that writes a time of day, then the heavier. */
    private static boolean better(DateEvidence.Candidate p, DateEvidence.Candidate than) {
        boolean pt = p.iso().length() > 10;
        boolean tt = than.iso().length() > 10;
        return pt != tt ? pt : p.weight() > than.weight();
    }

    private static boolean isStructured(DateEvidence.Candidate c) {
        return c.source() == DateEvidence.Source.JSON_LD || c.source() == DateEvidence.Source.META
                || c.source() == DateEvidence.Source.MICRODATA;
    }

    /** 2 for a date-time with an offset, 1 for a wall time, 0 for a day. */
    private static int precision(String iso) {
        return iso.length() > 19 ? 2 : iso.length() > 10 ? 1 : 0;
    }

    private static boolean isDayOnlyPath(DateEvidence.Candidate c) {
        return c.source() == DateEvidence.Source.URL || c.source() == DateEvidence.Source.IMAGE;
    }

    /**
     * {@code utc} as the local rendering {@code local} implies: the same instant written in another
     * offset, a wall time an offset away, or its local day; null when {@code local} is not a
     * rendering of it one day off.
     */
    static String localRendering(String utc, String local) {
        if (local.length() > 19) {
            OffsetDateTime u = DateParser.toOffsetDateTime(utc);
            OffsetDateTime l = DateParser.toOffsetDateTime(local);
            return u != null && l != null && u.toInstant().equals(l.toInstant())
                    && !u.toLocalDate().equals(l.toLocalDate()) ? local : null;
        }
        String moved = localDay(utc, local);
        return moved.equals(utc) ? null : moved;
    }

    /** Elements after the headline searched for the local day of a UTC stamp: the dateline is close by. */
    private static final int LOCAL_WINDOW = 150;
    /** Elements searched before and after the headline beside a structured date of full weight. */
    private static final int STRONG_WINDOW_BEFORE = 40;
    private static final int STRONG_WINDOW_AFTER = 100;

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

    /** What the walk over the page found besides its candidates: the first date marked as a change. */
    private static final class Walk {
        String modified;
        String anchor = "none: no headline and no article box, distances from the top of the page";
    }

    /** Bound on the elements examined: dates sit near the top of an article. */
    private static final int MAX_ELEMENTS = 20_000;
    /** A line this short that holds a date is a dateline ("Published 17 March 2016, 20:47"). */
    private static final int DATELINE_CHARS = 90;

    /** Elements examined before and after the headline. */
    private static final int WINDOW_BEFORE = 400;
    private static final int WINDOW_AFTER = 1500;

    /** True when the element's own text nodes hold at least four digits (a year, or a day and month). */
    private static boolean hasDigits(Element e) {
        // One pass over the child nodes, no lists built: this runs on most elements near the headline.
        int digits = 0;
        for (int k = 0; k < e.childNodeSize() && digits < 4; k++) {
            Node n = e.childNode(k);
            if (n instanceof TextNode t) {
                digits = countDigits(t, digits);
            } else if (n instanceof Element c && !c.isBlock()) {
                // Inline children carry the date in "<p><span>17</span>.<span>03</span>.<span>2016</span></p>".
                for (int j = 0; j < c.childNodeSize() && digits < 4; j++) {
                    if (c.childNode(j) instanceof TextNode t) {
                        digits = countDigits(t, digits);
                    }
                }
            }
        }
        return digits >= 4;
    }

    /** {@code digits} plus the digits of {@code t}, counted up to four. */
    private static int countDigits(TextNode t, int digits) {
        String w = t.getWholeText();
        for (int i = 0; i < w.length() && digits < 4; i++) {
            if (Character.isDigit(w.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /** Elements from the headline within which a date's box needs no further check. */
    private static final int NEAR = 40;
    private static final Set<String> INLINE_DATE_TAGS = Set.of("span", "small", "b", "strong", "em", "i", "font", "abbr");

    /** Where an element sits: its distance from the anchor (before it counting double) and its box. */
    private static final class Place {
        final int anchorAt;
        final Set<Element> wrappers;
        final LocalDate structuredDay;
        /** The noise word of each distinct class name met (the same ancestors come up for every candidate). */
        final Map<String, String> noiseByName = new HashMap<>();

        Place(int anchorAt, Set<Element> wrappers, LocalDate structuredDay) {
            this.anchorAt = anchorAt;
            this.wrappers = wrappers;
            this.structuredDay = structuredDay;
        }

        /** Distance from the anchor in elements, those before it counting double (a site header is far above). */
        int distance(int i) {
            return anchorAt < 0 ? i : i >= anchorAt ? i - anchorAt : 2 * (anchorAt - i);
        }

        /**
         * The weight of a date read at element {@code i} from {@code base}, with the reasons appended to
         * {@code why}: nearness to the anchor, a noise box away from it, a day later than the
         * structured one above the headline.
         */
        double weigh(double base, Element e, int i, String day, StringBuilder why) {
            return weigh(base, e, i, day, why, true);
        }

        /** As {@link #weigh(double, Element, int, String, StringBuilder)}, the nearness bonus left out unless {@code proximity}. */
        double weigh(double base, Element e, int i, String day, StringBuilder why, boolean proximity) {
            int d = distance(i);
            double w = base + (proximity ? W_PROXIMITY * NEAR / (NEAR + (double) d) : 0);
            why.append(anchorAt < 0 ? ", element " + i + " of the page"
                    : i >= anchorAt ? ", " + (i - anchorAt) + " elements after the " + anchorName
                    : ", " + (anchorAt - i) + " elements before the " + anchorName);
            String noise = noiseWord(e, wrappers, noiseByName);
            if (noise != null) {
                // by the headline the article's own date sits whatever its box is called ("teaser-meta",
                // "sidebar"): a penalty there cost a right date on extraction-dev (docs/decisions.md)
                double p = d > NEAR ? W_NOISE : W_NOISE_NEAR;
                w += p;
                why.append(String.format(Locale.ROOT, ", in a '%s' box%s", noise,
                        p == 0 ? " (by the headline: no penalty)" : String.format(Locale.ROOT, " %.1f", p)));
            }
            if (anchorAt >= 0 && i < anchorAt && structuredDay != null) {
                LocalDate dd = DateParser.day(day);
                if (dd != null && dd.isAfter(structuredDay)) {
                    w += W_HEADER_TODAY;
                    why.append(String.format(Locale.ROOT, ", above the headline and later than the structured date %.1f",
                            W_HEADER_TODAY));
                }
            }
            return Math.max(W_MIN, w);
        }

        String anchorName = "headline";
    }

    /**
     * Dates shown on the page, as candidates: {@code <time>} elements and elements whose class, id or
     * itemprop says they hold a date, datelines and sentences with a publication cue in the text,
     * dates in attributes. Each is weighed by its nearness to the headline (to the article's box on
     * a page without one) and its box; none is passed over for its box alone.
     */
    private static Walk walk(Document doc, PageElements elements, Element headline, LocalDate max, boolean monthFirst, int windowBefore, int after,
                             LocalDate structuredDay, List<DateEvidence.Candidate> pool) {
        Walk v = new Walk();
        List<Element> all = elements.body(doc);
        // The headline the page displays: the <h1>, unless it is too short to word the <title> (a
        // logo's) while an <h2> or <h3> does.
        Element container = headline;
        if (headline == null || headline.text().strip().length() < 12) {
            Element shown = displayedHeadline(all, doc.title());
            if (shown != null) {
                container = shown;
            }
        }
        boolean isHeading = container != null;
        if (container == null) {
            container = doc.selectFirst("article, [itemprop=articleBody], main");
        }
        Set<Element> wrappers = wrappers(container);
        Map<String, Boolean> markedByName = new HashMap<>();
        int anchorAt = -1;
        for (int i = 0; container != null && i < all.size(); i++) {
            if (all.get(i) == container) {
                anchorAt = i + 1;
                break;
            }
        }
        Place place = new Place(anchorAt, wrappers, structuredDay);
        if (container != null && anchorAt >= 0) {
            v.anchor = "<" + container.tagName() + "> " + (isHeading ? "headline" : "article box") + " at element " + anchorAt
                    + ": '" + clip(container.text()) + "'";
        }
        Map<Element, Integer> dated = new java.util.IdentityHashMap<>();
        Map<Integer, Element> producers = new HashMap<>();
        if (container != headline && container != null) {
            place.anchorName = isHeading ? "<" + container.tagName() + "> headline" : "<" + container.tagName() + "> of the article";
        }
        int from = !isHeading || anchorAt < 0 ? 0 : Math.max(0, anchorAt - 1 - windowBefore);
        int to = Math.min(all.size(), !isHeading || anchorAt < 0 ? MAX_ELEMENTS : anchorAt - 1 + after);
        int added = 0;
        for (int i = from; i < to && added < 200; i++) {
            Element e = all.get(i);
            int index = i + 1;
            String tag = e.tagName();
            boolean isTime = tag.equals("time");
            String rawMarker = rawMarker(e);
            if (e.attributesSize() > 0 && !isTime) {
                added += attributeDates(e, index, place, max, pool, dated, producers);
            }
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
                // A paragraph that opens with its dateline, or a sentence that says when it was
                // published ("This entry was posted on …", "… wurde am … veröffentlicht").
                boolean near = place.anchorAt >= 0 && index > place.anchorAt && index - place.anchorAt - 1 <= NEAR;
                String head = own.length() > 160 ? own.substring(0, 160) : own;
                boolean cue = CUE.matcher(own).find();
                String d = near || cue ? leadingDateline(head, near, max, monthFirst) : null;
                String kind = "a dateline opening a block";
                if (d == null && cue) {
                    d = cueDate(own, max, monthFirst);
                    kind = "a sentence with a publication cue";
                }
                if (d != null) {
                    StringBuilder why = new StringBuilder(kind).append(" <").append(tag).append('>');
                    double w = place.weigh(W_TEXT + (cue ? W_CUE : 0), e, index, d, why);
                    addShown(pool, dated, producers, e, new DateEvidence.Candidate(DateEvidence.Source.TEXT, false, d, w, why.toString()));
                    added++;
                }
                continue;
            }
            if (own.length() < 6 || own.length() > 250) {
                if (!isTime || !e.hasAttr("datetime")) {
                    continue;
                }
            }
            if (isTime || marked) {
                String attrDate = isTime ? plausible(e.attr("datetime"), max, monthFirst) : null;
                String textDate = null;
                String before = "";
                List<DateParser.Found> found = DateParser.findAll(own, monthFirst, 3);
                for (DateParser.Found f : found) {
                    LocalDate day = DateParser.day(f.iso());
                    if (day != null && !day.isAfter(max)) {
                        textDate = f.iso();
                        before = own.substring(Math.max(0, f.start() - 30), f.start());
                        if (!UPDATED.matcher(before).find()) {
                            break;
                        }
                    }
                }
                if (attrDate == null && textDate == null) {
                    continue;
                }
                boolean updated = UPDATED.matcher(before).find()
                        || isTime && isUpdated(e)
                        || !isTime && UPDATED.matcher(rawMarker.toLowerCase(Locale.ROOT)).find() && !PUBLISHED_LABEL.matcher(before).find();
                String d = attrDate != null ? attrDate : textDate;
                if (updated) {
                    if (v.modified == null && (place.distance(index) <= NEAR || noiseWord(e, wrappers, place.noiseByName) == null)) {
                        v.modified = d;
                    }
                    continue;
                }
                double base = W_TIME;
                StringBuilder why = new StringBuilder(isTime ? "<time" + (attrDate != null ? " datetime>" : ">")
                        : "<" + tag + " class/id '" + clip(rawMarker.strip()) + "'>");
                if (isTime && e.hasAttr("pubdate") || PUBLISHED_LABEL.matcher(before).find()) {
                    base += W_CUE;
                    why.append(isTime && e.hasAttr("pubdate") ? " pubdate" : " after a publication label");
                }
                if (attrDate != null && textDate != null && !sameDay(attrDate, textDate) && textDate.length() <= 19) {
                    // The element's own text says another day: what the reader sees is the page's
                    // day (a UTC attribute one day off counts for it in the decision).
                    StringBuilder tw = new StringBuilder(why).append(" text");
                    addShown(pool, dated, producers, e, new DateEvidence.Candidate(DateEvidence.Source.TIME, false, textDate,
                            place.weigh(base, e, index, textDate, tw), tw.toString()));
                    why.append(String.format(Locale.ROOT, ", contradicted by its text %.1f", W_CONTRADICTED));
                    base += W_CONTRADICTED;
                    added++;
                }
                double w = place.weigh(base, e, index, d, why);
                addShown(pool, dated, producers, e, new DateEvidence.Candidate(DateEvidence.Source.TIME, false, d, w, why.toString()));
                added++;
            } else if (own.length() <= DATELINE_CHARS && e.closest(QUOTED) == null) {
                // A short line of plain text that is mostly a date: a dateline; an inline element
                // that holds a date and little else ("<span class="blue">01.02.2022</span>").
                List<DateParser.Found> found = DateParser.findAll(own, monthFirst, 2);
                if (!found.isEmpty()) {
                    DateParser.Found f = found.get(0);
                    LocalDate day = DateParser.day(f.iso());
                    int rest = own.length() - (f.end() - f.start());
                    boolean cue = CUE.matcher(own).find();
                    String d = day != null && !day.isAfter(max) && rest <= (inline ? 15 : 45)
                            && !UPDATED.matcher(own.substring(0, f.start())).find() ? f.iso() : null;
                    if (d == null && cue) {
                        // "Dieser Beitrag wurde am 12.03.2020 um 10:00 Uhr von X veröffentlicht."
                        d = cueDate(own, max, monthFirst);
                    }
                    if (d != null) {
                        StringBuilder why = new StringBuilder(cue ? "a short line with a publication cue <" : "a short dateline <")
                                .append(tag).append('>');
                        double w = place.weigh(W_TEXT + (cue ? W_CUE : 0), e, index, d, why);
                        addShown(pool, dated, producers, e, new DateEvidence.Candidate(DateEvidence.Source.TEXT, false, d, w, why.toString()));
                        added++;
                    }
                }
            }
        }
        // A class that dates several boxes with different days is a list of other stories.
        Map<String, Set<String>> daysByMarker = new HashMap<>();
        dated.entrySet().removeIf(e -> producers.get(e.getValue()) != e.getKey());
        for (Map.Entry<Element, Integer> e : dated.entrySet()) {
            String m = rawMarker(e.getKey());
            if (!m.isBlank()) {
                daysByMarker.computeIfAbsent(m, x -> new java.util.HashSet<>()).add(pool.get(e.getValue()).day());
            }
        }
        for (Map.Entry<Element, Integer> e : dated.entrySet()) {
            String m = rawMarker(e.getKey());
            Set<String> days = daysByMarker.get(m);
            DateEvidence.Candidate c = pool.get(e.getValue());
            if (days != null && days.size() >= 3 && !c.where().contains("a list of")) {
                pool.set(e.getValue(), new DateEvidence.Candidate(c.source(), c.modified(), c.iso(),
                        Math.max(W_MIN, c.weight() + W_LIST), c.where() + String.format(Locale.ROOT,
                        ", one of a list of %d boxes '%s' with different days %.1f", days.size(), clip(m.strip()), W_LIST)));
            }
        }
        return v;
    }

    /**
     * Adds a candidate read from {@code e}, unless an element around it (or it) already stated the
     * same day: one statement read twice (a dateline box and the {@code <time>} inside it) is one
     * piece of evidence, kept at the greater weight.
     */
    private static void addShown(List<DateEvidence.Candidate> pool, Map<Element, Integer> dated,
                                 Map<Integer, Element> producers, Element e, DateEvidence.Candidate c) {
        Element p = e;
        for (int depth = 0; p != null && depth < 4; p = p.parent(), depth++) {
            Integer at = dated.get(p);
            if (at != null && pool.get(at).day().equals(c.day()) && pool.get(at).modified() == c.modified()) {
                if (c.weight() > pool.get(at).weight()) {
                    pool.set(at, c);
                    producers.put(at, e);
                }
                dated.putIfAbsent(e, at);
                return;
            }
        }
        dated.put(e, pool.size());
        producers.put(pool.size(), e);
        pool.add(c);
    }

    /**
     * On a page without an {@code <h1>}: the first {@code <h2>} or {@code <h3>} that words the page's
     * {@code <title>} (its headline, the site's name left out), or null.
     */
    static Element displayedHeadline(List<Element> all, String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.length() < 12) {
            return null;
        }
        int seen = 0;
        for (Element e : all) {
            String tag = e.tagName();
            if ((tag.equals("h2") || tag.equals("h3")) && ++seen <= 40) {
                String h = e.text().toLowerCase(Locale.ROOT).strip();
                if (h.length() >= 12 && h.length() * 5 >= t.length() * 2 && t.contains(h)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Attribute names that hold a date ("data-date", "data-timestamp", "data-published"). */
    private static final Pattern DATE_ATTRIBUTE = Pattern.compile("date|time|publi|created|posted");

    /**
     * Dates an element states only in an attribute: a {@code title=} tooltip on an {@code <abbr>}
     * or a date-marked element, a {@code data-*} date or epoch. Returns how many were added.
     */
    private static int attributeDates(Element e, int index, Place place, LocalDate max, List<DateEvidence.Candidate> pool,
                                      Map<Element, Integer> dated, Map<Integer, Element> producers) {
        int n = 0;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String key = a.getKey();
            String value = a.getValue();
            if (value.length() < 8 || value.length() > 40 || !Character.isDigit(value.charAt(value.length() - 1))
                    && !value.endsWith("Z") && !Character.isLetter(value.charAt(0))) {
                continue;
            }
            boolean title = key.equals("title") && (e.tagName().equals("abbr") || DATE_CLASS.matcher(marker(e)).find());
            if (!title && !(key.startsWith("data-") && DATE_ATTRIBUTE.matcher(key).find())) {
                continue;
            }
            String d = plausible(value, max, false);
            if (d == null) {
                continue;
            }
            boolean updated = UPDATED.matcher(key).find() || UPDATED.matcher(marker(e)).find();
            StringBuilder why = new StringBuilder("<").append(e.tagName()).append(' ').append(key).append("=>");
            double w = place.weigh(W_ATTRIBUTE, e, index, d, why, false);
            addShown(pool, dated, producers, e, new DateEvidence.Candidate(DateEvidence.Source.ATTRIBUTE, updated, d, updated ? 0 : w, why.toString()));
            n++;
            if (n >= 2) {
                break;
            }
        }
        return n;
    }

    /** The date nearest a publication cue in a sentence, within 60 characters on either side; null if none. */
    static String cueDate(String own, LocalDate max, boolean monthFirst) {
        Matcher cue = CUE.matcher(own);
        if (!cue.find()) {
            return null;
        }
        String best = null;
        int bestGap = 61;
        for (DateParser.Found f : DateParser.findAll(own, monthFirst, 4)) {
            LocalDate day = DateParser.day(f.iso());
            if (day == null || day.isAfter(max)) {
                continue;
            }
            int gap = f.start() >= cue.end() ? f.start() - cue.end() : cue.start() >= f.end() ? cue.start() - f.end() : 0;
            String before = own.substring(Math.max(0, f.start() - 30), f.start());
            if (gap < bestGap && !UPDATED.matcher(before).find()) {
                bestGap = gap;
                best = f.iso();
            }
        }
        return best;
    }

    /** A separator after a dateline's date: a dash, a pipe, a colon ("29.11.2022 – Mehrfach hatte …"). */
    private static final Pattern AFTER_DATELINE = Pattern.compile("^(?:\\s*,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|am|pm))?)?\\s*[–—|-]\\s",
            Pattern.CASE_INSENSITIVE);
    /** Words that announce a publication date. */
    static final String CUE_WORDS = "veröffentlicht|erschienen|publiziert|published|posted|publié|publicado|"
            + "pubblicato|gepubliceerd|opublikowano|pressemitteilung|press release|communiqué";
    /** (Grouped by first letter: it runs over every long block near the headline.) */
    static final Pattern CUE = Pattern.compile("(?iu)" + org.dateline.extract.Alternatives.grouped(CUE_WORDS));
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
        return collapseSpaces(sb).strip();
    }

    /** {@code s.toString().replaceAll("\\s+", " ")} without the regular expression (it ran on most blocks near the headline). */
    static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                inRun = true;
            } else {
                if (inRun) {
                    out.append(' ');
                    inRun = false;
                }
                out.append(c);
            }
        }
        if (inRun) {
            out.append(' ');
        }
        return out.toString();
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
        return noiseWord(e, wrappers) != null;
    }

    /** The tag or class word that puts {@code e} in a noise box (see {@link #inNoise}); null when none does. */
    static String noiseWord(Element e, Set<Element> wrappers) {
        return noiseWord(e, wrappers, new HashMap<>());
    }

    /**
     * As {@link #noiseWord(Element, Set)}, each distinct class name matched once and remembered in
     * {@code byName} ("" for none): the noise test walks up to 30 ancestors of every candidate, and
     * lower-casing and matching each ancestor's name every time cost more than the rest of the test.
     */
    static String noiseWord(Element e, Set<Element> wrappers, Map<String, String> byName) {
        int depth = 0;
        for (Element p = e; p != null && depth < 30 && !wrappers.contains(p); p = p.parent(), depth++) {
            String tag = p.tagName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || tag.equals("script")
                    || tag.equals("noscript") || tag.equals("template")) {
                return tag;
            }
            String raw = rawMarker(p);
            if (!raw.isEmpty()) {
                String word = byName.computeIfAbsent(raw, Dates::noiseClassWord);
                if (!word.isEmpty()) {
                    return word;
                }
            }
        }
        return null;
    }

    /** The first noise word of a class name (lower-cased first), or "". */
    private static String noiseClassWord(String rawMarker) {
        Matcher m = NOISE_CLASS.matcher(rawMarker.toLowerCase(Locale.ROOT));
        return m.find() ? m.group() : "";
    }

    /** An element's class, id and itemprop in lower case ("" when it has none): what its box is called. */
    static String marker(Element e) {
        return rawMarker(e).toLowerCase(Locale.ROOT);
    }

    /** {@link #marker} before lower-casing. */
    static String rawMarker(Element e) {
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
    /** Script keys before a timestamp that name the publication, and those that name something else. */
    private static final Pattern SCRIPT_PUBLISHED = Pattern.compile("(?i)publi|pub_?date|created|posted|first|release|article_?date");
    private static final Pattern SCRIPT_OTHER = Pattern.compile("(?i)modif|updat|now|current|server|expir|cache|build|render|generat|today|time_?stamp|login|session|last");

    /**
     * Last resort for pages that show no date: the timestamps their scripts or comments carry, each
     * day a candidate weighed by the key before its first timestamp (a "publishDate" key names the
     * publication; "now", "updated", "serverTime" name something else) and by how often it recurs;
     * never simply the latest, which is most often the moment the page was served.
     */
    private static void scripts(Document doc, LocalDate max, List<DateEvidence.Candidate> pool) {
        Map<LocalDate, double[]> days = new LinkedHashMap<>();
        Map<LocalDate, String> keys = new HashMap<>();
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
                if (!DateParser.validDay(y, mo, d)) {
                    continue;
                }
                LocalDate day = LocalDate.of(y, mo, d);
                if (day.isAfter(max)) {
                    continue;
                }
                String before = data.substring(Math.max(0, m.start() - 40), m.start());
                // the key nearest the timestamp: the last word of the 40 characters before it
                Matcher k = SCRIPT_KEY.matcher(before);
                String key = null;
                while (k.find()) {
                    key = k.group();
                }
                double w = W_SCRIPT;
                if (key != null && SCRIPT_PUBLISHED.matcher(key).find()) {
                    w += 1.0;
                } else if (key != null && SCRIPT_OTHER.matcher(key).find()) {
                    w -= 0.3;
                }
                double[] acc = days.computeIfAbsent(day, x -> new double[2]);
                if (w > acc[0]) {
                    acc[0] = w;
                    keys.put(day, key);
                }
                acc[1]++;
            }
        }
        for (Map.Entry<LocalDate, double[]> e : days.entrySet()) {
            double[] acc = e.getValue();
            double w = acc[0] + Math.min(0.3, 0.1 * (acc[1] - 1));
            String key = keys.get(e.getKey());
            pool.add(new DateEvidence.Candidate(DateEvidence.Source.SCRIPT, false, e.getKey().toString(), Math.max(0.05, w),
                    "a timestamp in a script or comment" + (key == null ? "" : " after '" + key + "'")
                            + ", seen " + (int) acc[1] + "×"));
        }
    }

    private static final Pattern SCRIPT_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,40}");

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
