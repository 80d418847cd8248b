package org.dateline.desk;

import org.dateline.server.QueryString;
import org.dateline.store.Dates;
import org.dateline.store.Requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page's query parameters, read strictly: a parameter the page does not take, one given twice,
 * a bad number, date or choice is a 400 page that says which and why.
 */
final class Params {

    static final Set<String> SEARCH = Set.of("q", "site", "lang", "speaker", "entity", "from", "to", "sort", "page");
    static final Set<String> TIMELINE = Set.of("q", "q2", "interval", "site", "lang", "speaker", "entity", "from", "to");
    static final Set<String> INTERVAL = Set.of("interval");
    private static final List<String> ORDER = List.of("q", "q2", "site", "lang", "speaker", "entity", "from", "to",
            "interval", "sort", "page");

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String rawQuery, Set<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        List<QueryString.Pair> pairs;
        try {
            pairs = QueryString.pairs(rawQuery);
        } catch (QueryString.Unreadable e) {
            throw new DeskError(400, e.problem == QueryString.Problem.TOO_LONG ? "The query string is too long."
                    : "Malformed percent-encoding in the query string.");
        }
        for (QueryString.Pair pair : pairs) {
            String name = pair.name();
            String value = pair.value();
            if (!allowed.contains(name)) {
                throw new DeskError(400, "Unknown parameter \u201c" + Views.clip(name) + "\u201d"
                        + (allowed.isEmpty() ? " (this page takes none)." : " (this page takes: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")."));
            }
            if (out.put(name, value.strip()) != null) {
                throw new DeskError(400, "Parameter \u201c" + name + "\u201d is given twice.");
            }
        }
        out.values().removeIf(String::isEmpty);
        for (String d : new String[] {"from", "to"}) {
            if (out.get(d) != null) {
                try {
                    Dates.bound(out.get(d), d.equals("to"));
                } catch (IllegalArgumentException e) {
                    throw new DeskError(400, "Parameter \u201c" + d + "\u201d: " + e.getMessage());
                }
            }
        }
        return new Params(out);
    }

    String get(String name) {
        return values.get(name);
    }

    String choice(String name, String dflt, String... allowed) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw new DeskError(400, "Parameter \u201c" + name + "\u201d must be " + String.join(" or ", allowed)
                + ", not \u201c" + Views.clip(v) + "\u201d.");
    }

    int integer(String name, int dflt, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new DeskError(400, "Parameter \u201c" + name + "\u201d must be a whole number from " + min + " to " + max
                + ", not \u201c" + Views.clip(v) + "\u201d.");
    }

    Requests.Interval interval(String dflt) {
        return switch (choice("interval", dflt, "day", "week", "month")) {
            case "day" -> Requests.Interval.DAY;
            case "week" -> Requests.Interval.WEEK;
            default -> Requests.Interval.MONTH;
        };
    }

    Requests.Filters filters() {
        return new Requests.Filters(values.get("from"), values.get("to"), values.get("site"), values.get("lang"),
                values.get("speaker"), values.get("entity"));
    }

    /** The search's own parameters (query and filters, not sort or page), in a fixed order. */
    Map<String, String> search() {
        return ordered(Set.of("q", "site", "lang", "speaker", "entity", "from", "to"));
    }

    Map<String, String> timelineParams() {
        return ordered(TIMELINE);
    }

    private Map<String, String> ordered(Set<String> keep) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : ORDER) {
            if (keep.contains(k) && values.get(k) != null) {
                m.put(k, values.get(k));
            }
        }
        return m;
    }
}
