package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-sentence indexes that keep every lookup of the sentence being read constant-time (words
 * before a token, clause starts, positions of its quotations), so the whole is linear in the length
 * of the text. Another token list (a label, a short attribution sentence) is counted directly.
 * Mutable: {@link #index} re-points it at each sentence of a run.
 */
final class SentenceIndex {

    private List<Token> indexed;
    private int[] wordsBefore;
    private int[] clauseStarts;
    private Map<Token, Integer> positions;

    int countQuotes(List<Token> toks) {
        if (toks == indexed) {
            return positions.size();
        }
        int c = 0;
        for (Token k : toks) {
            if (k.isQuote()) {
                c++;
            }
        }
        return c;
    }

    /** Words and quotations in {@code [a, b)}; constant time for the sentence being read. */
    int countWords(List<Token> toks, int a, int b) {
        if (toks == indexed) {
            return wordsBefore[b] - wordsBefore[a];
        }
        int c = 0;
        for (int k = a; k < b; k++) {
            if (toks.get(k).isWord() || toks.get(k).isQuote()) {
                c++;
            }
        }
        return c;
    }

    /** The first token of the clause that ends at {@code i}: after a semicolon, or the sentence start. */
    int clauseStart(List<Token> toks, int i) {
        if (toks == indexed) {
            return clauseStarts[i];
        }
        for (int k = i - 1; k >= 0; k--) {
            if (toks.get(k).is(";")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The position of a token of the sentence being read. */
    int indexOf(List<Token> toks, Token t) {
        if (toks == indexed) {
            Integer k = positions.get(t);
            return k == null ? -1 : k;
        }
        return toks.indexOf(t);
    }

    /** Builds the per-sentence indexes that keep every lookup constant-time (linear sentences). */
    void index(List<Token> toks) {
        int n = toks.size();
        wordsBefore = new int[n + 1];
        clauseStarts = new int[n + 1];
        positions = new IdentityHashMap<>();
        int start = 0;
        for (int k = 0; k < n; k++) {
            Token x = toks.get(k);
            wordsBefore[k + 1] = wordsBefore[k] + (x.isWord() || x.isQuote() ? 1 : 0);
            clauseStarts[k] = start;
            if (x.is(";")) {
                start = k + 1;
            }
            if (x.isQuote()) {
                positions.put(x, k);
            }
        }
        clauseStarts[n] = start;
        indexed = toks;
    }
}
