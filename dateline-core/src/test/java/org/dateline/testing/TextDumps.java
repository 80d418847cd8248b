package org.dateline.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * A page as a scraper's "get text" gives it (BeautifulSoup's {@code get_text("\n")}, a browser's
 * {@code innerText}, "save as text"): every text node, a line break at each block element, no
 * script or style; spaces collapsed and blank lines dropped. Menus, share bars, cookie banners and
 * footers stay in, as in the seed.
 */
public final class TextDumps {

    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "footer", "nav", "section", "article", "aside", "table", "tr", "td", "th", "blockquote",
            "figure", "figcaption", "form", "title", "dt", "dd", "pre", "main");

    private TextDumps() {
    }

    public static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, svg").remove();
        StringBuilder sb = new StringBuilder(html.length() / 4);
        // The <title> first, as html.parser-based dumps give it.
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        };
        doc.traverse(visitor);
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n")) {
            String l = line.replaceAll("[ \\t\\r\\f\\u000B\\u00A0]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A dump as the converters that wrap give it (html2text at 78 columns, pandoc at 72, lynx and
     * w3m at 80): each line of {@code dump} filled greedily to {@code width} characters, a blank
     * line after each.
     */
    public static String wrapped(String dump, int width) {
        StringBuilder out = new StringBuilder(dump.length() + dump.length() / 20);
        for (String line : dump.split("\n")) {
            int col = 0;
            for (String word : line.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (col > 0 && col + 1 + word.length() > width) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
