package org.dateline.store;

import org.dateline.analyze.Analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speaker names as keys: honorifics dropped, and a short form resolved to the full name the same
 * article uses ("Kirby" → "John Kirby" when the article's entities or other quotes name him so).
 */
public final class Speakers {

    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?i)(mr|mrs|ms|miss|dr|prof|sir|dame|herr|frau|mme|m)\\.?\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Speakers() {
    }

    /** The name to show and count for a quote's speaker, or null when the quote names nobody. */
    public static String canonical(Analysis.Speaker s, Analysis analysis) {
        if (s == null) {
            return null;
        }
        String name = clean(s.name());
        if (name == null) {
            return null;
        }
        String key = key(name);
        for (Analysis.Entity e : analysis.entities()) {
            if (e.name() == null) {
                continue;
            }
            if (key(e.name()).equals(key)) {
                return clean(e.name());
            }
            for (String alias : e.aliases()) {
                if (key(alias).equals(key)) {
                    return clean(e.name());
                }
            }
        }
        if (!name.contains(" ")) {
            String full = uniqueFullName(key, analysis);
            if (full != null) {
                return full;
            }
        }
        return name;
    }

    /** A single-word name resolved by the unique longer name in the article that ends with it. */
    private static String uniqueFullName(String lastName, Analysis analysis) {
        Set<String> found = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (Analysis.Entity e : analysis.entities()) {
            if (e.name() != null && ("person".equals(e.type()) || e.type() == null)) {
                names.add(e.name());
            }
        }
        for (Analysis.Quote q : analysis.quotes()) {
            if (q.speaker() != null && q.speaker().name() != null) {
                names.add(q.speaker().name());
            }
        }
        for (String n : names) {
            String c = clean(n);
            if (c != null && c.contains(" ") && key(c).endsWith(" " + lastName)) {
                found.add(c);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Whitespace collapsed, honorific dropped; null when nothing is left. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String n = SPACE.matcher(name).replaceAll(" ").strip();
        n = HONORIFIC.matcher(n).replaceFirst("");
        return n.isEmpty() ? null : n;
    }

    /** Lower case, accents folded: the form names are compared in. */
    public static String key(String name) {
        String c = clean(name);
        if (c == null) {
            return "";
        }
        String d = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT);
    }

    /** The last word of a key ("john kirby" → "kirby"). */
    public static String lastWord(String key) {
        int sp = key.lastIndexOf(' ');
        return sp < 0 ? key : key.substring(sp + 1);
    }
}
