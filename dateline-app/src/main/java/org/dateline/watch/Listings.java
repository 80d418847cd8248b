package org.dateline.watch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import org.dateline.DatelineException;
import org.dateline.page.Charsets;
import org.dateline.page.Gzip;
import org.dateline.page.Sniffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a source lists: RSS 0.9x/1.0/2.0 and Atom (ROME), JSON Feed (Jackson, streamed),
 * sitemaps, sitemap indexes and Google News sitemaps (crawler-commons), and a site's home page
 * (its {@code <link rel="alternate">} feeds, jsoup). No DTD is read and no entity declared in
 * a document is ever expanded: a document that declares entities is refused before any parser
 * sees it.
 */
public final class Listings {

    /**
     * An article a listing names.
     *
     * @param url       the article's URL, absolute
     * @param title     the listed headline, or null
     * @param published the listed publication time (ISO 8601), or null
     * @param updated   the listed last change (a feed's updated, a sitemap's lastmod; ISO 8601), or null
     * @param language  the listed language, or null
     */
    public record Entry(String url, String title, String published, String updated, String language) {
    }

    /**
     * What a source came to.
     *
     * @param kind    what it was ("an RSS feed", "a sitemap index", "a home page"…)
     * @param entries the articles it lists, in its order
     * @param sources further sources it points to (a sitemap index's sitemaps, a home page's feeds)
     */
    public record Listing(String kind, List<Entry> entries, List<String> sources) {
    }

    /** Why a source could not be read: a one-line reason. */
    public static final class ListingException extends Exception {
        public ListingException(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEED_TYPES = Pattern.compile(
            "(?i)application/(?:rss|atom|rdf)\\+xml|application/(?:feed\\+)?json|text/xml|application/xml");
    private static final Pattern FEEDISH_PATH = Pattern.compile(
            "(?i).*(?:\\.xml|\\.rss|\\.atom|\\.rdf|\\.json|\\.gz|/feed/?|/rss/?|/atom/?)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Listings() {
    }

    /**
     * Reads a fetched source.
     *
     * @param body        the content (Content-Encoding already undone; a {@code .gz} file still gzipped)
     * @param contentType the response Content-Type, or null
     * @param url         where it was found (relative links resolve against it)
     * @param maxBytes    a gzipped sitemap may expand to this many bytes
     * @param homePage    an HTML page is a home page to discover feeds in (a source the user named);
     *                    otherwise HTML is an error (a feed link that serves a page)
     * @throws ListingException with a one-line reason when it is none of these, or broken
     */
    public static Listing read(byte[] body, String contentType, URI url, int maxBytes, boolean homePage)
            throws ListingException {
        if (body.length == 0) {
            throw new ListingException("empty response");
        }
        byte[] bytes = body;
        if (Sniffer.isGzip(bytes)) {
            try {
                bytes = Gzip.decompress(bytes, maxBytes);
            } catch (DatelineException e) {
                throw new ListingException("not valid gzip: " + e.getMessage());
            }
            if (bytes.length == 0) {
                throw new ListingException("empty after gzip decompression");
            }
        }
        String feed = Sniffer.feedName(bytes);
        Sniffer.Kind kind = feed != null ? Sniffer.Kind.FEED : Sniffer.sniff(bytes);
        if (kind == Sniffer.Kind.EMPTY) {
            throw new ListingException("empty response");
        }
        if (feed == null && kind == Sniffer.Kind.TEXT && Sniffer.feedName(stripDoctype(bytes)) != null) {
            feed = Sniffer.feedName(stripDoctype(bytes));
        }
        if (feed == null) {
            if (kind == Sniffer.Kind.HTML) {
                if (!homePage || servedAsFeed(contentType, url)) {
                    throw new ListingException("an HTML page served as a feed"
                            + (contentType == null ? "" : " (Content-Type " + Fetcher.oneLine(contentType) + ")"));
                }
                return homePage(bytes, contentType, url);
            }
            if (kind == Sniffer.Kind.TEXT && textSitemap(bytes)) {
                return sitemap(bytes, "text/plain", url);
            }
            if (looksLikeXml(bytes)) {
                guardEntities(bytes);
                throw new ListingException("invalid XML or an unknown format: neither a feed nor a sitemap");
            }
            throw new ListingException(kind == Sniffer.Kind.BINARY ? "binary content, neither a feed nor a sitemap"
                    : "neither a feed nor a sitemap (" + (kind == Sniffer.Kind.TEXT ? "plain text" : kind.name().toLowerCase(Locale.ROOT)) + ")");
        }
        if (feed.equals("a JSON Feed")) {
            return jsonFeed(bytes, url);
        }
        guardEntities(bytes);
        if (feed.startsWith("a sitemap")) {
            return sitemap(bytes, "text/xml", url);
        }
        return syndication(bytes, contentType, url, feed);
    }

    /** Whether the transport says a feed was meant (a Content-Type or a path of a feed). */
    private static boolean servedAsFeed(String contentType, URI url) {
        return contentType != null && FEED_TYPES.matcher(contentType).find()
                || url.getRawPath() != null && FEEDISH_PATH.matcher(url.getRawPath()).matches();
    }

    private static boolean looksLikeXml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        return head.startsWith("<");
    }

