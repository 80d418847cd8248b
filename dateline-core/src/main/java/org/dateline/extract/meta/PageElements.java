package org.dateline.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements the metadata readers look up by tag or attribute ({@code <script>}, {@code <meta>},
 * {@code <link>}, {@code itemprop}), gathered in one walk of the page instead of one walk each:
 * jsoup's {@code getElementsByTag} visits every node of the document, and four of them cost about
 * 3% of a page's extraction time. Lists are in document order, as jsoup's would be.
 */
final class PageElements {

    final List<Element> scripts = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements out = new PageElements();
        out.walk(doc);
        return out;
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
        switch (e.normalName()) {
            case "script" -> scripts.add(e);
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            default -> {
            }
        }
        if (e.hasAttr("itemprop")) {
            itemprops.add(e);
        }
    }
}
