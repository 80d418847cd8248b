package org.dateline.desk;

import org.dateline.store.Snippets;

import java.util.List;

/**
 * What each page shows, as plain values built by {@link Views} and rendered by the jte templates
 * (src/main/jte). Every string here is text, never markup: the templates escape all of it, and
 * every URL in an {@code href} has passed {@link Links} (a path of the desk, or http(s) only).
 */
public final class Pages {

    private Pages() {
    }

    /** A link: label, target, an optional count (negative: none), whether it is the current choice. */
    public record Link(String label, String href, long count, boolean active) {
        public Link(String label, String href) {
            this(label, href, -1, false);
        }

        /** The class of a current choice ({@code on}), else null (no attribute). */
        public String cls() {
            return active ? "on" : null;
        }

        public String current() {
            return active ? "true" : null;
        }
    }

    /** A hidden form field, so a new query keeps the filters chosen. */
    public record Field(String name, String value) {
    }

    public record FacetGroup(String title, List<Link> links) {
    }

    public record Hit(String href, String title, String site, String date, long copies, String storyHref,
                      List<Snippets.Piece> snippet) {
    }

    public record Search(String q, String sort, long total, int page, List<Hit> hits, List<FacetGroup> facets,
                         List<Link> filters, List<Link> sorts, List<Field> hidden, String previous, String next,
                         List<Link> dropSuggestions, String timelineHref, List<Field> dateHidden, String from,
                         String to) {
    }

    /**
     * One piece of an article's body: text (when {@code tag} is null) or an element ({@code span},
     * or {@code a} for links) with its children. {@code speaker} and {@code kind} become
     * {@code data-speaker} and {@code data-kind}; null attributes are left out.
     */
    public record Node(String text, String tag, String cls, String href, String speaker, String kind, String title,
                       List<Node> children) {
        static Node text(String s) {
            return new Node(s, null, null, null, null, null, null, List.of());
        }

        public boolean isText() {
            return tag == null;
        }

        public boolean isLink() {
            return "a".equals(tag);
        }

        /** Quotations take the keyboard focus (their title is their side note). */
        public String tabindex() {
            return speaker == null ? null : "0";
        }
    }

    public record Paragraph(List<Node> nodes) {
    }

    /** A speaker quoted in an article, with the colour class of their quotes. */
    public record Voice(String name, String href, String detail, String colour, int quotes) {
    }

    public record Copy(String href, String title, String site, String date, boolean current) {
    }

    public record Article(String title, String site, String date, List<String> authors, String url,
                          String description, List<Paragraph> paragraphs, List<Voice> voices, List<Copy> copies,
                          String storyHref, int quotes, int claims, int times, int unattributed) {
    }

    public record SpeakerRow(String name, String href, long quotes, long articles, String detail) {
    }

    public record Speakers(List<SpeakerRow> rows) {
    }

    public record QuoteItem(String text, String kind, String date, String site, String articleHref, String title) {
    }

    /** A bar of a chart, in the chart's own units (the SVG's viewBox). */
    public record Bar(String x, String y, String width, String height, String cls, String label) {
    }

    public record Tick(String x, String label, boolean last) {
        public String anchor() {
            return last ? "end" : "start";
        }
    }

    public record Chart(String label, int width, int height, String baseline, List<Bar> bars, List<Tick> ticks,
                        List<Link> legend, String empty) {
    }

    public record Speaker(String name, List<String> aliases, List<String> roles, List<String> organizations,
                          long quotes, long articles, Chart chart, List<Link> intervals, List<QuoteItem> items,
                          long shown) {
    }

    public record Entity(String name, List<String> aliases, String type, long articles, Chart chart,
                         List<Link> speakers, List<Hit> hits, String searchHref) {
    }

    public record Timeline(String q, String q2, String interval, List<Link> intervals, Chart chart, long total,
                           long total2) {
    }

    public record Outlet(String href, String site, String date, String title, List<Link> speakers,
                         List<String> numbers, boolean first) {
    }

    public record Story(String title, List<Outlet> outlets, long sites) {
    }

    public record Error(int status, String reason, String message) {
    }
}
