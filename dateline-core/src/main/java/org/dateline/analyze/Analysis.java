package org.dateline.analyze;

import java.util.List;

/**
 * What an article's sentences say: the analysis half of a record. Immutable.
 * Offsets ({@code start}/{@code end}) are character offsets into the article's {@code text}.
 */
public record Analysis(
        List<Quote> quotes,
        List<Claim> claims,
        List<TimeExpression> times,
        List<Entity> entities,
        List<String> unattributed) {

    public static final Analysis EMPTY = new Analysis(List.of(), List.of(), List.of(), List.of(), List.of());

    public Analysis {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        claims = claims == null ? List.of() : List.copyOf(claims);
        times = times == null ? List.of() : List.copyOf(times);
        entities = entities == null ? List.of() : List.copyOf(entities);
        unattributed = unattributed == null ? List.of() : List.copyOf(unattributed);
    }

    /**
     * A quotation or reported statement.
     *
     * @param text    what was said (without the quote marks)
     * @param kind    {@code direct}, {@code partial}, {@code indirect}, or {@code term} (scare quote or title; not speech)
     * @param speaker who said it, or null when the text does not say
     * @param cue     the reporting verb or phrase ("said", "according to")
     * @param start   offset of the first character of {@code text}
     * @param end     offset after the last character of {@code text}
     * @param spans   each separately quoted fragment of the statement, in order: one for an
     *                unsplit quote, two or more for one split by its attribution ("…,” he said,
     *                “…"), the content for reported speech; {@code text} is their texts joined
     */
    public record Quote(String text, String kind, Speaker speaker, String cue, int start, int end,
                        List<Fragment> spans, String cueType) {

        public Quote {
            spans = spans == null || spans.isEmpty() ? List.of(new Fragment(start, end)) : List.copyOf(spans);
        }

        /** A quote of the given fragments, its cue's type unknown. */
        public Quote(String text, String kind, Speaker speaker, String cue, int start, int end, List<Fragment> spans) {
            this(text, kind, speaker, cue, start, end, spans, null);
        }

        /** A quote of one fragment, {@code [start, end)}. */
        public Quote(String text, String kind, Speaker speaker, String cue, int start, int end) {
            this(text, kind, speaker, cue, start, end, null, null);
        }
    }

    /** A cue that reports words said or written ("said", "told", "according to", a colon). */
    public static final String CUE_SPEECH = "speech";
    /** A cue that reports a belief or expectation ("believes", "hopes", "fürchtet"). */
    public static final String CUE_BELIEF = "belief";
    /** A cue that reports a finding ("found", "showed", "estimated"): a study or a count, not words. */
    public static final String CUE_EVIDENCE = "evidence";
    /** A cue that reports an act ("denied", "demanded", "urged", "promised", "ruled"). */
    public static final String CUE_ACTION = "action";

    /** A character range {@code [start, end)} of the article's {@code text}. */
    public record Fragment(int start, int end) {
    }

    /**
     * A source of speech.
     *
     * @param mention      as written ("he", "a man", "US State Department spokesman John Kirby")
     * @param name         resolved full name ("John Kirby"), null when unknown
     * @param role         "spokesman", "defense minister"
     * @param organization "US State Department"
     * @param type         {@code person}, {@code organization}, {@code document}, {@code unknown}
     */
    public record Speaker(String mention, String name, String role, String organization, String type) {
    }

    /**
     * A numeric claim.
     *
     * @param text      the span that states the number and what it counts
     * @param value     the number ("10,000" is 10000, "3.8 billion" is 3.8e9, "half" is 0.5)
     * @param qualifier "more than", "about", "at least", or null
     * @param unit      the unit or counted thing ("sorties", "square kilometers")
     * @param source    who states it, when the sentence or its paragraph attributes it
     * @param time      the time span stated with it ("since 2015-09-30"), else null
     */
    public record Claim(String text, double value, String qualifier, String unit, String source, String time,
                        int start, int end) {
    }

    /**
     * A time expression.
     *
     * @param text  as written ("on Tuesday")
     * @param value resolved ISO value ("2016-03-15", "2016-01"), null when it cannot be resolved
     */
    public record TimeExpression(String text, String value, int start, int end) {
    }

    /**
     * A named entity with its aliases grouped.
     *
     * @param type {@code person}, {@code organization}, {@code place}
     */
    public record Entity(String name, String type, List<String> aliases, int count) {
        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }
}
