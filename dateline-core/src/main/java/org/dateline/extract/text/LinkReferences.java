package org.dateline.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link apparatus of text browsers' dumps taken out: {@code lynx -dump} and {@code links -dump}
 * number every link inline ("[14]Chelsea have delivered") and list the addresses at the end under
 * "References". The numbers cut words off from their sentence and the list is not the page's text.
 * A dump with fewer than {@link #MIN_MARKERS} such numbers is left alone: a lone "[1]" is a
 * footnote the author wrote.
 */
final class LinkReferences {

    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,5}\\]");
    /** lynx's headings inside the list: "Visible links:", "Hidden links:". */
    private static final Pattern LIST_HEADING = Pattern.compile("(?:Visible|Hidden) links:");

    /** One entry of the list: "  14. https://…" (an address as the page wrote it, spaces and all). */
    private static final Pattern REFERENCE = Pattern.compile("\\d{1,6}\\. (?:[a-z][a-z0-9+.-]*:|/)\\S*.*");
    private static final int MIN_MARKERS = 5;

    private LinkReferences() {
    }

    /**
     * The text without its numbered list of link addresses, when its links are numbered inline.
     * Done before {@link HardWraps}, which would join the list's long lines into a paragraph.
     */
    static String stripReferences(String text) {
        if (!numbered(text)) {
            return text;
        }
        // Line by line, not one expression over the list: a list of thousands of entries would
        // take a regular expression's repetition as deep as the list.
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].strip().equals("References")) {
                int k = i + 1;
                while (k < lines.length && lines[k].isBlank()) {
                    k++;
                }
                int entries = 0;
                while (k < lines.length) {
                    String t = lines[k].strip();
                    if (REFERENCE.matcher(t).matches()) {
                        entries++;
                    } else if (!(t.isEmpty() || LIST_HEADING.matcher(t).matches())) {
                        break;
                    }
                    k++;
                }
                if (entries > 0) {
                    i = k;
                    continue;
                }
            }
            out.append(lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
            i++;
        }
        return out.toString();
    }

    /**
     * The text without its inline link numbers. Done after {@link HardWraps}: the wrapper counted
     * them in the width.
     */
    static String stripMarkers(String text) {
        return numbered(text) ? MARKER.matcher(text).replaceAll("") : text;
    }

    private static boolean numbered(String text) {
        Matcher m = MARKER.matcher(text);
        int count = 0;
        while (count < MIN_MARKERS && m.find()) {
            count++;
        }
        return count >= MIN_MARKERS;
    }
}
