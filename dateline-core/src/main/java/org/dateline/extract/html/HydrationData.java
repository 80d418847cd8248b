package org.dateline.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The article's HTML as a script-rendered page ships it for hydration, when the served DOM holds
 * next to none of it. Two framework conventions are read: Next.js's pages router puts the page's
 * data in {@code <script id="__NEXT_DATA__">} (JSON; the body is a string field holding HTML), and
 * its app router streams React Server Components through {@code self.__next_f.push([1, "..."])}
 * scripts whose concatenated payload carries long HTML strings as text records
 * ({@code <id>:T<hex byte length>,<text>}). The longest string holding paragraph markup is taken.
 * Used only as a rescue when the DOM gave almost nothing. Thread-safe; bounded on untrusted input.
 */
final class HydrationData {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true);

    /** Payload characters read per page and JSON nodes visited: bounds on untrusted input. */
    private static final int MAX_CHARS = 8_000_000;
    private static final int MAX_NODES = 200_000;
    /** An HTML string shorter than this is a teaser or a caption, not a body. */
    private static final int MIN_HTML = 400;

    private HydrationData() {
    }

    /** The longest HTML string with paragraphs in the page's hydration data, or null. */
    static String articleHtml(Document doc) {
        String best = null;
        int budget = MAX_CHARS;
        StringBuilder flight = null;
        for (Element s : doc.getElementsByTag("script")) {
            if (budget <= 0) {
                break;
            }
            if ("__NEXT_DATA__".equals(s.id())) {
                String data = s.data();
                budget -= data.length();
                best = longer(best, fromJson(data));
                continue;
            }
            String data = s.data();
            if (!data.startsWith("self.__next_f.push(")) {
                continue;
            }
            budget -= data.length();
            String chunk = pushedString(data);
            if (chunk != null) {
                if (flight == null) {
                    flight = new StringBuilder();
                }
                flight.append(chunk);
            }
        }
        if (flight != null) {
            best = longer(best, fromFlight(flight));
        }
        return best;
    }

    private static String longer(String a, String b) {
        return b != null && (a == null || b.length() > a.length()) ? b : a;
    }

    private static boolean isBodyHtml(String s) {
        return s.length() >= MIN_HTML && s.contains("<p") && s.contains("</p>");
    }

    /** The string argument of {@code self.__next_f.push([1,"..."])}, decoded, or null. */
    private static String pushedString(String script) {
        int open = script.indexOf('[');
        int close = script.lastIndexOf(']');
        if (open < 0 || close <= open) {
            return null;
        }
        try {
            JsonNode a = JSON.readTree(script.substring(open, close + 1));
            if (a.isArray() && a.size() >= 2 && a.get(0).asInt(-1) == 1 && a.get(1).isTextual()) {
                return a.get(1).asText();
            }
        } catch (Exception e) {
            // not the streaming payload after all
        }
        return null;
    }

    /** The longest text record holding paragraphs in a React Server Components payload. */
    private static String fromFlight(CharSequence p) {
        String best = null;
        int n = p.length();
        int i = 0;
        while (i < n) {
            // a record starts a line: hex id, ':', type letter; 'T' records give their length in hex
            int j = i;
            while (j < n && isHex(p.charAt(j))) {
                j++;
            }
            if (j > i && j + 2 < n && p.charAt(j) == ':' && p.charAt(j + 1) == 'T') {
                int k = j + 2;
                int len = 0;
                while (k < n && isHex(p.charAt(k)) && len < (1 << 26)) {
                    len = len * 16 + Character.digit(p.charAt(k), 16);
                    k++;
                }
                if (k < n && p.charAt(k) == ',') {
                    int start = k + 1;
                    int end = advanceUtf8(p, start, len);
                    String text = p.subSequence(start, end).toString();
                    if (isBodyHtml(text)) {
                        best = longer(best, text);
                    }
                    i = end;
                    continue;
                }
            }
            int nl = indexOf(p, '\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        return best;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /** The index after {@code bytes} bytes of UTF-8 from {@code start} (record lengths count bytes). */
    private static int advanceUtf8(CharSequence s, int start, int bytes) {
        int i = start;
        int n = s.length();
        while (i < n && bytes > 0) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes -= 1;
            } else if (c < 0x800) {
                bytes -= 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                bytes -= 4;
                i++;
            } else {
                bytes -= 3;
            }
            i++;
        }
        return i;
    }

    /** The longest string value holding paragraphs in a JSON document. */
    private static String fromJson(String data) {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (Exception e) {
            return null;
        }
        String best = null;
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int visited = 0;
        while (!stack.isEmpty() && visited++ < MAX_NODES) {
            JsonNode n = stack.pop();
            if (n.isTextual()) {
                String t = n.asText();
                if (isBodyHtml(t)) {
                    best = longer(best, t);
                }
            } else if (n.isContainerNode()) {
                n.elements().forEachRemaining(stack::push);
            }
        }
        return best;
    }
}
