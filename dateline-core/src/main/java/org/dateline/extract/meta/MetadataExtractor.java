package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import org.dateline.extract.Media;
import org.dateline.extract.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every metadata layer of a parsed page and merges them, most reliable first:
 * JSON-LD (including {@code @graph}), OpenGraph and {@code article:*}, other meta tags (Dublin Core,
 * {@code name=date}, {@code author}), microdata ({@code itemprop}), {@code <time>}, the URL path.
 * Thread-safe: no state beyond immutable patterns and a thread-safe {@link ObjectMapper}.
 */
public final class MetadataExtractor {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true)
            .configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true)
            .configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true)
            .configure(JsonParser.Feature.ALLOW_TRAILING_COMMA, true);

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "socialmediaposting", "liveblogposting", "webpage", "techarticle", "scholarlyarticle", "report",
            "posting", "blog", "creativework", "videoobject", "medicalwebpage", "itempage");

    public Metadata extract(Document doc, String pageUrl) {
        List<JsonNode> ld = jsonLdArticles(doc);
        String url = firstNonBlank(
                attr(doc, "link[rel=canonical]", "abs:href"),
                attr(doc, "meta[property=og:url]", "content"),
                pageUrl);
        if (url != null && pageUrl != null && Sites.absolute(pageUrl, url) != null) {
            url = Sites.absolute(pageUrl, url);
        }
        String title = firstNonBlank(
                ldText(ld, "headline"),
                meta(doc, "og:title"),
                meta(doc, "twitter:title"),
                h1(doc),
                doc.title());
        String published = firstDate(
                ldText(ld, "datePublished"),
                meta(doc, "article:published_time"),
                meta(doc, "og:article:published_time"),
                attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"),
                meta(doc, "pubdate"),
                meta(doc, "publishdate"),
                meta(doc, "publish-date"),
                meta(doc, "date"),
                meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"),
                meta(doc, "dcterms.date"),
                meta(doc, "sailthru.date"),
                meta(doc, "parsely-pub-date"),
                ldText(ld, "dateCreated"),
                attr(doc, "time[datetime]", "datetime"),
                urlDate(url),
                urlDate(pageUrl));
        String modified = firstDate(
                ldText(ld, "dateModified"),
                meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"),
                attr(doc, "[itemprop=dateModified]", "content"));
        List<String> authors = authors(doc, ld);
        String language = firstNonBlank(
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                ldText(ld, "inLanguage"),
                meta(doc, "og:locale"),
                attr(doc, "meta[http-equiv=content-language]", "content"),
                meta(doc, "language"),
                meta(doc, "dc.language"));
        String description = firstNonBlank(
                meta(doc, "og:description"),
                meta(doc, "description"),
                meta(doc, "twitter:description"),
                ldText(ld, "description"));
        List<String> tags = tags(doc, ld);
        List<String> media = new ArrayList<>(Media.fromTitle(title));
        String ogType = meta(doc, "og:type");
        if (ogType != null && ogType.toLowerCase(Locale.ROOT).startsWith("video")) {
            Media.add(media, "video");
        }
        String siteName = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        return new Metadata(url, title, published, modified, authors, language, description, tags, media, siteName);
    }

    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String json = s.data().strip();
            if (json.isEmpty() || json.length() > 2_000_000) {
                continue;
            }
            try {
                collect(JSON.readTree(json), out, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the other layers still speak.
            }
        }
        // Article types first, then anything else that has a headline.
        out.sort((a, b) -> Boolean.compare(!isArticle(a), !isArticle(b)));
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            if (n.has("@graph")) {
                collect(n.get("@graph"), out, depth + 1);
            }
            if (isArticle(n) || n.has("headline") || n.has("datePublished")) {
                out.add(n);
            }
            if (n.has("mainEntity")) {
                collect(n.get("mainEntity"), out, depth + 1);
            }
        }
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT)) && !x.asText().equalsIgnoreCase("webpage")) {
                    return true;
                }
            }
            return false;
        }
        String s = t.asText().toLowerCase(Locale.ROOT);
        return ARTICLE_TYPES.contains(s) && !s.equals("webpage");
    }

    private static String ldText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v == null) {
                continue;
            }
            if (v.isArray() && !v.isEmpty()) {
                v = v.get(0);
            }
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
            if (v.isObject() && v.has("name")) {
                return v.get("name").asText();
            }
        }
        return null;
    }

    private static List<String> authors(Document doc, List<JsonNode> ld) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) {
                a = n.get("creator");
            }
            if (a == null) {
                continue;
            }
            List<JsonNode> list = new ArrayList<>();
            if (a.isArray()) {
                a.forEach(list::add);
            } else {
                list.add(a);
            }
            for (JsonNode x : list) {
                String name = x.isTextual() ? x.asText() : x.has("name") ? x.get("name").asText() : null;
                addAuthor(out, name);
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=dc.creator], meta[name=byl], meta[name=sailthru.author], meta[name=parsely-author]")) {
            addAuthor(out, m.attr("content"));
        }
        if (!out.isEmpty()) {
            return new ArrayList<>(out);
        }
        for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author], .byline .author, .author-name, .byline__name")) {
            addAuthor(out, e.text());
            if (out.size() >= 6) {
                break;
            }
        }
        return new ArrayList<>(out);
    }

    private static final Pattern BY = Pattern.compile("^(?:by|von|par|por|di|door|av|af)\\s+", Pattern.CASE_INSENSITIVE);

    static void addAuthor(Set<String> out, String raw) {
        if (raw == null) {
            return;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.startsWith("http") || s.contains("@") || s.length() > 80) {
            return;
        }
        s = BY.matcher(s).replaceFirst("");
        for (String part : s.split("\\s*(?:,|;|\\band\\b|\\bund\\b|&|\\|)\\s*")) {
            String p = part.strip();
            if (p.length() >= 3 && p.length() <= 60 && Character.isLetter(p.charAt(0)) && !out.contains(p)) {
                out.add(p);
            }
        }
    }

    private static List<String> tags(Document doc, List<JsonNode> ld) {
        Set<String> out = new LinkedHashSet<>();
        for (Element m : doc.select("meta[property=article:tag]")) {
            addTag(out, m.attr("content"));
        }
        if (out.isEmpty()) {
            String kw = ldText(ld, "keywords");
            if (kw == null) {
                kw = meta(doc, "keywords");
            }
            if (kw == null) {
                kw = meta(doc, "news_keywords");
            }
            if (kw != null) {
                for (String k : kw.split("[,;]")) {
                    addTag(out, k);
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

    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        return null;
    }

    private static String firstDate(String... candidates) {
        for (String c : candidates) {
            String d = DateParser.parse(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("h1");
        return h == null ? null : h.text();
    }

    static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
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
