package org.dateline.page;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds what a document is from its first bytes: WARC, HTML, plain text, or binary (not a document).
 * Magic bytes and content decide; the file name is only a tie-breaker the caller may apply.
 */
public final class Sniffer {

    /** How many leading bytes are looked at (a reader that buffers a stream's head needs this many). */
    public static final int SNIFF_BYTES = 8 * 1024;

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|link|script|style|div|p|article|section|header|table|h[1-6]|!--)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_ANYWHERE = Pattern.compile(
            "<(?:html|body|head)[\\s>]|</(?:p|div|a|span|li|td|body|html)>", Pattern.CASE_INSENSITIVE);

    /** What comes before a feed's or sitemap's root element: a BOM, space, declarations, comments. */
    private static final Pattern XML_PROLOG = Pattern.compile(
            "\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*+<([A-Za-z_][\\w:.-]*)([^>]*)", Pattern.DOTALL);
    private static final Pattern JSON_FEED = Pattern.compile(
            "\\A\\s*+\\{[^}]*?\"version\"\\s*:\\s*\"https?:(?:\\\\?/){2}jsonfeed\\.org", Pattern.DOTALL);

    /**
     * The verdict on some bytes. {@code FEED}: an RSS, Atom or JSON Feed, or a sitemap: a list of
     * articles, not an article ({@link #feedName} says which).
     */
    public enum Kind { WARC, HTML, TEXT, BINARY, EMPTY, FEED }

    private Sniffer() {
    }

    public static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** Sniffs decompressed bytes. */
    public static Kind sniff(byte[] bytes) {
        return sniff(bytes, Math.min(bytes.length, SNIFF_BYTES));
    }

    /** Sniffs the first {@code length} bytes of {@code bytes}. */
    public static Kind sniff(byte[] bytes, int length) {
        int n = Math.min(length, Math.min(bytes.length, SNIFF_BYTES));
        if (n == 0 || isBlank(bytes, n)) {
            return Kind.EMPTY;
        }
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (head.startsWith("WARC/")) {
            return Kind.WARC;
        }
        boolean utf16 = n >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
        if (utf16) {
            head = new String(bytes, 0, n, (bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else if (looksBinary(bytes, n)) {
            return markupDense(bytes, n) ? Kind.HTML : Kind.BINARY;
        }
        String stripped = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
        if (stripped.startsWith("\uFEFF")) {
            stripped = stripped.substring(1);
        }
        if (feedName(stripped) != null) {
            return Kind.FEED;
        }
        if (stripped.regionMatches(true, 0, "<?xml", 0, 5)) {
            String lower = stripped.toLowerCase(Locale.ROOT);
            return lower.contains("<html") ? Kind.HTML : Kind.TEXT;
        }
        if (HTML_START.matcher(stripped).lookingAt()) {
            return Kind.HTML;
        }
        // Markup that does not start the file (a banner line, a stray byte) still makes it HTML
        // when structural tags show up early.
        return HTML_ANYWHERE.matcher(stripped).find() ? Kind.HTML : Kind.TEXT;
    }

    /** What feed or sitemap the bytes are ("an RSS feed", "a sitemap index"…), or null when none. */
    public static String feedName(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        return feedName(head);
    }

    /**
     * The feed or sitemap a document's head starts: by its root element (a feed reader's and a
     * search engine's own test), or a JSON object whose {@code version} is a JSON Feed's.
     */
    static String feedName(String head) {
        int i = 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        if (i >= head.length()) {
            return null;
        }
        char c = head.charAt(i);
        if (c == '{') {
            return JSON_FEED.matcher(head).lookingAt() ? "a JSON Feed" : null;
        }
        if (c != '<') {
            return null;
        }
        java.util.regex.Matcher m = XML_PROLOG.matcher(head);
        if (!m.lookingAt()) {
            return null;
        }
        String root = m.group(1);
        String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        String attrs = m.group(2);
        return switch (local) {
            case "rss" -> "an RSS feed";
            case "feed" -> attrs.contains("http://www.w3.org/2005/Atom") || attrs.contains("purl.org/atom")
                    ? "an Atom feed" : null;
            case "rdf" -> head.contains("purl.org/rss/1.0") || head.contains("<channel") ? "an RSS 1.0 feed" : null;
            case "urlset" -> attrs.contains("sitemaps.org") || attrs.contains("google.com/schemas/sitemap")
                    ? "a sitemap" : null;
            case "sitemapindex" -> "a sitemap index";
            default -> null;
        };
    }

    /**
     * Damaged HTML (a crawl with NUL padding, a fuzzed page) is still HTML when tags are dense:
     * at least 8 tag starts ({@code <} then a letter, {@code /}, {@code !} or {@code ?}) per KB, ten
     * times what random bytes give (about 0.8 per KB), and NUL in under a tenth of the bytes.
     */
    static boolean markupDense(byte[] b, int n) {
        int tags = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c == '<' && i + 1 < n) {
                int d = b[i + 1] & 0xFF;
                if ((d | 0x20) >= 'a' && (d | 0x20) <= 'z' || d == '/' || d == '!' || d == '?') {
                    tags++;
                }
            }
        }
        return nul * 10 < n && tags * 1024L >= 8L * n;
    }

    private static boolean isBlank(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
                return false;
            }
        }
        return b.length <= n;
    }

    /**
     * Text in any ASCII-compatible charset has no NUL and few C0 controls; random or compressed bytes
     * have many. UTF-8 is checked separately so that CJK text is not taken for binary.
     */
    private static boolean looksBinary(byte[] b, int n) {
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C && c != 0x1B) {
                controls++;
            }
        }
        if (controls * 100 > n) {
            return true;
        }
        // Many high bytes that are not UTF-8, and no markup at all: most likely compressed or random.
        int high = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                high++;
            }
        }
        if (high * 100 > n * 30 && !validUtf8Prefix(b, n)) {
            String head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
            return head.indexOf('<') < 0 && head.indexOf(' ') < 0;
        }
        return false;
    }

    private static boolean validUtf8Prefix(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : -1;
            if (len < 0) {
                return false;
            }
            if (i + len > n) {
                return true; // cut at the sniff boundary
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += len;
        }
        return true;
    }
}