    /**
     * Refuses a document whose DOCTYPE has an internal subset (entity declarations: the billion
     * laughs, external entities). A DOCTYPE that only names an external DTD (RSS 0.91) is harmless
     * because the DTD is never read; it is removed before parsing.
     */
    static void guardEntities(byte[] bytes) throws ListingException {
        String head = prolog(bytes);
        Matcher m = DOCTYPE.matcher(head);
        if (!m.find()) {
            return;
        }
        int end = head.indexOf('>', m.end());
        int bracket = head.indexOf('[', m.end());
        if (bracket >= 0 && (end < 0 || bracket < end) || head.toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
            throw new ListingException("the document declares entities in a DTD: refused (no feed needs them, "
                    + "and none is ever expanded)");
        }
    }

    /** What comes before the root element (up to 64 KB), in ISO-8859-1 (markup is ASCII). */
    private static String prolog(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (bytes.length > 1 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF || bytes[0] == 0 || bytes[1] == 0)) {
            head = Charsets.decode(java.util.Arrays.copyOf(bytes, n), null).text();
        }
        int i = 0;
        while (true) {
            int lt = head.indexOf('<', i);
            if (lt < 0 || lt + 1 >= head.length()) {
                return head;
            }
            char c = head.charAt(lt + 1);
            if (c != '?' && c != '!') {
                return head.substring(0, lt);
            }
            if (head.startsWith("<!--", lt)) {
                int e = head.indexOf("-->", lt + 4);
                if (e < 0) {
                    return head;
                }
                i = e + 3;
            } else if (head.regionMatches(true, lt, "<!DOCTYPE", 0, 9)) {
                // its internal subset may hold '<' and '>': the guard reads on to the end of the head
                return head;
            } else {
                int e = head.indexOf('>', lt);
                if (e < 0) {
                    return head;
                }
                i = e + 1;
            }
        }
    }

