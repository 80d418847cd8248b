package org.dateline.desk;

import org.dateline.store.Requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Bar charts drawn on the server as inline SVG geometry: one slot per period from the first to
 * the last with a count (empty periods keep their place, so gaps in time show), one bar per
 * period with a count, and a second series beside the first when two are compared.
 */
final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    /** A day chart over decades would be thousands of slots: beyond this, periods are not laid out one by one. */
    private static final int MAX_SLOTS = 5000;

    private Charts() {
    }

    /**
     * @param series  one or two lists of buckets (as the index gives them, oldest first)
     * @param names   a name for each series (legend), and {@code unit}, singular, for the bar titles ("quote")
     */
    static Pages.Chart bars(String label, List<List<Requests.Bucket>> series, List<String> names, String unit,
                            Requests.Interval interval) {
        TreeMap<String, long[]> byPeriod = new TreeMap<>();
        for (int s = 0; s < series.size(); s++) {
            for (Requests.Bucket b : series.get(s)) {
                if (b.count() > 0) {
                    byPeriod.computeIfAbsent(b.start(), k -> new long[series.size()])[s] += b.count();
                }
            }
        }
        List<Pages.Link> legend = new ArrayList<>();
        if (series.size() > 1) {
            for (int s = 0; s < names.size(); s++) {
                legend.add(new Pages.Link(names.get(s), "s" + (s + 1)));
            }
        }
        if (byPeriod.isEmpty()) {
            return new Pages.Chart(label, WIDTH, HEIGHT, fmt(HEIGHT - BOTTOM), List.of(), List.of(), legend,
                    "nothing dated to chart");
        }
        List<String> periods = periods(byPeriod.firstKey(), byPeriod.lastKey(), interval);
        if (periods.size() > MAX_SLOTS) {
            periods = new ArrayList<>(byPeriod.keySet());
        }
        long max = 1;
        for (long[] c : byPeriod.values()) {
            for (long v : c) {
                max = Math.max(max, v);
            }
        }
        double slot = (double) WIDTH / periods.size();
        double gap = slot > 4 ? Math.min(2, slot * 0.15) : 0;
        double barWidth = (slot - gap) / series.size();
        double plot = HEIGHT - TOP - BOTTOM;
        List<Pages.Bar> bars = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            long[] c = byPeriod.get(periods.get(i));
            if (c == null) {
                continue;
            }
            for (int s = 0; s < c.length; s++) {
                if (c[s] == 0) {
                    continue;
                }
                double h = Math.max(1, plot * c[s] / max);
                double x = i * slot + gap / 2 + s * barWidth;
                String who = series.size() > 1 ? names.get(s) + ": " : "";
                bars.add(new Pages.Bar(fmt(x), fmt(TOP + plot - h), fmt(Math.max(0.5, barWidth)), fmt(h),
                        "bar s" + (s + 1), who + periods.get(i) + ": " + c[s] + " " + unit + (c[s] == 1 ? "" : "s")));
            }
        }
        List<Pages.Tick> ticks = new ArrayList<>();
        ticks.add(new Pages.Tick(fmt(0), periods.get(0), false));
        if (periods.size() > 1) {
            ticks.add(new Pages.Tick(fmt(WIDTH), periods.get(periods.size() - 1), true));
        }
        return new Pages.Chart(label + " (highest: " + max + " " + unit + (max == 1 ? "" : "s") + ")", WIDTH, HEIGHT,
                fmt(HEIGHT - BOTTOM), bars, ticks, legend, null);
    }

    /** Every period start from {@code first} to {@code last} inclusive. */
    static List<String> periods(String first, String last, Requests.Interval interval) {
        List<String> out = new ArrayList<>();
        try {
            LocalDate d = parse(first);
            LocalDate end = parse(last);
            while (!d.isAfter(end) && out.size() <= MAX_SLOTS) {
                out.add(interval == Requests.Interval.MONTH ? d.toString().substring(0, 7) : d.toString());
                d = switch (interval) {
                    case DAY -> d.plusDays(1);
                    case WEEK -> d.plusWeeks(1);
                    case MONTH -> d.plusMonths(1);
                };
            }
        } catch (DateTimeParseException e) {
            out.clear();
            out.add(first);
            if (!last.equals(first)) {
                out.add(last);
            }
        }
        return out;
    }

    private static LocalDate parse(String s) {
        return LocalDate.parse(s.length() == 7 ? s + "-01" : s);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
