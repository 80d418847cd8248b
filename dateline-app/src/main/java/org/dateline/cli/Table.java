package org.dateline.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a terminal. The last column takes the width left and is cut with "…";
 * control characters from pages are shown as spaces (a page's text must never drive the terminal).
 */
final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    void row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(clean(c == null ? "" : c.toString()));
        }
        rows.add(r);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out, int width) {
        int n = headers.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = headers.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        int used = 0;
        for (int i = 0; i < n - 1; i++) {
            w[i] = Math.min(w[i], 40);
            used += w[i] + 2;
        }
        w[n - 1] = Math.max(10, Math.min(w[n - 1], width - used));
        line(out, headers, w);
        for (List<String> r : rows) {
            line(out, r, w);
        }
    }

    private static void line(PrintStream out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cut(cells.get(i), w[i]);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(w[i] - c.length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT;
            if (ws) {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString().strip();
    }
}
