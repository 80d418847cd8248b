package org.dateline.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements the metadata readers look up by tag or attribute ({@code <script>}, {@code <meta>},
 * {@code <link>}, {@code <h1>}, {@code itemprop}) and every element of the page, gathered in one walk
 * of the page instead of one walk each: jsoup's {@code getElementsByTag} and {@code getAllElements}
 * visit every node of the document, and four of them cost about 3% of a page's extraction time; the
 * dates and the bylines walked the body's elements once more each. Lists are in document order, as
 * jsoup's would be.
 */
final class PageElements {

    final List<Element> scripts = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** Every element of the document in document order, the document first ({@code getAllElements()}). */
    private final List<Element> all = new ArrayList<>();
    private List<Element> body;

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements out = new PageElements();
        out.walk(doc);
        return out;
    }

    /**
     * The elements of {@code body} and below in document order, as {@code body.getAllElements()}
     * gives them (the body's subtree is one run of the document's pre-order), for the body of the
     * walked document; its own walk for any other element.
     */
    List<Element> under(Element root) {
        if (root == null) {
            return List.of();
        }
        int start = all.indexOf(root);
        if (start < 0) {
            return root.getAllElements();
        }
        // the subtree ends where the pre-order reaches the next element after it: a following
        // sibling of the root or of one of its ancestors
        Element next = null;
        for (Element p = root; p != null && next == null; p = p.parent()) {
            next = p.nextElementSibling();
        }
        int end = all.size();
        if (next != null) {
            for (int i = start + 1; i < all.size(); i++) {
                if (all.get(i) == next) {
                    end = i;
                    break;
                }
            }
        }
        return java.util.Collections.unmodifiableList(all.subList(start, end));
    }

    /** {@link #under} of the document's body (of the whole document when it has none), computed once. */
    List<Element> body(Document doc) {
        if (body == null) {
            Element b = doc.body();
            body = under(b == null ? doc : b);
        }
        return body;
    }

    private void walk(Element root) {
        // iterative pre-order walk over elements only (pages nest deeper than the call stack allows)
        Element e = root;
        int depth = 0;
        while (e != null) {
            visit(e);
            Element next = e.firstElementChild();
            if (next != null) {
                depth++;
                e = next;
                continue;
            }
            while (e != null && depth > 0) {
                next = e.nextElementSibling();
                if (next != null) {
                    e = next;
                    break;
                }
                e = e.parent();
                depth--;
            }
            if (depth == 0) {
                break;
            }
        }
    }

    private void visit(Element e) {
        all.add(e);
        switch (e.normalName()) {
            case "script" -> scripts.add(e);
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            case "h1" -> h1s.add(e);
            default -> {
            }
        }
        if (e.hasAttr("itemprop")) {
            itemprops.add(e);
        }
    }
}
