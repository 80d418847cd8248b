package org.dateline.cli;

import java.util.Locale;

/** {@code --format table|jsonl}: a table for a person at a terminal, JSON Lines for programs. */
enum OutputFormat {
    TABLE, JSONL;

    static OutputFormat of(String value) {
        if (value == null) {
            return Terminal.interactive() ? TABLE : JSONL;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "table":
                return TABLE;
            case "jsonl":
            case "json":
                return JSONL;
            default:
                throw new IllegalArgumentException("unknown --format \"" + value + "\" (table or jsonl)");
        }
    }
}
