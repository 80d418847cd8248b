package org.dateline.page;

import java.util.Locale;

/** What the bytes of an input are, as given by {@code --input-format} or found by {@link Sniffer}. */
public enum InputFormat {
    /** Decide from the bytes (magic numbers and content), then the file name. */
    AUTO,
    /** An HTML page as served. */
    HTML,
    /** A text dump of a whole page: chrome lines (menus, icon labels, share bars) to drop. */
    TEXT,
    /** A clean article body: every line is kept. */
    BODY,
    /** A WARC 1.0/1.1 file, plain or gzip per record. */
    WARC;

    /** Parses a command-line value such as {@code "html"}; throws with the accepted values listed. */
    public static InputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format '" + value + "' (auto, html, text, body, warc)");
        }
    }
}
