package org.dateline.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The article body a page states in its JSON-LD ({@code articleBody}): paywalled pages show a
 * teaser in the DOM and give search engines the whole text there. Used only as a rescue, when the
 * DOM gave much less and what it gave is the start of the stated body. Thread-safe.
 */
final class StructuredBody {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true)
            .configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true)
            .configure(JsonParser.Feature.ALLOW_TRAILING_COMMA, true);

    /** JSON-LD blocks read per page, and nodes visited per block: bounds on untrusted input. */
    private static final int MAX_SCRIPTS = 20;
    private static final int MAX_NODES = 20_000;

    private StructuredBody() {
    }

    /** The longest {@code articleBody} of the page's JSON-LD as paragraphs, or null. */
    static String articleBody(Document doc) {
        String best = null;
        int scripts = 0;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            if (++scripts > MAX_SCRIPTS) {
                break;
            }
            String data = s.data();
            if (!data.contains("articleBody")) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (Exception e) {
                continue;
            }
            Deque<JsonNode> stack = new ArrayDeque<>();
            stack.push(root);
            int visited = 0;
            while (!stack.isEmpty() && visited++ < MAX_NODES) {
                JsonNode n = stack.pop();
                if (n.isObject()) {
                    JsonNode ab = n.get("articleBody");
                    if (ab != null && ab.isTextual() && (best == null || ab.asText().length() > best.length())) {
                        best = ab.asText();
                    }
                    n.elements().forEachRemaining(stack::push);
                } else if (n.isArray()) {
                    n.elements().forEachRemaining(stack::push);
                }
            }
        }
        if (best == null) {
            return null;
        }
        if (best.indexOf('<') >= 0) {
            // some CMSes put the body's HTML there: read its paragraphs
            StringBuilder sb = new StringBuilder();
            for (Element p : Jsoup.parseBodyFragment(best).select("p, h2, h3, li, blockquote")) {
                String t = p.text().strip();
                if (!t.isEmpty() && p.selectFirst("p, li") == null) {
                    sb.append(sb.length() > 0 ? "\n\n" : "").append(t);
                }
            }
            best = sb.length() > 0 ? sb.toString() : Jsoup.parseBodyFragment(best).text();
        }
        String[] lines = best.split("\\s*\\n\\s*");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty()) {
                sb.append(sb.length() > 0 ? "\n\n" : "").append(t);
            }
        }
        return sb.toString();
    }
}
