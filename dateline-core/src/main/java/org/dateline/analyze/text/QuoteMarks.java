package org.dateline.analyze.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.lang.LanguageData;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quotation marks of a paragraph, in one left-to-right pass (linear time, whatever the
 * marks: 5,000 quote marks in a row are 5,000 steps).
 *
 * <p>Which mark opens and which closes is read from its neighbours, as typographers set them: a
 * mark after a space (or an opening bracket, a dash, another mark) and before a letter opens; a mark
 * after a letter or punctuation and before a space closes. This one rule covers English “…”,
 * German „…“ and »…«, French « … », straight quotes and mismatched pairs (an opening “ closed by a
 * straight "): any double mark closes any double mark. Only when the neighbours do not tell
 * (a mark between two letters) does the language's convention decide. Single marks pair with single
 * marks; an apostrophe between letters ({@code don't}, {@code Russia`s}) is not a mark, and a
 * trailing one after an s ({@code fighters’ salaries}) closes a single quote only if no better
 * closer follows. Wire copy's {@code ''…''} and {@code ``…''} count as double marks.
 *
 * <p>A double quote still open at the end of a paragraph is returned unclosed, running to the end
 * of the paragraph: news reopens a quotation that runs over several paragraphs at the start of each
 * one and closes it only at the end of the last, and {@code QuoteFinder} decides from the next
 * paragraph whether that is what happened.
 */
public final class QuoteMarks {

    /** The quotation conventions of a language, from {@code lang/<code>/speech.json}. */
    public record Conventions(String doubles, String singles, String openers, String closers,
                              boolean doubledSingles, boolean titleCase) {

        public static final Conventions DEFAULT = new Conventions("\"“”„‟«»＂〝〞", "'‘’‚‛‹›", "“„‟«‘‚‛‹〝", "”»’›〞",
                true, false);

        public static Conventions of(String language) {
            JsonNode q = LanguageData.load(language, "speech").path("quoteMarks");
            if (q.isMissingNode()) {
                return DEFAULT;
            }
            return new Conventions(q.path("double").asText(DEFAULT.doubles),
                    q.path("single").asText(DEFAULT.singles),
                    q.path("open").asText(DEFAULT.openers),
                    q.path("close").asText(DEFAULT.closers),
                    q.path("doubledSingles").asBoolean(true),
                    q.path("titleCase").asBoolean(false));
        }

        boolean isDouble(char c) {
            return doubles.indexOf(c) >= 0;
        }

        boolean isSingle(char c) {
            return singles.indexOf(c) >= 0 || c == '`';
        }

        boolean isMark(char c) {
            return isDouble(c) || isSingle(c);
        }
    }

    /**
     * A quotation: its opening mark, its closing mark (null when the paragraph ended first) and the
     * text between them, trimmed.
     */
    public record Pair(Span openMark, Span closeMark, Span content, boolean doubleMarks) {

        public boolean closed() {
            return closeMark != null;
        }

        /** From the opening mark to the closing mark (or the end of the content when unclosed). */
        public Span whole() {
            return new Span(openMark.start(), closeMark == null ? content.end() : closeMark.end());
        }
    }

    private static final int OPEN = 1;
    private static final int CLOSE = 2;
    private static final int EITHER = 3;

    private record Mark(int start, int end, boolean dbl, int role, boolean weak) {
    }

    private QuoteMarks() {
    }

    /** The quotations of {@code paragraph}, in document order. */
    public static List<Pair> pair(String t, Span paragraph, Conventions c) {
        List<Mark> marks = marks(t, paragraph, c);
        // For each mark: is a strong single closer ahead before the next single opener? Lets a weak
        // closer (a possessive s’) step aside for a real one.
        boolean[] strongSingleAhead = new boolean[marks.size() + 1];
        for (int k = marks.size() - 1; k >= 0; k--) {
            Mark m = marks.get(k);
            if (!m.dbl && m.role == OPEN) {
                strongSingleAhead[k] = false;
            } else if (!m.dbl && m.role != OPEN && !m.weak) {
                strongSingleAhead[k] = true;
            } else {
                strongSingleAhead[k] = strongSingleAhead[k + 1];
            }
        }
        List<Pair> out = new ArrayList<>();
        Mark dOpen = null;
        Mark sOpen = null;
        for (int k = 0; k < marks.size(); k++) {
            Mark m = marks.get(k);
            if (m.dbl) {
                boolean close = m.role == CLOSE || (m.role == EITHER && dOpen != null);
                if (close) {
                    if (dOpen != null) {
                        out.add(make(t, dOpen, m));
                        if (sOpen != null && sOpen.start > dOpen.start) {
                            sOpen = null;
                        }
                        dOpen = null;
                    }
                } else {
                    // A second opener while one is pending: the first was never closed.
                    dOpen = m;
                    if (sOpen != null) {
                        sOpen = null;
                    }
                }
            } else {
                boolean close = m.role == CLOSE || (m.role == EITHER && sOpen != null);
                if (close) {
                    if (sOpen != null && !(m.weak && strongSingleAhead[k + 1])) {
                        out.add(make(t, sOpen, m));
                        sOpen = null;
                    }
                } else {
                    sOpen = m;
                }
            }
        }
        if (dOpen != null) {
            Span content = trim(t, dOpen.end, paragraph.end());
            out.add(new Pair(new Span(dOpen.start, dOpen.end), null, content, true));
        }
        out.sort((a, b) -> Integer.compare(a.openMark().start(), b.openMark().start()));
        return out;
    }

    private static Pair make(String t, Mark open, Mark close) {
        return new Pair(new Span(open.start, open.end), new Span(close.start, close.end),
                trim(t, open.end, close.start), open.dbl);
    }

    private static List<Mark> marks(String t, Span p, Conventions c) {
        List<Mark> out = new ArrayList<>();
        int i = p.start();
        int end = p.end();
        // the ASCII marks of the conventions as bits: most characters are ASCII and not marks, and
        // two string searches per character were 3% of the analysis
        long[] ascii = new long[2];
        for (String marks : new String[] {c.doubles(), c.singles(), "`"}) {
            for (int k = 0; k < marks.length(); k++) {
                char m = marks.charAt(k);
                if (m < 128) {
                    ascii[m >> 6] |= 1L << (m & 63);
                }
            }
        }
        while (i < end) {
            char ch = t.charAt(i);
            if (ch < 128 ? (ascii[ch >> 6] & 1L << (ch & 63)) == 0 : !c.isMark(ch)) {
                i++;
                continue;
            }
            int len = 1;
            boolean dbl = c.isDouble(ch);
            if (!dbl && c.doubledSingles() && (ch == '\'' || ch == '`' || ch == '’' || ch == '‘') && i + 1 < end
                    && (t.charAt(i + 1) == ch || ch == '`' && t.charAt(i + 1) == '`')) {
                dbl = true;
                len = 2;
            }
            char prev = i > p.start() ? t.charAt(i - 1) : ' ';
            char next = i + len < end ? t.charAt(i + len) : ' ';
            if (!dbl && isWordChar(prev) && Character.isLetter(next)) {
                i += len; // an apostrophe inside a word
                continue;
            }
            if (ch == '`' && !dbl && !Character.isWhitespace(prev) && i > p.start()) {
                i += len; // a backtick used as an apostrophe
                continue;
            }
            boolean canOpen = !isSpace(next) && (isSpace(prev) || opensBefore(prev) || c.isMark(prev));
            boolean canClose = !isSpace(prev) && (isSpace(next) || closesBefore(next) || c.isMark(next));
            int role;
            if (canOpen && !canClose) {
                role = OPEN;
            } else if (canClose && !canOpen) {
                role = CLOSE;
            } else {
                boolean o = c.openers().indexOf(ch) >= 0;
                boolean cl = c.closers().indexOf(ch) >= 0;
                role = o && !cl ? OPEN : cl && !o ? CLOSE : EITHER;
            }
            // A possessive s’ followed by a word may be an apostrophe rather than a closing mark.
            boolean weak = !dbl && role != OPEN && (prev == 's' || prev == 'S') && Character.isWhitespace(next);
            if (!dbl && role == OPEN && Character.isDigit(next)) {
                i += len; // ’90s
                continue;
            }
            out.add(new Mark(i, i + len, dbl, role, weak));
            i += len;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean opensBefore(char c) {
        return c == '(' || c == '[' || c == '{' || c == '—' || c == '–' || c == '-' || c == '/' || c == ':'
                || c == ';' || c == ',' || c == '―' || c == '…';
    }

    private static boolean closesBefore(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '—' || c == '–' || c == '-' || c == '…' || c == '/' || c == '―';
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
}
