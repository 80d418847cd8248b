package org.dateline.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a batch, printed as one line on stderr at the end. */
final class Summary {

    long records;
    long failed;
    /** Records written without their analysis (the stage failed, or the page spent its time limit). */
    long analysisFailed;
    private final Map<String, Long> skipped = new TreeMap<>();

    void skipped(String why) {
        String key = why.startsWith("HTTP status") ? "non-200" : why.startsWith("not HTML") ? "not-html" : why;
        skipped.merge(key, 1L, Long::sum);
    }

    void print(PrintStream err) {
        StringBuilder sb = new StringBuilder("dateline: ").append(records).append(" records, ").append(failed).append(" failed");
        if (analysisFailed > 0) {
            sb.append(", ").append(analysisFailed).append(" without analysis");
        }
        skipped.forEach((k, v) -> sb.append(", ").append(v).append(" skipped (").append(k).append(')'));
        err.println(sb);
    }
}