    /** The bytes with a DOCTYPE that names only an external DTD removed (ASCII-compatible encodings). */
    private static byte[] stripDoctype(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = DOCTYPE.matcher(s);
        if (!m.find() || m.start() > 64 * 1024) {
            return bytes;
        }
        int end = s.indexOf('>', m.end());
        int bracket = s.indexOf('[', m.end());
        if (end < 0 || bracket >= 0 && bracket < end) {
            return bytes;
        }
        return (s.substring(0, m.start()) + s.substring(end + 1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------------------ RSS and Atom

    private static Listing syndication(byte[] bytes, String contentType, URI url, String kind) throws ListingException {
        SyndFeedInput input = new SyndFeedInput();
        // ROME's own guard (no DOCTYPE at all, no external entities) stays on: the DOCTYPE of an
        // RSS 0.91 feed, which names an external DTD only, is removed first.
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(stripDoctype(bytes)), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new ListingException("invalid " + kind.substring(kind.indexOf(' ') + 1) + ": " + reason(e));
        } catch (IOException e) {
            throw new ListingException("cannot decode " + kind.substring(kind.indexOf(' ') + 1) + ": " + reason(e));
        }
        String language = feed.getLanguage();
        List<Entry> entries = new ArrayList<>(feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
                link = e.getUri();
            }
            String abs = absolute(url, link);
            if (abs == null) {
                continue;
            }
            entries.add(new Entry(abs, e.getTitle() == null ? null : Fetcher.oneLine(e.getTitle()), iso(e.getPublishedDate()),
                    iso(e.getUpdatedDate()), language));
        }
        return new Listing(kind, entries, List.of());
    }

    private static String reason(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? e.getMessage() : c.getMessage();
        return Fetcher.oneLine(m == null ? c.getClass().getSimpleName() : m);
    }

    private static String iso(Date d) {
        return d == null ? null : d.toInstant().toString();
    }

    // ------------------------------------------------------------------------------ JSON Feed

    /** A JSON Feed, read item by item (a large feed is never held as one tree). */
    private static Listing jsonFeed(byte[] bytes, URI url) throws ListingException {
        List<Entry> entries = new ArrayList<>();
        String language = null;
        List<JsonNode> early = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ListingException("invalid JSON Feed: not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("language") && t == JsonToken.VALUE_STRING) {
                    language = p.getText();
                } else if (name.equals("items") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode item = JSON.readTree(p);
                        if (language == null) {
                            early.add(item); // the feed's language may come after its items
                        } else {
                            addJsonItem(entries, item, url, language);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new ListingException("invalid JSON Feed: " + reason(e));
        }
        List<Entry> first = new ArrayList<>();
        for (JsonNode item : early) {
            addJsonItem(first, item, url, language);
        }
        first.addAll(entries);
        return new Listing("a JSON Feed", first, List.of());
    }

    private static void addJsonItem(List<Entry> out, JsonNode item, URI base, String language) {
        String link = text(item, "url");
        if (link == null) {
            link = text(item, "external_url");
        }
        String abs = absolute(base, link);
        if (abs == null) {
            return;
        }
        String lang = text(item, "language");
        out.add(new Entry(abs, text(item, "title"), isoText(text(item, "date_published")),
                isoText(text(item, "date_modified")), lang != null ? lang : language));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String isoText(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------ sitemaps

    private static boolean textSitemap(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        int urls = 0;
        for (String line : head.split("\n", 20)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("http://") && !l.startsWith("https://")) {
                return false;
            }
            urls++;
        }
        return urls > 0;
    }

    private static Listing sitemap(byte[] bytes, String contentType, URI url) throws ListingException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        // All extensions, so that an <image:loc> or <video:loc> is read as what it is, not as a page.
        parser.enableExtensions();
        AbstractSiteMap sm;
        try {
            sm = parser.parseSiteMap(contentType, bytes, url.toURL());
        } catch (UnknownFormatException e) {
            throw new ListingException("invalid sitemap: " + reason(e));
        } catch (IOException | RuntimeException e) {
            throw new ListingException("invalid sitemap: " + reason(e));
        }
        if (sm instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                if (child.getUrl() != null) {
                    children.add(child.getUrl().toString());
                }
            }
            return new Listing("a sitemap index", List.of(), children);
        }
        if (!(sm instanceof SiteMap map)) {
            throw new ListingException("invalid sitemap: unknown kind");
        }
        List<Entry> entries = new ArrayList<>();
        boolean news = false;
        for (SiteMapURL u : map.getSiteMapUrls()) {
            String abs = absolute(url, u.getUrl() == null ? null : u.getUrl().toString());
            if (abs == null) {
                continue;
            }
            String title = null;
            String published = null;
            String language = null;
            ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
            if (meta != null) {
                for (ExtensionMetadata m : meta) {
                    if (m instanceof NewsAttributes n) {
                        news = true;
                        title = n.getTitle();
                        published = n.getPublicationDateTime() == null ? null
                                : n.getPublicationDateTime().toOffsetDateTime().toString();
                        language = n.getLanguage();
                    }
                }
            }
            entries.add(new Entry(abs, title, published, iso(u.getLastModified()), language));
        }
        return new Listing(news ? "a news sitemap" : "a sitemap", entries, List.of());
    }

    // ------------------------------------------------------------------------------ home pages

    /** A home page: its {@code <link rel="alternate">} feeds (the sitemaps of its robots.txt are the round's). */
    private static Listing homePage(byte[] bytes, String contentType, URI url) {
        String html = Charsets.decode(bytes, contentType).text();
        Document doc = Jsoup.parse(html, url.toString());
        Set<String> feeds = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (!(" " + rel + " ").contains(" alternate ")) {
                continue;
            }
            if (type.equals("application/rss+xml") || type.equals("application/atom+xml")
                    || type.equals("application/feed+json") || type.equals("application/rdf+xml")) {
                String abs = absolute(url, link.attr("abs:href"));
                if (abs != null) {
                    feeds.add(abs);
                }
            }
        }
        return new Listing("a home page", List.of(), List.copyOf(feeds));
    }

    /** An absolute http(s) URL for a link, or null. */
    static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI u = base.resolve(URI.create(link.strip().replace(" ", "%20")));
            String s = u.getScheme();
            if (s == null || u.getHost() == null || !(s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"))) {
                return null;
            }
            return u.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads {@code --sources FILE}: an OPML outline's {@code xmlUrl}s, or one source a line ({@code #} comments). */
    public static List<String> sourceList(byte[] bytes, String name) throws ListingException {
        String text = Charsets.decode(bytes, null).text();
        String head = text.stripLeading();
        List<String> out = new ArrayList<>();
        if (head.startsWith("<")) {
            guardEntities(bytes);
            Document doc = Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser());
            if (doc.selectFirst("opml") == null) {
                throw new ListingException(name + ": XML but not OPML (no <opml> element)");
            }
            for (Element o : doc.select("outline[xmlUrl]")) {
                String u = o.attr("xmlUrl").strip();
                if (!u.isEmpty()) {
                    out.add(u);
                }
            }
            for (Element o : doc.select("outline[url]:not([xmlUrl])")) {
                String u = o.attr("url").strip();
                if (!u.isEmpty()) {
                    out.add(u);
                }
            }
            return out;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    /** A URL as a URI, or a one-line reason. */
    static URI uri(String s) throws ListingException {
        try {
            return new java.net.URL(s).toURI();
        } catch (MalformedURLException | java.net.URISyntaxException | IllegalArgumentException e) {
            throw new ListingException("not a URL: " + Fetcher.oneLine(s));
        }
    }
}
