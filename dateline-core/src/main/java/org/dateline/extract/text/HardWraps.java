package org.dateline.extract.text;

import java.util.Arrays;

/**
 * Joins the lines of a hard-wrapped dump back into paragraphs. Text browsers and converters wrap
 * at a fixed width ({@code w3m -dump} and {@code lynx -dump} at 80 columns, html2text at 78,
 * pandoc at 72), which cuts every paragraph into lines too short to read as prose. Such a dump is
 * recognised by its line widths: almost no line is wider than a width of at most 132 columns, and
 * many lines end just short of it. A line then continues on the next when the next line's first
 * word would not have fitted after it: the rule the wrapper itself followed.
 *
 * <p>Widths are display columns, as the wrappers count them: Chinese, Japanese and Korean
 * characters take two (w3m), or one (lynx on a UTF-8 display): both are tried. Lines holding a
 * link or a path no wrapper can break are left out of the count and never joined. Dumps with a
 * line per element (a browser's innerText, BeautifulSoup's get_text) have paragraph lines of
 * hundreds of characters and are returned unchanged.
 */
public final class HardWraps {

    /** Lines of at least this many columns take part in finding the width. */
    private static final int MIN_LINE = 20;

    /** The widest wrap width looked for; wider dumps are taken as unwrapped. */
    private static final int MAX_WIDTH = 132;

    /**
     * The share of lines (in percent) that must end near the width. Calibrated on metadata-dev's
     * pages dumped by {@code w3m -dump} and {@code lynx -dump} (80 columns) and on extraction-dev's
     * and metadata-dev's unwrapped dumps: body F1 w3m / lynx 0.851 / 0.816 at 10%, 0.856 / 0.825 at
     * 5%, 0.856 / 0.827 at 2%, with no unwrapped dump taken for wrapped at any of them (a page of
     * menus has most of its lines far from the width). Before links and paths were left out of the
     * widths and a line run past the width was a veto, 10% let a page of menus pass.
     */
    private static final int NEAR_SHARE = 5;

    /**
     * Columns of doubt in the width: the 98th percentile can sit a column above the wrapper's
     * width when one line runs long. lynx dumps of metadata-dev / extraction-dev, body F1 /
     * segments: 0.830 / 0.815 at 0, 0.838 / 0.819 at 1, 0.843 / 0.821 at 2; w3m the same at all.
     */
    private static final int SLACK = 1;

    private HardWraps() {
    }

    /** The text with wrapped paragraphs joined, or the text itself when it is not hard-wrapped. */
    static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        Wrap wrap = wrap(lines);
        if (wrap == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean continuation = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            // A continuation loses the indent its paragraph had on every line.
            out.append(continuation ? line.strip() : line);
            continuation = i + 1 < lines.length && continues(line, lines[i + 1], wrap);
            if (continuation) {
                String next = lines[i + 1].strip();
                if (!(wide(line.charAt(line.length() - 1)) && wide(next.charAt(0)))) {
                    out.append(' ');
                }
            } else if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The text with the line breaks inside wrapped paragraphs turned into spaces, every other
     * character where it was: the same length, so offsets into it are offsets into {@code text}.
     * What the analysis reads of a clean body given hard-wrapped, which the record keeps as given.
     */
    public static String joinedInPlace(String text) {
        String[] lines = text.split("\n", -1);
        Wrap wrap = wrap(lines);
        if (wrap == null) {
            return text;
        }
        char[] out = text.toCharArray();
        int at = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            at += lines[i].length();
            if (continues(lines[i].stripTrailing(), lines[i + 1], wrap)) {
                out[at] = ' ';
            }
            at++;
        }
        return new String(out);
    }

    /**
     * The width a dump is wrapped at, or 0 when it is not wrapped: the 98th percentile of the
     * widths of its lines of {@link #MIN_LINE} columns or more, when that is at most
     * {@link #MAX_WIDTH}, at least {@link #NEAR_SHARE}% of those lines (and 8 or more) end within
     * 15 columns of it, and at most 1% run more than 10 columns past it.
     */
    static int width(String[] lines) {
        Wrap w = wrap(lines);
        return w == null ? 0 : w.width();
    }

    /**
     * How a dump is wrapped: its width, and whether the wrapper gave wide characters two columns
     * (w3m does, lynx with a UTF-8 display does not); null when it is not wrapped.
     */
    record Wrap(int width, boolean wideIsTwo) {
    }

