package org.dateline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Search-result snippets: the passage of a body that best matches a query, with the query's words
 * marked, as Lucene's highlighter finds them (the index's own analyzer and query syntax, so a
 * phrase, a prefix or a folded accent is marked as it matched). The result is plain text pieces:
 * the caller escapes them, nothing here is markup.
 */
public final class Snippets {

    /** A piece of a snippet; {@code hit}: a word the query matched. */
    public record Piece(String text, boolean hit) {
    }

    private static final Analyzer ANALYZER = Schema.analyzer();
    private static final String[] FIELDS = {Schema.TITLE, Schema.TEXT};
    /** Private-use characters that mark a hit inside the highlighter's output; removed from the text first. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /** Bodies are analysed up to here: enough for any news story, bounded for a hostile one. */
    private static final int MAX_ANALYZED = 100_000;

    private Snippets() {
    }

    /**
     * The best passage of about {@code maxChars} for {@code query} (the start of the text when the
     * query is blank or matches no word of it).
     *
     * @throws IllegalArgumentException when the query does not parse (as search refuses it)
     */
    public static List<Piece> of(String query, String text, int maxChars) {
        String clean = text == null ? "" : text.replace(OPEN, ' ').replace(CLOSE, ' ');
        if (query == null || query.isBlank()) {
            return lead(clean, maxChars);
        }
        Query q = NewsQueryParser.parse(query.strip(), FIELDS, ANALYZER, Map.of(), false);
        QueryScorer scorer = new QueryScorer(q);
        Highlighter h = new Highlighter((original, group) -> group.getTotalScore() <= 0 ? original
                : OPEN + original + CLOSE, scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, maxChars));
        h.setMaxDocCharsToAnalyze(MAX_ANALYZED);
        String best;
        try {
            best = h.getBestFragment(ANALYZER, Schema.TEXT, clean);
        } catch (IOException | InvalidTokenOffsetsException e) {
            best = null;
        }
        if (best == null || best.indexOf(OPEN) < 0) {
            return lead(clean, maxChars);
        }
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < best.length()) {
            int open = best.indexOf(OPEN, i);
            if (open < 0) {
                add(out, best.substring(i), false);
                break;
            }
            add(out, best.substring(i, open), false);
            int close = best.indexOf(CLOSE, open);
            if (close < 0) {
                close = best.length();
            }
            add(out, best.substring(open + 1, close), true);
            i = close + 1;
        }
        return out;
    }

    private static void add(List<Piece> out, String s, boolean hit) {
        if (!s.isEmpty()) {
            out.add(new Piece(s.replace('\n', ' '), hit));
        }
    }

    private static List<Piece> lead(String text, int maxChars) {
        String t = text.strip().replace('\n', ' ');
        if (t.length() > maxChars) {
            int cut = t.lastIndexOf(' ', maxChars);
            t = t.substring(0, cut > maxChars / 2 ? cut : maxChars) + " …";
        }
        return t.isEmpty() ? List.of() : List.of(new Piece(t, false));
    }
}
