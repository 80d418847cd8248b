package org.dateline.desk;

import org.dateline.analyze.Analysis;
import org.dateline.store.Speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's body as nested pieces: what the analysis found, marked at its character offsets.
 * Marks nest by level — an unattributed sentence holds quotations, a quotation holds numeric
 * claims, times and entities — and a mark that crosses one of an outer level is cut at its edge,
 * so the pieces always form a tree. Paragraphs cut every mark too: a quotation running over two
 * paragraphs is two elements, both carrying its speaker.
 */
final class Marks {

    static final int UNATTRIBUTED = 0;
    static final int QUOTE = 1;
    static final int CLAIM = 2;
    static final int TIME = 3;
    static final int ENTITY = 4;
    private static final int LEVELS = 5;
    /** Colour classes for speakers, in the order they are first quoted; later speakers share the last. */
    static final int COLOURS = 8;
    /** Entity names looked for in a body: bounded for a hostile record. */
    private static final int MAX_ENTITY_NAMES = 200;

    /** A marked range {@code [start, end)} and the element it becomes. */
    private record Mark(int start, int end, int level, String tag, String cls, String href, String speaker,
                        String kind, String title, String after, String afterHref) {
        Mark clip(int from, int to) {
            return new Mark(Math.max(start, from), Math.min(end, to), level, tag, cls, href, speaker, kind, title,
                    end <= to ? after : null, afterHref);
        }
    }

    record Result(List<Pages.Paragraph> paragraphs, List<Pages.Voice> voices, int quotes) {
    }

    private Marks() {
    }

    static Result of(String text, Analysis an) {
        List<Mark> marks = new ArrayList<>();
        Map<String, Pages.Voice> voices = new LinkedHashMap<>();
        int quotes = 0;
        for (Analysis.Quote q : an.quotes()) {
            if ("term".equals(q.kind())) {
                continue;
            }
            quotes++;
            Analysis.Speaker sp = q.speaker();
            String name = Speakers.canonical(sp, an);
            String shown = name != null ? name : sp != null && sp.mention() != null && !sp.mention().isBlank()
                    ? sp.mention().strip() : "unknown";
            String detail = sp == null ? null : detail(sp.role(), sp.organization());
            Pages.Voice v = voices.get(shown);
            String colour = v != null ? v.colour() : "sp" + Math.min(voices.size(), COLOURS - 1);
            voices.put(shown, new Pages.Voice(shown, name == null ? null : Links.speaker(name),
                    v != null && v.detail() != null ? v.detail() : detail, colour, v == null ? 1 : v.quotes() + 1));
            String kind = q.kind() == null ? "direct" : q.kind().toLowerCase(Locale.ROOT);
            boolean reported = kind.equals("indirect");
            String title = shown + (detail == null ? "" : " (" + detail + ")")
                    + (reported ? ": reported speech" : ": quoted") + (q.cue() == null ? "" : ", \u201c" + q.cue() + "\u201d");
            String cls = "q " + (reported ? "q-reported" : "q-direct") + " " + colour;
            List<Analysis.Fragment> spans = q.spans();
            for (int i = 0; i < spans.size(); i++) {
                Analysis.Fragment f = spans.get(i);
                boolean last = i == spans.size() - 1;
                marks.add(new Mark(f.start(), f.end(), QUOTE, "span", cls, null, shown, kind, title,
                        last ? shown : null, last && name != null ? Links.speaker(name) : null));
            }
        }
        for (Analysis.Claim c : an.claims()) {
            String t = "number: " + number(c.value()) + (c.unit() == null ? "" : " " + c.unit())
                    + (c.qualifier() == null ? "" : " (" + c.qualifier() + ")")
                    + (c.source() == null ? "" : ", according to " + c.source())
                    + (c.time() == null ? "" : ", " + c.time());
            marks.add(new Mark(c.start(), c.end(), CLAIM, "span", "claim", null, null, null, t, null, null));
        }
        for (Analysis.TimeExpression t : an.times()) {
            marks.add(new Mark(t.start(), t.end(), TIME, "span", "time", null, null, null,
                    t.value() == null ? "time (unresolved)" : "time: " + t.value(), null, null));
        }
        for (String sentence : an.unattributed()) {
            if (sentence == null || sentence.isBlank()) {
                continue;
            }
            int at = text.indexOf(sentence.strip());
            if (at >= 0) {
                marks.add(new Mark(at, at + sentence.strip().length(), UNATTRIBUTED, "span", "unattributed", null, null,
                        null, "unattributed: no source given", null, null));
            }
        }
        entities(text, an, marks);
        marks.removeIf(m -> m.start() < 0 || m.end() > text.length() || m.start() >= m.end());
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));

        List<Pages.Paragraph> paragraphs = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int brk = text.indexOf("\n\n", pos);
            int end = brk < 0 ? text.length() : brk;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                paragraphs.add(new Pages.Paragraph(build(text, s, e, marks, 0)));
            }
            if (brk < 0) {
                break;
            }
            pos = brk + 2;
        }
        return new Result(paragraphs, List.copyOf(voices.values()), quotes);
    }

    private static void entities(String text, Analysis an, List<Mark> marks) {
        int n = 0;
        for (Analysis.Entity e : an.entities()) {
            if (e.name() == null || e.name().isBlank()) {
                continue;
            }
            String title = (e.type() == null ? "entity" : e.type()) + ": " + e.name().strip();
            List<String> names = new ArrayList<>();
            names.add(e.name().strip());
            for (String a : e.aliases()) {
                if (a != null && a.strip().length() > 1) {
                    names.add(a.strip());
                }
            }
            for (String name : names) {
                if (++n > MAX_ENTITY_NAMES) {
                    return;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    marks.add(new Mark(m.start(), m.end(), ENTITY, "a", "entity", Links.entity(e.name().strip()), null,
                            null, title, null, null));
                }
            }
        }
    }

    /** The pieces of {@code [from, to)}: marks of {@code level} (non-overlapping, first wins), and deeper levels between and inside them. */
    private static List<Pages.Node> build(String text, int from, int to, List<Mark> marks, int level) {
        List<Pages.Node> out = new ArrayList<>();
        if (level >= LEVELS) {
            out.add(Pages.Node.text(text.substring(from, to)));
            return out;
        }
        int pos = from;
        for (Mark m : marks) {
            if (m.level() != level || m.end() <= from || m.start() >= to) {
                continue;
            }
            Mark c = m.clip(from, to);
            if (c.start() < pos) {
                continue; // overlaps the previous mark of this level
            }
            if (c.start() > pos) {
                out.addAll(build(text, pos, c.start(), marks, level + 1));
            }
            out.add(new Pages.Node(null, c.tag(), c.cls(), c.href(), c.speaker(), c.kind(), c.title(),
                    build(text, c.start(), c.end(), marks, level + 1)));
            if (c.after() != null) {
                List<Pages.Node> label = List.of(Pages.Node.text(c.after()));
                out.add(c.afterHref() == null
                        ? new Pages.Node(null, "span", "who", null, null, null, null, label)
                        : new Pages.Node(null, "a", "who", c.afterHref(), null, null, "all quotes of " + c.after(), label));
            }
            pos = c.end();
        }
        if (pos < to) {
            out.addAll(build(text, pos, to, marks, level + 1));
        }
        return out;
    }

    static String detail(String role, String org) {
        String r = role == null || role.isBlank() ? null : role.strip();
        String o = org == null || org.isBlank() ? null : org.strip();
        if (r == null && o == null) {
            return null;
        }
        return r == null ? o : o == null ? r : r + ", " + o;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
