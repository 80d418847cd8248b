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
    private static final Pattern REFERENCES = Pattern.compile("(?m)^[ \\t]*References[ \\t]*\\n(?:[ \\t]*\\n)*(?:[ \\t]*\\d{1,5}\\. \\S+[ \\t]*\\n?)+");
    private static final int MIN_MARKERS = 5;

    private LinkReferences() {
    }

    /**
     * The text without its numbered list of link addresses, when its links are numbered inline.
     * Done before {@link HardWraps}, which would join the list's long lines into a paragraph.
     */
    static String stripReferences(String text) {
        return numbered(text) ? REFERENCES.matcher(text).replaceAll("") : text;
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
