package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.extract.Languages;
import org.dateline.extract.Media;
import org.dateline.extract.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads every metadata layer of a parsed page and merges them: JSON-LD (including {@code @graph}
 * and {@code @id} references), OpenGraph and {@code article:*}, other meta tags (Dublin Core,
 * {@code name=date}, {@code author}, parse.ly, sailthru), microdata ({@code itemprop}),
 * {@code <time>}, bylines and dates shown near the headline, the URL path. Must run before the body
 * extractor prunes the DOM. Thread-safe: stateless.
 */
public final class MetadataExtractor {

    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)title|headline|heading|titel|titulo|titolo");

    public Metadata extract(Document doc, String pageUrl) {
        return extract(doc, pageUrl, LocalDate.now(ZoneOffset.UTC));
    }

    /** As {@link #extract(Document, String)}, with the day after which no date is plausible given. */
    public Metadata extract(Document doc, String pageUrl, LocalDate today) {
        return read(doc, pageUrl, today).metadata;
    }

    /**
     * The date candidates of a page, their weights and why one became its publication date (what
     * {@code dateline explain} prints); the dates are those {@link #extract} gives.
     */
    public DateEvidence explainDates(Document doc, String pageUrl) {
        return explainDates(doc, pageUrl, LocalDate.now(ZoneOffset.UTC));
    }

    /** As {@link #explainDates(Document, String)}, with the day after which no date is plausible given. */
    public DateEvidence explainDates(Document doc, String pageUrl, LocalDate today) {
        return read(doc, pageUrl, today).dates;
    }

    private record Read(Metadata metadata, DateEvidence dates) {
    }

    private Read read(Document doc, String pageUrl, LocalDate today) {
        PageElements elements = PageElements.of(doc);
        JsonLd ld = JsonLd.of(elements.scripts);
        MetaTags metas = MetaTags.of(elements.metas);
        List<Element> itemprops = elements.itemprops;
        String url = firstNonBlank(
                canonical(elements.links),
                metas.get("og:url"),
                pageUrl);
        if (url != null && pageUrl != null && Sites.absolute(pageUrl, url) != null) {
            url = Sites.absolute(pageUrl, url);
        }
        if (url != null && Sites.site(url) == null) {
            url = pageUrl;
        }
        JsonNode article = ld.article(url);
        String host = Sites.site(url != null ? url : pageUrl);
        List<String> siteNames = siteNames(metas, ld);

        String ldHeadline = null;
        if (article != null) {
            ldHeadline = ld.text(article, "headline");
            if (ldHeadline == null && JsonLd.kind(article) == 2) {
                ldHeadline = ld.text(article, "name");
            }
        }
        List<String> stated = metaHeadlines(siteNames, host, ldHeadline, metas.get("og:title"), metas.get("twitter:title"), doc.title());
        // the element the dates and bylines are sought around (a logo heading included, as measured)
        Element headline = h1(elements.h1s, siteNames, host, stated, false);
        String logo = logoName(elements.h1s);
        String title = title(doc, metas, ldHeadline, logo == null ? headline : h1(elements.h1s, siteNames, host, stated, true),
                siteNames, host, logo);

        Element root = null;
        for (Element c : doc.children()) {
            if (c.normalName().equals("html")) {
                root = c;
                break;
            }
        }
        String language = firstNonBlank(
                root == null ? null : root.attr("lang"),
                root == null ? null : root.attr("xml:lang"),
                ld.text(article, "inLanguage"),
                metas.get("og:locale"),
                metas.get("http-equiv:content-language"),
                metas.get("language"),
                metas.get("dc.language"));
        if (Languages.normalise(language) == null) {
            language = firstNonBlank(ld.text(article, "inLanguage"), metas.get("og:locale"), metas.get("dc.language"));
        }

        Dates.Result dates = Dates.extract(doc, metas, elements, ld, article, headline, url != null ? url : pageUrl,
                monthFirst(language, metas, host), today);
        List<String> authors = Authors.extract(doc, metas, elements, ld, article, headline, siteNames, host);

        String description = firstNonBlank(
                metas.get("og:description"),
                metas.get("description"),
                metas.get("twitter:description"),
                ld.text(article, "description"));
        description = JsonLd.clean(description);
        List<String> tags = tags(doc, metas, ld, article);
        List<String> media = new ArrayList<>(Media.fromTitle(title));
        for (String kind : Media.fromTitle(doc.title())) {
            Media.add(media, kind);
        }
        String ogType = metas.get("og:type");
        if (ogType != null && ogType.toLowerCase(Locale.ROOT).startsWith("video")) {
            Media.add(media, "video");
        }
        String siteName = siteNames.isEmpty() ? null : siteNames.get(0);
        return new Read(new Metadata(url, title, dates.published(), dates.modified(), authors, language, description, tags,
                media, siteName), dates.evidence());
    }

    /** The names the site goes by, as the page states them: OpenGraph, app name, JSON-LD publisher and website. */
    static List<String> siteNames(Document doc, JsonLd ld) {
        return siteNames(MetaTags.of(doc), ld);
    }

    static List<String> siteNames(MetaTags metas, JsonLd ld) {
        Set<String> out = new LinkedHashSet<>();
        add(out, metas.get("og:site_name"));
        add(out, metas.get("application-name"));
        add(out, metas.get("apple-mobile-web-app-title"));
        add(out, metas.get("al:android:app_name"));
        add(out, metas.get("al:ios:app_name"));
        String tw = metas.get("twitter:site");
        if (tw != null && tw.startsWith("@")) {
            add(out, tw.substring(1));
        }
        for (JsonNode n : ld.ofType("newsmediaorganization", "organization", "website", "corporation")) {
            add(out, ld.text(n, "name"));
            add(out, ld.text(n, "alternateName"));
        }
        JsonNode article = ld.article(null);
        if (article != null) {
            JsonNode pub = ld.resolve(article.get("publisher"));
            if (pub != null && pub.isObject()) {
                add(out, ld.text(pub, "name"));
            }
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String s) {
        String c = JsonLd.clean(s);
        if (c != null && c.length() <= 80) {
            out.add(c);
        }
    }

    private static String title(Document doc, MetaTags metas, String ldHeadline, Element h1e, List<String> siteNames, String host,
                                String logo) {
        List<String> names = new ArrayList<>(siteNames);
        if (logo != null) {
            // the site's logo set as a heading names the site, which the other headlines may carry
            names.add(logo);
        }
        List<Titles.Candidate> cs = titleCandidates(doc, metas, ldHeadline, h1e, names, host);
        if (logo != null) {
            // the site's name, for a page that states nothing else (better that than no title)
            cs.add(new Titles.Candidate("logo", logo, 0.1));
        }
        return Titles.choose(cs, names, host);
    }

    /**
     * The page's headlines in order of trust, with their weights in the vote of
     * {@link Titles#choose}. {@code names} (the site's names, modifiable) gains the {@code <h1>}'s
     * text when the {@code <h1>} names the site.
     */
    static List<Titles.Candidate> titleCandidates(Document doc, MetaTags metas, String ldHeadline, Element h1e,
                                                  List<String> names, String host) {
        List<Titles.Candidate> cs = new ArrayList<>();
        // Order breaks ties and picks the spelling: JSON-LD, OpenGraph, then the visible <h1>.
        // Weights: the JSON-LD headline and the <h1> are the newsroom's headline; OpenGraph, the
        // Twitter card and the <title> are the social and search wording, which copy one another,
        // so together they do not outvote the first two. Where the JSON-LD headline and og:title
        // differ, the gold title is the JSON-LD one 37:32 on metadata-dev and 33:8 on
        // extraction-dev; the Twitter card loses to JSON-LD 16:31 and 6:22. Calibrated on both
        // sets together (a plateau: JSON-LD 1.5-2, <h1> 1.25-1.75, Twitter and <title> 0.1-0.3 score
        // alike); see docs/decisions.md, "Metadata: a vote between headlines".
        cs.add(new Titles.Candidate("ld", ldHeadline, 1.75));
        cs.add(new Titles.Candidate("og", metas.get("og:title"), 1.0));
        String h1 = h1e == null ? null : h1e.text();
        if (h1e != null && !stated(h1, names, host, ldHeadline, metas.get("og:title"))
                && isSiteHeading(h1e, doc.title(), names, host)) {
            // A blog's <h1> is often the site's name, which the <title> then carries at one end.
            names.add(h1);
            h1 = null;
        }
        String shown = h1 == null ? null : shownHeadline(h1e);
        if (shown != null && stated(h1, names, host, ldHeadline, metas.get("og:title"))) {
            // the page's metadata states the kicker and the headline as one: that is its headline
            shown = null;
        }
        if (shown != null) {
            // the <h1>'s markup sets a kicker, a date or a label apart from the headline
            cs.add(new Titles.Candidate("h1-part", shown, 1.5));
        } else {
            cs.add(new Titles.Candidate("h1", h1, 1.5));
        }
        cs.add(new Titles.Candidate("twitter", metas.get("twitter:title"), 0.25));
        Element ip = null;
        Element entry = null;
        // One walk with plain attribute tests (a selector of six alternatives cost 3% of extraction).
        Element e = doc;
        while (e != null && (ip == null || entry == null)) {
            if (e.attributesSize() > 0 && isHeadlineMark(e)) {
                if (ip == null && e.attr("itemprop").equals("headline") && !e.tagName().equals("meta")) {
                    ip = e;
                } else if (entry == null && !e.hasAttr("itemprop")) {
                    entry = e;
                }
            }
            e = nextInDocumentOrder(e, doc);
        }
        if (ip != null && !ip.tagName().equals("h1") && ip.text().length() <= 300) {
            cs.add(new Titles.Candidate("itemprop", ip.text(), 0.5));
        }
        // Blog themes mark the post's title with a class (and often put the site's name in the <h1>).
        if (entry != null && entry.text().length() <= 300) {
            cs.add(new Titles.Candidate("entry", entry.text(), 0.75));
        }
        cs.add(new Titles.Candidate("title", doc.title(), 0.3));
        return cs;
    }

    /**
     * Parts of an {@code <h1>} that its markup sets apart from the headline: a kicker, a date, a
     * category line ({@code <small>}, {@code <time>}, or an element classed as one).
     */
    private static final Pattern KICKER_CLASS = Pattern.compile(
            "(?i)kicker|super-?title|top-?title|top-?line|over-?line|over-?title|eyebrow|dachzeile|roofline|spitzmarke|"
                    + "h1-?small|sub-?title|pre-?title|rubric|category|categories|label|date|meta|flag|overhead");

    /**
     * The headline an {@code <h1>} shows when its markup sets a kicker, a date or a label apart
     * from it ({@code <h1><small>Tunesien</small><br> Große Aufgaben …</h1>}), or null when it
     * sets nothing apart. The parts set apart must be shorter than what is left, and what is left
     * must read as a headline (two words or more); the {@code <h1>}'s text is then the kicker and
     * the headline together, which no metadata headline repeats as one.
     */
    static String shownHeadline(Element h1) {
        List<Element> apart = new ArrayList<>();
        for (Element e : h1.getAllElements()) {
            if (e == h1 || e.textNodes().isEmpty() && e.children().isEmpty()) {
                continue;
            }
            boolean inside = false;
            for (Element a : apart) {
                if (e.parents().contains(a)) {
                    inside = true;
                    break;
                }
            }
            if (inside) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("small") || tag.equals("time")
                    || (tag.equals("span") || tag.equals("div") || tag.equals("p")) && KICKER_CLASS.matcher(e.className()).find()) {
                apart.add(e);
            }
        }
        if (apart.isEmpty()) {
            return null;
        }
        int apartLength = 0;
        for (Element a : apart) {
            apartLength += a.text().strip().length();
        }
        StringBuilder rest = new StringBuilder();
        collectOutside(h1, apart, rest);
        String shown = Titles.trimSeparators(rest.toString());
        if (shown == null || apartLength == 0 || apartLength >= shown.length() || shown.split("\\s+").length < 2) {
            return null;
        }
        return shown;
    }

    /** True when one of {@code stated} (site names taken off) is {@code h1} as a whole. */
    private static boolean stated(String h1, List<String> siteNames, String host, String... stated) {
        String k = Titles.squash(h1);
        for (String t : stated) {
            String st = t == null ? null : Titles.strip(t, siteNames, host);
            if (st != null && Titles.squash(st).equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static void collectOutside(Element e, List<Element> apart, StringBuilder out) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                out.append(t.getWholeText());
            } else if (n instanceof Element c && !apart.contains(c)) {
                if (c.normalName().equals("br")) {
                    out.append(' ');
                }
                collectOutside(c, apart, out);
            } else if (n instanceof Element) {
                out.append(' ');
            }
        }
    }

    /**
     * True when the {@code <h1>} names the site: it is the last of several segments of the
     * {@code <title>} ("Post | Blog"), or the first ("Blog » Post") while sitting in the page header.
     */
    static boolean isSiteHeading(Element h1, String title, List<String> siteNames, String host) {
        List<String[]> segs = Titles.split(title == null ? "" : title.strip());
        if (segs.size() < 2) {
            return false;
        }
        String k = Titles.squash(h1.text());
        if (k.isEmpty()) {
            return false;
        }
        if (h1.text().strip().split("\\s+").length > 6) {
            return false;
        }
        String first = segs.get(0)[0];
        String last = segs.get(segs.size() - 1)[0];
        if (k.equals(Titles.squash(last))) {
            // "Site - Headline" has the headline last: then the first segment names the site.
            return !Titles.isSiteName(first, siteNames, host);
        }
        if (!k.equals(Titles.squash(segs.get(0)[0]))) {
            return false;
        }
        // A heading that links to the home page is the site's; one that links to itself is the post's.
        Element a = h1.selectFirst("a[href]");
        if (a == null) {
            a = h1.closest("a[href]");
        }
        return a != null && linksHome(a);
    }

    /** The text of the first {@code <h1>} that is the site's logo (a link to its home page), or null. */
    static String logoName(List<Element> h1s) {
        int seen = 0;
        for (Element h : h1s) {
            if (++seen > 20) {
                break;
            }
            String name = h.text().strip();
            if (!name.isEmpty() && name.length() <= 80 && isLogo(h, name)) {
                return name;
            }
        }
        return null;
    }

    /** A link to the site's home page ("/", "https://host/", "../index.html"). */
    private static boolean linksHome(Element a) {
        return HOME.matcher(a.attr("href").strip()).matches();
    }

    private static final Pattern HOME = Pattern.compile("(?i)(https?://[^/]+)?/?(index\\.\\w+)?|(\\.\\.?/)+(index\\.\\w+)?");

    /**
     * True when all of an {@code <h1>}'s text is a link to the site's home page: the site's logo
     * set as a heading, however it is named.
     */
    private static boolean isLogo(Element h1, String text) {
        Element a = h1.selectFirst("a[href]");
        if (a == null) {
            a = h1.closest("a[href]");
            return a != null && linksHome(a);
        }
        return linksHome(a) && Titles.squash(h1.text()).equals(Titles.squash(a.text()) + Titles.squash(textOutside(h1, a)));
    }

    private static String textOutside(Element h1, Element a) {
        StringBuilder sb = new StringBuilder();
        for (org.jsoup.nodes.Node n : h1.childNodes()) {
            if (n == a) {
                continue;
            }
            if (n instanceof org.jsoup.nodes.TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element e && !e.getAllElements().contains(a)) {
                sb.append(e.text());
            }
        }
        return sb.toString();
    }

    /** As {@link #h1(Document, List, String, List)} with no metadata headline to agree with. */
    static Element h1(Document doc, List<String> siteNames, String host) {
        return h1(doc, siteNames, host, List.of());
    }

    /**
     * The headlines the page's metadata states (JSON-LD, OpenGraph, Twitter card, {@code <title>}),
     * each as its {@link Titles#squash} key, site names taken off; blank ones left out.
     */
    static List<String> metaHeadlines(List<String> siteNames, String host, String... titles) {
        List<String> out = new ArrayList<>(titles.length);
        for (String t : titles) {
            String st = t == null ? null : Titles.strip(t, siteNames, host);
            String k = st == null ? "" : Titles.squash(st);
            if (k.length() >= 6) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * True when an {@code <h1>} words one of the metadata headlines: the same, or that headline
     * less a kicker or a tail, keeping most of it (a site's name in the {@code <h1>} is a small
     * part of "Post | Blog" and does not agree).
     */
    static boolean agrees(String key, List<String> metaHeadlines) {
        if (key.length() < 6) {
            return false;
        }
        for (String m : metaHeadlines) {
            if (m.equals(key) || key.length() * 5 >= m.length() * 3 && (m.startsWith(key) || m.endsWith(key))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline {@code <h1>}: the article's, not the site logo's; its kicker and hidden parts left out.
     * An {@code <h1>} that agrees with a metadata headline is the article's even when a stylesheet
     * class hides it on some screens ("hidden md:block", "sr-only sm:not-sr-only").
     */
    static Element h1(Document doc, List<String> siteNames, String host, List<String> metaHeadlines) {
        return h1(doc.getElementsByTag("h1"), siteNames, host, metaHeadlines, true);
    }

    /**
     * As {@link #h1(Document, List, String, List)} over the page's {@code <h1>}s in document order.
     *
     * @param skipLogos whether an {@code <h1>} that is the site's logo (a link to its home page) loses
     */
    private static Element h1(List<Element> h1s, List<String> siteNames, String host, List<String> metaHeadlines,
                              boolean skipLogos) {
        Element best = null;
        int bestScore = Integer.MIN_VALUE;
        int i = 0;
        for (Element h : h1s) {
            if (++i > 20) {
                break;
            }
            String text = h.text().strip();
            if (text.isEmpty() || text.length() > 400 || NAVIGATION.matcher(text).matches() || !hasLetter(text)) {
                continue;
            }
            boolean agrees = agrees(Titles.squash(text), metaHeadlines);
            if (isHidden(h)) {
                continue;
            }
            int score = -i;
            if (agrees) {
                score += 25;
            }
            if (h.closest("article") != null || h.closest("main") != null) {
                score += 10;
            }
            if (h.hasAttr("itemprop") || TITLE_CLASS.matcher(h.className()).find()) {
                score += 5;
            }
            if (h.closest("header") != null && h.closest("article") == null && h.selectFirst("a[href]") != null) {
                score -= 10;
            }
            if (Titles.isSiteName(text, siteNames, host) || h.selectFirst("img") != null && text.length() < 30
                    || skipLogos && !agrees && isLogo(h, text)) {
                score -= 30;
            }
            if (score > bestScore) {
                bestScore = score;
                best = h;
            }
        }
        if (best == null || bestScore < -25) {
            return null;
        }
        return best;
    }

    /** A heading of figures and signs alone ("€5" of a donation box) is no headline. */
    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Headings for screen readers and navigation ("Navigation und Service", "Sections"), not headlines. */
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?iu)(?:navigation|hauptnavigation|navigation und service|service|menu|menü|menú|sections|search|suche|"
                    + "startseite|homepage|home|inhalt|content|main content|hauptinhalt|skip to content)");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:sr-only|visually-?hidden|screen-?reader|hidden|hide|offscreen|invisible|a11y)(?:$|[\\s_-])");

    private static boolean isHidden(Element h) {
        int depth = 0;
        for (Element p = h; p != null && depth < 4; p = p.parent(), depth++) {
            if (HIDDEN.matcher(p.className()).find() || p.hasAttr("hidden") || p.tagName().equals("nav")
                    || p.attr("style").replace(" ", "").contains("display:none")) {
                return true;
            }
        }
        return false;
    }

    /** Numeric dates read month first (03/04/2020 is March 4) on US English pages. */
    private static boolean monthFirst(String language, MetaTags metas, String host) {
        String tag = (language == null ? "" : language).toLowerCase(Locale.ROOT).replace('_', '-');
        String locale = metas.get("og:locale");
        String loc = locale == null ? "" : locale.toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("en-us") || loc.equals("en-us")) {
            return true;
        }
        boolean english = tag.equals("en") || tag.isEmpty() && loc.startsWith("en");
        return english && host != null && host.matches(".*\\.(com|us|gov|edu)$");
    }

    private static List<String> tags(Document doc, MetaTags metas, JsonLd ld, JsonNode article) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : metas.all("article:tag")) {
            addTag(out, t);
        }
        if (out.isEmpty() && article != null) {
            JsonNode kw = article.get("keywords");
            if (kw != null && kw.isArray()) {
                for (JsonNode k : kw) {
                    if (k.isTextual()) {
                        addTag(out, JsonLd.clean(k.asText()));
                    }
                }
            } else if (kw != null && kw.isTextual()) {
                for (String k : kw.asText().split("[,;]")) {
                    addTag(out, JsonLd.clean(k));
                }
            }
        }
        if (out.isEmpty()) {
            String kw = metas.get("news_keywords");
            if (kw == null) {
                kw = metas.get("keywords");
            }
            if (kw != null) {
                for (String k : kw.split("[,;]")) {
                    addTag(out, JsonLd.clean(k));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void addTag(Set<String> out, String t) {
        if (t != null && !t.isBlank() && t.strip().length() <= 60 && out.size() < 30) {
            out.add(t.strip());
        }
    }

    /** The content of the first non-empty meta tag whose property, name or itemprop is {@code key} (any case). */
    static String meta(Document doc, String key) {
        return MetaTags.of(doc).get(key);
    }

    private static final Set<String> HEADLINE_CLASSES = Set.of("entry-title", "post-title", "article-title",
            "story-title", "headline");

    /** {@code [itemprop=headline], .entry-title, .post-title, .article-title, .story-title, .headline}. */
    private static boolean isHeadlineMark(Element e) {
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty() && itemprop.strip().equalsIgnoreCase("headline")) {
            return true;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        // every class of the set names a title or a headline: most elements leave here
        if (!cls.contains("title") && !cls.contains("headline")) {
            return false;
        }
        int i = 0;
        int n = cls.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(cls.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(cls.charAt(i))) {
                i++;
            }
            if (i > start && HEADLINE_CLASSES.contains(cls.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /** The element after {@code e} in document order within {@code root}, or null. */
    static Element nextInDocumentOrder(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        while (e != null && e != root) {
            Element next = e.nextElementSibling();
            if (next != null) {
                return next;
            }
            e = e.parent();
        }
        return null;
    }

    /** The page's {@code <link rel=canonical>} address, absolute, or null. */
    private static String canonical(List<Element> links) {
        for (Element e : links) {
            if (e.attr("rel").strip().equalsIgnoreCase("canonical")) {
                String v = e.attr("abs:href").strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
