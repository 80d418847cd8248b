package org.dateline.extract.meta;

import java.util.List;
import java.util.Locale;

/**
 * The dates a page offers and how one of them became its publication date: every candidate with
 * where it came from and the weight that gave it, the days they add up to, and the reason the
 * winner won. What {@code dateline explain} prints. Immutable.
 *
 * @param candidates every date found, in the order found (structured data first)
 * @param days       the days the publication candidates support, best first, with their scores
 * @param published  the publication date chosen (null when the page offers none)
 * @param modified   the modification date chosen (null when the page offers none)
 * @param reason     one sentence: why {@code published} won
 * @param anchor     what distances on the page were measured from (the headline), or a note that the
 *                   page was not walked
 */
public record DateEvidence(List<Candidate> candidates, List<Day> days, String published, String modified,
                           String reason, String anchor) {

    /** Where a candidate date was read. */
    public enum Source {
        JSON_LD("json-ld"), META("meta"), MICRODATA("microdata"), TIME("time/marked element"),
        TEXT("visible text"), URL("url"), ATTRIBUTE("attribute"), IMAGE("image path"), SCRIPT("script");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One date the page states.
     *
     * @param source   the kind of place it was read from
     * @param modified true when it is marked as a change, not the publication
     * @param iso      the date as read (ISO form, with time and offset when stated)
     * @param weight   its weight as evidence of the publication date
     * @param where    its provenance: the element or key, its box, its place relative to the headline,
     *                 and each adjustment of the weight
     */
    public record Candidate(Source source, boolean modified, String iso, double weight, String where) {

        /** The day, {@code YYYY-MM-DD}. */
        public String day() {
            return iso.substring(0, 10);
        }
    }

    /**
     * A day and the evidence for it as the publication day.
     *
     * @param day     {@code YYYY-MM-DD}
     * @param score   the best candidate's weight plus half the best weight of each other source that agrees
     * @param support the sources that agree, with their weights
     */
    public record Day(String day, double score, String support) {
    }

    /** The evidence as lines of text: the candidates, the days they support, the decision. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("anchor:    ").append(anchor).append('\n');
        sb.append("candidates:\n");
        if (candidates.isEmpty()) {
            sb.append("  (none)\n");
        }
        for (Candidate c : candidates) {
            sb.append(String.format(Locale.ROOT, "  %-9s %-20s %-28s %5.2f  %s%n", c.modified() ? "modified" : "published",
                    c.source().label(), c.iso(), c.weight(), c.where()));
        }
        sb.append("days:\n");
        if (days.isEmpty()) {
            sb.append("  (none)\n");
        }
        for (Day d : days) {
            sb.append(String.format(Locale.ROOT, "  %s %6.2f  %s%n", d.day(), d.score(), d.support()));
        }
        sb.append("published: ").append(published).append('\n');
        sb.append("modified:  ").append(modified).append('\n');
        sb.append("because:   ").append(reason).append('\n');
        return sb.toString();
    }
}
