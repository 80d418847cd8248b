package org.dateline.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD blocks of a page, flattened: top-level objects, arrays, {@code @graph} members and
 * nested objects ({@code mainEntity}, {@code hasPart}, ...) become one list of nodes, and
 * {@code {"@id": …}} references are resolved against the nodes that define them (Yoast-style graphs
 * put the article's author in a separate Person node). Immutable once built; one per page.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true)
            .configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true)
            .configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true)
            .configure(JsonParser.Feature.ALLOW_TRAILING_COMMA, true)
            .configure(JsonParser.Feature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, true);

    /** Types whose node describes the article itself. */
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "factcheck", "socialmediaposting", "liveblogposting", "techarticle",
            "scholarlyarticle", "report", "posting", "blog", "videoobject", "review", "satiricalarticle",
            "medicalscholarlyarticle", "advertisertcontentarticle", "discussionforumposting", "claimreview",
            "recipe", "howto", "podcastepisode", "newsmediaarticle");
    /** Types that describe the page but not as an article: a fallback for headline and dates. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "medicalwebpage", "creativework",
            "collectionpage", "aboutpage", "profilepage", "qapage", "event");

    /** Bounds on untrusted input: a page's JSON-LD is small; megabytes of it are not metadata. */
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_NODES = 2_000;

    /** Every object node, in document order (parents before children). */
    private final List<Node> nodes;
    private final Map<String, JsonNode> byId;

    /** A JSON-LD object and how deep it sits (0 = a script's top level or a {@code @graph} member). */
    record Node(JsonNode json, int depth) {
    }

    private JsonLd(List<Node> nodes, Map<String, JsonNode> byId) {
        this.nodes = nodes;
        this.byId = byId;
    }

    static JsonLd of(Document doc) {
        return of(doc.getElementsByTag("script"));
    }

    /** The JSON-LD of these {@code <script>} elements (the others are skipped). */
    static JsonLd of(List<Element> scripts) {
        List<Node> nodes = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element s : scripts) {
            // a tag walk and a plain comparison: the selector's regular expression cost a few
            // percent of a page's extraction time
            if (!s.attr("type").toLowerCase(java.util.Locale.ROOT).contains("application/ld+json")) {
                continue;
            }
            String json = s.data().strip();
            if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            if (json.startsWith("<!--")) {
                json = json.replaceFirst("^<!--", "").replaceFirst("-->\\s*$", "");
            }
            try {
                collect(JSON.readTree(json), nodes, byId, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common (a stray comma, two objects pasted together); the other
                // layers of the page still speak.
            }
        }
        return new JsonLd(nodes, byId);
    }

    static JsonLd parse(String json) {
        List<Node> nodes = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        try {
            collect(JSON.readTree(json), nodes, byId, 0);
        } catch (Exception e) {
            // as above
        }
        return new JsonLd(nodes, byId);
    }

    private static void collect(JsonNode n, List<Node> out, Map<String, JsonNode> byId, int depth) {
        if (n == null || depth > MAX_DEPTH || out.size() >= MAX_NODES) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, out, byId, depth);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        JsonNode graph = n.get("@graph");
        if (graph != null) {
            collect(graph, out, byId, depth);
        }
        if (n.size() > (graph != null ? 2 : 0)) {
            out.add(new Node(n, depth));
            JsonNode id = n.get("@id");
            if (id != null && id.isTextual() && n.size() > 1) {
                byId.putIfAbsent(id.asText(), n);
            }
        }
        var fields = n.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String k = e.getKey();
            if (k.equals("@graph")) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                collect(v, out, byId, depth + 1);
            }
        }
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The node that describes the article: an article type, shallowest first, the one matching the URL when several. */
    JsonNode article(String url) {
        JsonNode best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Node n : nodes) {
            int kind = kind(n.json());
            if (kind == 0) {
                continue;
            }
            // Article types beat page types; a node at the top level beats one nested in a list of
            // related stories; a node that names the page's URL beats the rest.
            int score = (kind == 2 ? 100 : 0) - 10 * Math.min(n.depth(), 5);
            if (n.json().has("headline")) {
                score += 5;
            }
            if (url != null && matchesUrl(n.json(), url)) {
                score += 20;
            }
            if (score > bestScore) {
                bestScore = score;
                best = n.json();
            }
        }
        return best;
    }

    /** 2 for an article type, 1 for a page type, 0 otherwise. */
    static int kind(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return 0;
        }
        int k = 0;
        if (t.isArray()) {
            for (JsonNode x : t) {
                k = Math.max(k, kind(x.asText()));
            }
            return k;
        }
        return kind(t.asText());
    }

    private static int kind(String type) {
        String s = type.toLowerCase(Locale.ROOT);
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        if (s.startsWith("schema:")) {
            s = s.substring(7);
        }
        return ARTICLE_TYPES.contains(s) ? 2 : PAGE_TYPES.contains(s) ? 1 : 0;
    }

    private static boolean matchesUrl(JsonNode n, String url) {
        String u = strip(url);
        for (String f : new String[]{"url", "@id", "mainEntityOfPage"}) {
            JsonNode v = n.get(f);
            if (v != null && v.isObject()) {
                v = v.get("@id");
            }
            if (v != null && v.isTextual() && !u.isEmpty() && strip(v.asText()).equals(u)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "");
        int cut = u.indexOf('#');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        cut = u.indexOf('?');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** All nodes of one of the given types (lower case, e.g. {@code website}, {@code organization}). */
    List<JsonNode> ofType(String... types) {
        List<JsonNode> out = new ArrayList<>();
        for (Node n : nodes) {
            JsonNode t = n.json().get("@type");
            if (t == null) {
                continue;
            }
            for (String want : types) {
                if (hasType(t, want)) {
                    out.add(n.json());
                    break;
                }
            }
        }
        return out;
    }

    static boolean hasType(JsonNode t, String want) {
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (hasType(x, want)) {
                    return true;
                }
            }
            return false;
        }
        String s = t.asText().toLowerCase(Locale.ROOT);
        return s.equals(want) || s.endsWith("/" + want) || s.endsWith(":" + want);
    }

    /** A node's field as text (first of an array; an object's {@code name}); HTML entities decoded. */
    String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = resolve(n.get(field));
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            if (v.isEmpty()) {
                return null;
            }
            v = resolve(v.get(0));
        }
        String s = null;
        if (v.isTextual() || v.isNumber()) {
            s = v.asText();
        } else if (v.isObject()) {
            JsonNode name = v.has("name") ? v.get("name") : v.get("@value");
            s = name == null || !name.isValueNode() ? null : name.asText();
        }
        return clean(s);
    }

    /** Follows an {@code {"@id": …}} reference to the node that defines it. */
    JsonNode resolve(JsonNode v) {
        if (v != null && v.isObject() && v.size() == 1 && v.has("@id")) {
            JsonNode target = byId.get(v.get("@id").asText());
            return target == null ? v : target;
        }
        return v;
    }

    /** A text value: entities decoded (many CMSs escape HTML inside JSON), whitespace collapsed. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
            if (t.indexOf('&') >= 0) {
                t = Parser.unescapeEntities(t, false);
            }
        }
        t = repairMojibake(t.replaceAll("[\\s\\u00a0]+", " ").strip());
        return t.isEmpty() ? null : t;
    }

    /**
     * UTF-8 read as windows-1252 ("sanciÃ³n", "donâ€™t"), as CMSs sometimes write into meta tags of
     * pages that are otherwise right: re-read when the bytes make valid UTF-8, else left as it is.
     */
    static String repairMojibake(String s) {
        if (s.indexOf('Ã') < 0 && s.indexOf('â') < 0 && s.indexOf('Â') < 0) {
            return s;
        }
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        java.nio.charset.CharsetEncoder enc = cp1252.newEncoder();
        if (!enc.canEncode(s)) {
            return s;
        }
        try {
            java.nio.ByteBuffer bytes = enc.encode(java.nio.CharBuffer.wrap(s));
            String fixed = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return fixed.length() < s.length() ? fixed : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            return s;
        }
    }

    /** An author entry: a name, and whether the page says it is a person (false for an organisation). */
    record Author(String name, boolean person) {
    }

    /** The authors of a node ({@code author}, else {@code creator}): names of persons and organisations. */
    List<Author> authors(JsonNode article) {
        List<Author> out = new ArrayList<>();
        if (article == null) {
            return out;
        }
        JsonNode a = article.get("author");
        if (a == null || a.isNull() || a.isEmpty() && !a.isTextual()) {
            a = article.get("creator");
        }
        if (a == null) {
            return out;
        }
        List<JsonNode> list = new ArrayList<>();
        if (a.isArray()) {
            a.forEach(list::add);
        } else {
            list.add(a);
        }
        for (JsonNode x : list) {
            x = resolve(x);
            if (x == null) {
                continue;
            }
            if (x.isTextual()) {
                String s = clean(x.asText());
                if (s != null) {
                    out.add(new Author(s, true));
                }
                continue;
            }
            if (!x.isObject()) {
                continue;
            }
            String name = text(x, "name");
            if (name == null && (x.has("givenName") || x.has("familyName"))) {
                String given = text(x, "givenName");
                String family = text(x, "familyName");
                name = clean(((given == null ? "" : given) + " " + (family == null ? "" : family)));
            }
            if (name == null) {
                continue;
            }
            JsonNode type = x.get("@type");
            boolean org = type != null && (hasType(type, "organization") || hasType(type, "newsmediaorganization")
                    || hasType(type, "corporation") || hasType(type, "organisation"));
            out.add(new Author(name, !org));
        }
        return out;
    }
}
