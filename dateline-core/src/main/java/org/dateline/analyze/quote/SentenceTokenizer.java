package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;
import org.dateline.analyze.lex.Token.Kind;
import org.dateline.analyze.text.QuoteMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The quote finder's tokens of a sentence: words (which may start with a digit and hold hyphens,
 * "US-Präsident", "58-Jährige"; an abbreviation or an initial keeps its period), a possessive "'s" as
 * a token of its own, punctuation marks, and every quotation inside the sentence as one
 * {@link Kind#QUOTE} token, so that words inside a quotation are never read as the sentence's own
 * verbs. The matching form ({@link Token#lower()}) is {@link SpeechLexicon#norm}.
 */
final class SentenceTokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "st", "jr", "sr", "inc", "corp", "co", "ltd",
            "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "ave", "mt", "ft", "pres", "rev", "hon", "supt", "det", "insp", "dept", "atty", "amb", "fr",
            "bzw", "ca", "hr", "str", "vgl", "nr", "abs", "dipl", "ing", "mio", "mrd", "sog", "ggf", "evtl", "inkl");

    private SentenceTokenizer() {
    }

    /**
     * The tokens of {@code [from, to)} of {@code t}. Closed quotations of {@code quotes} that lie
     * inside the range become single QUOTE tokens; an unclosed one runs to {@code to}. Linear.
     */
    static List<Token> tokenize(String t, int from, int to, List<QuoteMarks.Pair> paragraphQuotes) {
        List<QuoteMarks.Pair> quotes = within(paragraphQuotes, from, to);
        Set<Integer> markStarts = new java.util.HashSet<>();
        for (QuoteMarks.Pair p : quotes) {
            markStarts.add(p.openMark().start());
            if (p.closed()) {
                markStarts.add(p.closeMark().start());
            }
        }
        List<Token> out = new ArrayList<>();
        int q = 0;
        int i = from;
        while (i < to) {
            while (q < quotes.size() && quotes.get(q).openMark().start() < i) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).openMark().start() == i) {
                QuoteMarks.Pair p = quotes.get(q);
                int end = p.closed() ? p.closeMark().end() : p.content().end();
                if (end <= to) {
                    out.add(new Token(Kind.QUOTE, i, end, t.substring(i, end), "\"", p));
                    i = end;
                    q++;
                    continue;
                }
            }
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (letterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = t.charAt(j);
                    if (letterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK
                            || mojibake(t, j)) {
                        j++;
                    } else if ((d == '-' || d == '&' || d == '\'' || d == '’' || d == '`') && j + 1 < to
                            && letterOrDigit(t.charAt(j + 1)) && !markStarts.contains(j)) {
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < to && Character.isDigit(t.charAt(j - 1))
                            && Character.isDigit(t.charAt(j + 1))) {
                        j++;
                    } else if (d == '.' && j + 1 < to && Character.isLetter(t.charAt(j + 1))
                            && j + 2 < to && t.charAt(j + 2) == '.') {
                        j++; // U.S., D.C.
                    } else {
                        break;
                    }
                }
                // Possessive 's as its own token: "Clinton’s" -> "Clinton" "’s".
                int wordEnd = j;
                if (j - i > 2 && (t.charAt(j - 1) == 's' || t.charAt(j - 1) == 'S')
                        && (t.charAt(j - 2) == '\'' || t.charAt(j - 2) == '’' || t.charAt(j - 2) == '`')) {
                    wordEnd = j - 2;
                }
                // A trailing period belongs to an abbreviation or an initial.
                if (wordEnd == j && j < to && t.charAt(j) == '.') {
                    String w = t.substring(i, j);
                    boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
                    if (initial || w.indexOf('.') > 0 || ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                        j++;
                        wordEnd = j;
                    }
                }
                String w = t.substring(i, wordEnd);
                out.add(new Token(Kind.WORD, i, wordEnd, w, SpeechLexicon.norm(w)));
                if (wordEnd < j) {
                    out.add(new Token(Kind.PUNCT, wordEnd, j, t.substring(wordEnd, j), "'s"));
                }
                i = j;
                continue;
            }
            // Wire copy's double hyphen is a dash.
            int j = i + 1;
            if (c == '-' && j < to && t.charAt(j) == '-') {
                j++;
            }
            String p = t.substring(i, j);
            out.add(new Token(Kind.PUNCT, i, j, p, SpeechLexicon.norm(p)));
            i = j;
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit(char)}, without the Unicode look-up for ASCII. */
    private static boolean letterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /**
     * UTF-8 read as Latin-1 or Windows-1252 inside a word ("FranÃ§ois", "FranÃÂ§ois" for François,
     * "Donâ€™t"): the continuation byte after a lead "Ã"/"Â" or "â€" shows as a symbol (§, ©, ™); it
     * belongs to the word, or the name is cut in two at it.
     */
    private static boolean mojibake(String t, int j) {
        char d = t.charAt(j);
        char p = t.charAt(j - 1);
        if (d >= '\u0080' && d <= '\u00BF' && d != '\u00A0' && d != '\u00AB' && d != '\u00BB' && j + 1 < t.length()) {
            char n = t.charAt(j + 1);
            boolean after = Character.isLetter(p) || Character.getType(p) == Character.NON_SPACING_MARK
                    || p >= '\u0080' && p <= '\u009F';
            boolean before = Character.isLetter(n) || n >= '\u0080' && n != '\u00A0' && n <= '\u00BF' && n != '\u00AB' && n != '\u00BB';
            return after && before;
        }
        return p == '\u00E2' && d == '\u20AC' || j >= 2 && p == '\u20AC' && t.charAt(j - 2) == '\u00E2'
                && !Character.isWhitespace(d);
    }

    /** The quotations that open in {@code [from, to)}; binary search, so a sentence costs its own size. */
    private static List<QuoteMarks.Pair> within(List<QuoteMarks.Pair> quotes, int from, int to) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).openMark().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < quotes.size() && quotes.get(end).openMark().start() < to) {
            end++;
        }
        return quotes.subList(lo, end);
    }
}
