package org.dateline.analyze.lex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of word endings ("-minister", "-sprecher", "-verband") tested against a word by its last
 * character first: a word is compared only with the endings that end as it does, not with all of
 * them (the role and organisation tests run on every capitalised word of an article). Built once,
 * then read-only and thread-safe.
 */
public final class Suffixes {

    private final Map<Character, String[]> byLast;
    private final boolean empty;

    public Suffixes(Collection<String> suffixes) {
        Map<Character, List<String>> m = new HashMap<>();
        boolean e = false;
        for (String s : suffixes) {
            if (s.isEmpty()) {
                e = true;
            } else {
                m.computeIfAbsent(s.charAt(s.length() - 1), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Character, String[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        this.byLast = Map.copyOf(out);
        this.empty = e;
    }

    /**
     * Whether {@code word} ends with one of the endings and has more than {@code more} characters
     * besides it ({@code more} = -1: any word that ends so, the ending alone included).
     */
    public boolean endsWordOf(String word, int more) {
        if (empty && word.length() > more) {
            return true;
        }
        if (word.isEmpty()) {
            return false;
        }
        String[] candidates = byLast.get(word.charAt(word.length() - 1));
        if (candidates == null) {
            return false;
        }
        for (String s : candidates) {
            if (word.endsWith(s) && word.length() > s.length() + more) {
                return true;
            }
        }
        return false;
    }
}
