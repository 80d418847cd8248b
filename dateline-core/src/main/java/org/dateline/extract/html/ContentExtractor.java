package org.dateline.extract.html;

import org.dateline.extract.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body in a parsed page: drops what is never content (scripts, navigation,
 * share bars, cookie notices), scores block containers by the prose they hold, takes the best one
 * and writes its blocks as paragraphs. Iterative traversals only: nesting depth cannot overflow.
 */
public final class ContentExtractor {

    /** The body text and the related-story links found next to it. */
    public record Body(String text, List<Article.Link> related) {
    }

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "canvas",
            "nav", "footer", "aside", "button", "select", "input", "textarea", "template", "form", "object", "embed",
            "figcaption", "menu", "dialog");

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?:^|[-_\\s])(?:share|sharing|social|comment|comments|related|newsletter|cookie|consent|subscribe|subscription|promo|advert|ads?|sidebar|footer|nav|navbar|menu|breadcrumbs?|tags|tag-list|author-bio|byline|paywall|signup|sign-up|login|popup|modal|banner|widget|teaser|recommend|more-stories|read-more|readmore|outbrain|taboola)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "dd", "dt", "td", "th", "div", "section", "article", "header", "main", "figure", "table", "ul", "ol", "dl",
            "tr", "tbody", "thead", "center", "address", "details", "summary", "hr", "br", "h1");

    public Body extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return new Body("", List.of());
        }
        prune(body);
        Element best = bestContainer(body);
        if (best == null) {
            best = body;
        }
        List<String> paragraphs = paragraphs(best, title);
        return new Body(String.join("\n\n", paragraphs), List.of());
    }

    private static void prune(Element root) {
        List<Element> remove = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String tag = e.normalName();
            if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                remove.add(e);
                continue;
            }
            String cls = e.className() + " " + e.id();
            if (!cls.isBlank() && !"body".equals(tag) && !"html".equals(tag) && !"article".equals(tag)
                    && !"main".equals(tag) && BOILERPLATE.matcher(cls).find()) {
                remove.add(e);
            }
        }
        for (Element e : remove) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, div > br")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double linkLen = 0;
            for (Element a : p.getElementsByTag("a")) {
                linkLen += a.text().length();
            }
            double s = (1 + count(text, ',') + Math.min(3, text.length() / 100.0)) * (1 - linkLen / Math.max(1, text.length()));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, s / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element root, String title) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        if (title != null && !out.isEmpty() && out.get(0).equals(title)) {
            out.remove(0);
        }
        return out;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        sb.setLength(0);
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
