package org.dateline.cli;

import java.lang.reflect.Method;

/** Whether a person is watching: tables and progress lines then, machine output otherwise. */
final class Terminal {

    private Terminal() {
    }

    /** True when standard output is a terminal (JDK 22+ asks the console; older JDKs: a console exists only then). */
    static boolean interactive() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = c.getClass().getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /** Display width for tables: $COLUMNS when set, else 120. */
    static int width() {
        String cols = System.getenv("COLUMNS");
        try {
            return cols == null ? 120 : Math.max(60, Integer.parseInt(cols.strip()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