    static Wrap wrap(String[] lines) {
        if (lines.length < 8) {
            return null; // fewer lines than a width needs (see widthOf)
        }
        // Each line is measured in one pass, for both ways of counting wide characters: the analysis
        // asks this of every article body, and most lines are long paragraphs (8% of the analysis
        // when each way measured the lines again, in two passes a line).
        int[] two = new int[lines.length];
        int[] one = new int[lines.length];
        int nTwo = 0;
        int nOne = 0;
        for (String l : lines) {
            long m = measure(l);
            if (m < 0) {
                continue; // a link or a path no wrapper can break says nothing of the width
            }
            int wTwo = (int) (m >>> 32);
            int wOne = (int) m;
            if (wTwo >= MIN_LINE) {
                two[nTwo++] = wTwo;
            }
            if (wOne >= MIN_LINE) {
                one[nOne++] = wOne;
            }
        }
        int w = widthOf(two, nTwo);
        if (w > 0) {
            return new Wrap(w, true);
        }
        w = widthOf(one, nOne);
        return w > 0 ? new Wrap(w, false) : null;
    }

    /**
     * The columns of {@code line} without its trailing white space, with wide characters as two
     * (high half) and as one (low half), as {@link #columns(String, boolean)} counts them; -1 when
     * it has a word longer than {@link #UNBREAKABLE} ({@link #longestWord}).
     */
    private static long measure(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--; // as stripTrailing (no white space is a surrogate)
        }
        int run = 0;
        int two = 0;
        int one = 0;
        for (int i = 0; i < end; i++) {
            char ch = line.charAt(i);
            if (ch < 128) {
                // ASCII: never wide, never zero-width
                run = Character.isWhitespace(ch) ? 0 : run + 1;
                two++;
                one++;
            } else {
                boolean wide = wide(ch);
                run = wide || Character.isWhitespace(ch) ? 0 : run + 1;
                int type = Character.getType(ch);
                if (type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                    two += wide ? 2 : 1;
                    one++;
                }
            }
            if (run > UNBREAKABLE) {
                return -1;
            }
        }
        return (long) two << 32 | one;
    }

    /** The wrap width of a dump whose lines of {@link #MIN_LINE} columns or more are {@code widths[0..n)}, or 0. */
    private static int widthOf(int[] widths, int n) {
        if (n < 8) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(widths, n);
        Arrays.sort(sorted);
        int width = sorted[Math.min(n - 1, (int) Math.floor(n * 0.98))];
        if (width > MAX_WIDTH) {
            return 0;
        }
        int near = 0;
        int over = 0;
        for (int i = 0; i < n; i++) {
            if (sorted[i] > width - 15 && sorted[i] <= width) {
                near++;
            } else if (sorted[i] > width + 10) {
                over++;
            }
        }
        // A wrapper lets only an unbreakable word (a long link) run past its width.
        return near >= 8 && near * 100 >= n * NEAR_SHARE && over <= Math.max(2, n / 100) ? width : 0;
    }

    /** True when {@code next} carries on the paragraph {@code line} was cut from at {@code width}. */
    private static boolean continues(String line, String nextLine, Wrap wrap) {
        String next = nextLine.strip();
        if (line.isBlank() || next.isEmpty() || BULLET.indexOf(next.charAt(0)) >= 0
                || line.endsWith("...") || line.endsWith("…")
                || longestWord(line) > UNBREAKABLE || longestWord(next) > UNBREAKABLE) {
            return false; // a list item, a line cut short on purpose, a link on a line of its own
        }
        int firstWord = 0;
        for (int i = 0; i < next.length() && !Character.isWhitespace(next.charAt(i)); i++) {
            firstWord += wide(next.charAt(i)) && wrap.wideIsTwo() ? 2 : 1;
            if (wide(next.charAt(i))) {
                break; // a wrapper cuts between any two wide characters
            }
        }
        int gap = wide(line.charAt(line.length() - 1)) && wide(next.charAt(0)) ? 0 : 1;
        return columns(line, wrap.wideIsTwo()) + gap + firstWord > wrap.width() - SLACK;
    }

    private static final String BULLET = "*•·-–—+>|#[";

    /** Words longer than this are links or paths, which a wrapper leaves whole on a line of their own. */
    private static final int UNBREAKABLE = 40;

    private static int longestWord(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || wide(c)) {
                run = 0; // a wrapper breaks between any two wide characters
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }

    /** Display columns: two for a wide (CJK) character, none for a zero-width one, one for any other. */
    static int columns(String s) {
        return columns(s, true);
    }

    private static int columns(String s, boolean wideIsTwo) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            c += wide(ch) && wideIsTwo ? 2 : 1;
        }
        return c;
    }

    /** East Asian wide characters: CJK ideographs, kana, Hangul, full-width forms and punctuation. */
    static boolean wide(char c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6;
    }
}
