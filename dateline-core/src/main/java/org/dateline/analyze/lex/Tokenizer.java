package org.dateline.analyze.lex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a span of text into {@link Token}s in one left-to-right pass (linear time, no regular
 * expressions). Words are runs of letters and digits starting with a letter, with inner
 * apostrophes ("we’re", "Russia`s") and dotted initials ("U.S.", "a.m.") kept whole; numbers are
 * runs of digits with inner {@code .}/{@code ,} groups; every other non-space character is a token
 * of its own. A hyphenated word is three tokens ("4-year-old" is five): callers see the hyphen and
 * whether tokens touch.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String s) {
        return tokenize(s, 0, s.length());
    }

    public static List<Token> tokenize(String s, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                i = wordEnd(s, i, to);
                String text = s.substring(start, i);
                out.add(new Token(Token.Kind.WORD, start, i, text, lower(text)));
            } else if (c >= '0' && c <= '9') {
                i = numberEnd(s, i, to);
                String text = s.substring(start, i);
                out.add(new Token(Token.Kind.NUMBER, start, i, text, text));
            } else {
                i++;
                String text = s.substring(start, i);
                out.add(new Token(Token.Kind.PUNCT, start, i, text, text));
            }
        }
        return out;
    }

    private static int wordEnd(String s, int i, int to) {
        int start = i;
        while (i < to && isWordChar(s.charAt(i))) {
            i++;
        }
        // Dotted initials: "U.S.", "a.m.", "z.B." — single letters each followed by a dot.
        if (i - start == 1) {
            int j = i;
            while (j + 1 < to && s.charAt(j) == '.' && Character.isLetter(s.charAt(j + 1))
                    && (j + 2 >= to || !isWordChar(s.charAt(j + 2)))) {
                j += 2;
            }
            if (j > i) {
                return j < to && s.charAt(j) == '.' ? j + 1 : j;
            }
        }
        // Inner apostrophes: "we’re", "Russia`s", "don't" (not a closing quote after a word).
        while (i + 1 < to && isApostrophe(s.charAt(i)) && Character.isLetter(s.charAt(i + 1))) {
            i++;
            while (i < to && isWordChar(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int numberEnd(String s, int i, int to) {
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        while (i + 1 < to && (s.charAt(i) == ',' || s.charAt(i) == '.') && isDigit(s.charAt(i + 1))) {
            i++;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\u00AD';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '`' || c == 'ʼ';
    }

    /** The matching form of a word: lower case, apostrophes straight. */
    public static String lower(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        if (l.indexOf('’') >= 0 || l.indexOf('`') >= 0 || l.indexOf('ʼ') >= 0) {
            l = l.replace('’', '\'').replace('`', '\'').replace('ʼ', '\'');
        }
        return l;
    }
}
