package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;
import org.dateline.analyze.text.Span;

import java.util.List;

/**
 * Finds which quotations are terms, not speech: titles of works and names ("the book “Cubs of the
 * Caliphate”", „Neues Deutschland“), addresses, and the Title Case that marks them; and counts a
 * span's words. One per article (it reads the article's text).
 */
final class Terms {

    /** Title-case quotations up to this many words are titles of works (in languages that write them so). */
    private static final int MAX_TITLE_WORDS = 10;

    private final SpeechLexicon lex;
    private final String t;

    Terms(SpeechLexicon lex, String t) {
        this.lex = lex;
        this.t = t;
    }

    boolean isTitle(List<Token> toks, int i, int words) {
        Span c = toks.get(i).quote().content();
        // A title cue right before: "titled “…”", "the book “…”", German "die Tageszeitung „…“".
        if (i > 0 && lex.phraseEndingAt(lex.titleCues, toks, i, 0) > 0) {
            return true;
        }
        if (i > 0 && lex.grammar.closedCompounds() && toks.get(i - 1).isWord() && compoundEndsWithCue(toks.get(i - 1).lower())) {
            return true;
        }
        if (words >= 1 && addressLike(c)) {
            return true; // a domain or an address: news.bbc.co.uk
        }
        if (words >= 2 && words <= MAX_TITLE_WORDS) {
            if (lex.titleCase && titleCase(c) && !headline(toks, i)) {
                return true;
            }
            if (lex.capitalizedNames && allCapitalized(c)) {
                return true;
            }
        }
        return false;
    }

    /** No space, and a dot, slash or at-sign inside: "icelandreview.com". */
    private boolean addressLike(Span s) {
        if (s.length() < 4 || s.length() > 100) {
            return false;
        }
        boolean mark = false;
        for (int i = s.start(); i < s.end(); i++) {
            char ch = t.charAt(i);
            if (Character.isWhitespace(ch)) {
                return false;
            }
            if ((ch == '.' || ch == '/' || ch == '@') && i > s.start() && i < s.end() - 1
                    && Character.isLetterOrDigit(t.charAt(i + 1))) {
                mark = true;
            }
        }
        return mark;
    }

    /** "Umweltschutzorganisation" ends with "organisation": a German compound naming what follows. */
    private boolean compoundEndsWithCue(String w) {
        for (int k = 1; k < w.length() - 3; k++) {
            if (lex.titleCues.contains(w.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** Every word capitalised ("Neues Deutschland", "Black Lion Hospital"): in German, a name. */
    private boolean allCapitalized(Span s) {
        boolean start = true;
        for (int i = s.start(); i < s.end(); i++) {
            char ch = t.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (start && Character.isLowerCase(ch)) {
                    return false;
                }
                start = false;
            } else if (Character.isWhitespace(ch)) {
                start = true;
            }
        }
        return true;
    }

    /**
     * A sentence in Title Case outside its quotation is a headline ("Hillary Clinton Speaks
     * ‘Directly To White People’"): there Title Case says nothing about the quotation.
     */
    private boolean headline(List<Token> toks, int q) {
        int caps = 0;
        int words = 0;
        for (int k = 0; k < toks.size(); k++) {
            Token x = toks.get(k);
            if (k != q && x.isWord() && x.text().length() >= 4) {
                words++;
                if (x.capitalized()) {
                    caps++;
                }
            }
        }
        return words >= 2 && caps * 5 >= words * 4;
    }

    /**
     * Every word of four letters or more capitalised (at least two of them), and no sentence
     * punctuation inside or at the end: "Cubs of the Caliphate", not "Neither do I."
     */
    private boolean titleCase(Span s) {
        int i = s.start();
        int e = s.end();
        int checked = 0;
        while (i < e) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ',') {
                if (i < e - 1 || c == '.') {
                    return false;
                }
            }
            if (Character.isLetter(c) && (i == s.start() || !Character.isLetterOrDigit(t.charAt(i - 1))
                    && t.charAt(i - 1) != '\'' && t.charAt(i - 1) != '’')) {
                int j = i;
                while (j < e && Character.isLetter(t.charAt(j))) {
                    j++;
                }
                if (j - i >= 4) {
                    checked++;
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                }
                i = j;
                continue;
            }
            i++;
        }
        return checked >= 2;
    }

    int wordCount(Span s) {
        int n = 0;
        boolean in = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean w = Character.isLetterOrDigit(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** A quotation that is not a title in {@code [a, b)}. */
    boolean hasSpeechQuote(List<Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).isQuote() && !isTitle(toks, k, wordCount(toks.get(k).quote().content()))) {
                return true;
            }
        }
        return false;
    }
}
