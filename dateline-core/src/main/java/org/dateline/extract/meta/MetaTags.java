package org.dateline.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's {@code <meta>} tags by name: {@code property}, else {@code name}, else {@code itemprop},
 * case-insensitive; the first non-empty content of each. Read once per page, so that looking up
 * the hundred-odd names pages use costs one pass over the DOM.
 */
final class MetaTags {

    private final Map<String, List<String>> byKey;

    private MetaTags(Map<String, List<String>> byKey) {
        this.byKey = byKey;
    }

    static MetaTags of(Document doc) {
        return of(doc.getElementsByTag("meta"));
    }

    /** The keys and values of these {@code <meta>} elements. */
    static MetaTags of(List<Element> metaElements) {
        Map<String, List<String>> out = new HashMap<>();
        for (Element m : metaElements) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.isEmpty() && m.hasAttr("http-equiv")) {
                k = "http-equiv:" + m.attr("http-equiv");
            }
            if (k.isEmpty()) {
                continue;
            }
            String c = m.attr("content").strip();
            if (!c.isEmpty()) {
                out.computeIfAbsent(k.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>(1)).add(c);
            }
        }
        return new MetaTags(out);
    }

    /** The first content for {@code key} (any case), or null. */
    String get(String key) {
        List<String> v = byKey.get(key.toLowerCase(Locale.ROOT));
        return v == null ? null : v.get(0);
    }

    /** Every content for {@code key} (any case), in page order ({@code article:tag} repeats). */
    List<String> all(String key) {
        List<String> v = byKey.get(key.toLowerCase(Locale.ROOT));
        return v == null ? List.of() : v;
    }
}
