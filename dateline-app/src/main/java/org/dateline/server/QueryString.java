package org.dateline.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's raw query string as decoded name/value pairs, in order: the one reader of the API's
 * and the desk's parameters (each then says in its own words what it takes).
 */
public final class QueryString {

    /** A longer query string is refused. */
    public static final int MAX_LENGTH = 8192;

    /** One {@code name=value} (a bare {@code name} has the empty value). */
    public record Pair(String name, String value) {
    }

    /** Why a query string cannot be read. */
    public enum Problem { TOO_LONG, BAD_ENCODING }

    /** A query string that cannot be read, with the {@link Problem}. */
    public static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public final Problem problem;

        Unreadable(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }
    }

    private QueryString() {
    }

    /** The pairs of {@code rawQuery} (null or empty: none), empty segments skipped. */
    public static List<Pair> pairs(String rawQuery) {
        List<Pair> out = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        if (rawQuery.length() > MAX_LENGTH) {
            throw new Unreadable(Problem.TOO_LONG);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                out.add(new Pair(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                throw new Unreadable(Problem.BAD_ENCODING);
            }
        }
        return out;
    }
}
