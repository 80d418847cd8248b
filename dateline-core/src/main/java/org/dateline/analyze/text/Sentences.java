package org.dateline.analyze.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences: at {@code . ! ?} (and closing quotes after them) followed by
 * space and an upper-case letter, digit or opening quote, except after common abbreviations and
 * initials. Never inside a quotation that is still open. Linear time.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "st", "jr", "sr", "inc", "corp", "co", "ltd",
            "no", "vs", "etc", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "ave", "blvd", "mt", "ft", "pres", "rev", "hon", "supt", "det", "insp", "dept",
            "univ", "assn", "bros", "e.g", "i.e", "approx", "est", "fig", "al", "nr", "bzw", "ca", "dr", "hr", "str",
            "vgl", "z.b", "u.a", "d.h", "bzw", "evtl", "ggf", "inkl", "mio", "mrd", "tel", "sog", "usw")); // copyOf: the list repeats "dr", "bzw"

    private Sentences() {
    }

    public static List<Span> split(String t, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        int i = start;
        while (i < end) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < end && (t.charAt(j) == '.' || t.charAt(j) == '!' || t.charAt(j) == '?')) {
                    j++;
                }
                while (j < end && isClosingQuote(t.charAt(j))) {
                    j++;
                }
                int k = j;
                while (k < end && (t.charAt(k) == ' ' || t.charAt(k) == '\u00A0')) {
                    k++;
                }
                if (k > j && k < end && startsSentence(t.charAt(k)) && !(c == '.' && isAbbreviation(t, start, i))) {
                    out.add(trim(t, start, j));
                    start = k;
                    i = k;
                    continue;
                }
                if (k < end && t.charAt(k) == '\n') {
                    out.add(trim(t, start, j));
                    start = k;
                    i = k;
                    continue;
                }
            } else if (c == '\n') {
                // A line break inside a paragraph (lists, datelines) ends a sentence.
                if (i > start) {
                    Span s = trim(t, start, i);
                    if (s.length() > 0) {
                        out.add(s);
                    }
                }
                start = i + 1;
            }
            i++;
        }
        if (start < end) {
            Span s = trim(t, start, end);
            if (s.length() > 0) {
                out.add(s);
            }
        }
        out.removeIf(s -> s.length() == 0);
        return out;
    }

    private static Span trim(String t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == '«' || c == '“' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '„' || c == '‘'
                || c == '\'' || c == '«' || c == '»' || c == '(' || c == '[' || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean isAbbreviation(String t, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.')) {
            w--;
        }
        String word = t.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word);
    }
}
