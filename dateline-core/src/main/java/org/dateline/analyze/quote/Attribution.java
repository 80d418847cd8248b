package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Speaker;

/**
 * A cue with its speaker and content in one sentence, as token ranges of that sentence: what
 * {@link CueFinder} finds and the quote finder turns into quotations. Immutable; the search builds
 * it with a {@link Builder}, which tries the alternatives (speaker before or after the verb, content
 * after or before it) and is cut back when a neighbouring attribution claims its words.
 *
 * @param cue              the cue as written ("said", "teilte mit", "according to")
 * @param cueWords         the cue's tokens
 * @param attributionWords the attribution's own words: the cue with its speaker phrase, auxiliaries
 *                         and adverbials ("Mr. Kirby said on Tuesday"); never content
 * @param speaker          who, resolved; null when nobody is named
 * @param speakerPhrase    the speaker's noun phrase, {@link TokenRange#NONE} when the speaker is
 *                         inherited or impersonal
 * @param content          what was said, {@link TokenRange#NONE} when nothing (an introduction)
 * @param secondContent    its second part: a quotation resumed after its attribution ("“…,” he said,
 *                         “…”"), or a clause going on around a source ("…, Mr. Obama said, are …")
 * @param inherited        the speaker is the main clause's ("…, adding that …", "und sagte:")
 * @param impersonal       the verb has no speaker of its own ("heißt es")
 * @param introducesNext   the cue ends its sentence with a colon: it introduces the next paragraph
 * @param quoteThenReported the content is a quotation, the second part reported speech
 *                         ("„Bis es zu spät war“, stellte Celebi fest, seien …")
 */
record Attribution(String cue, TokenRange cueWords, TokenRange attributionWords, Speaker speaker,
                   TokenRange speakerPhrase, TokenRange content, TokenRange secondContent, boolean inherited,
                   boolean impersonal, boolean introducesNext, boolean quoteThenReported) {

    /** Tokens {@code [from, to)} of a sentence; {@link #NONE} when absent. */
    record TokenRange(int from, int to) {
        static final TokenRange NONE = new TokenRange(-1, -1);

        boolean present() {
            return from >= 0;
        }

        static TokenRange of(int from, int to) {
            return from < 0 ? NONE : new TokenRange(from, to);
        }
    }

    /**
     * An attribution under construction: the search sets its parts as it decides them, and may undo
     * them (a content cut back where the next attribution's words begin, a verb that turns out to
     * have no speaker). {@code -1} marks a range not found.
     */
    static final class Builder {
        int cueFrom;
        int cueTo;
        String cue;
        int speakerFrom = -1;
        int speakerTo = -1;
        int appositiveFrom = -1;
        int appositiveTo = -1;
        /** "Mr. Kamin, who said": the relative pronoun that stands for the speaker, or -1. */
        int relativePronoun = -1;
        Speaker speaker;
        boolean inherited;
        /** An "-ing" form after a preposition: nested in the content before it, which goes on. */
        boolean gerund;
        int wordsFrom;
        int wordsTo;
        int contentFrom = -1;
        int contentTo = -1;
        int secondFrom = -1;
        int secondTo = -1;
        /** The content follows the cue (else it stands before it). */
        boolean contentAfterCue;
        /** A marker opens the content after the cue: "that", a colon, a quotation. */
        boolean markedContent;
        boolean introducesNext;
        boolean impersonal;
        boolean quoteThenReported;

        Attribution build() {
            return new Attribution(cue, new TokenRange(cueFrom, cueTo), new TokenRange(wordsFrom, wordsTo), speaker,
                    TokenRange.of(speakerFrom, speakerTo), TokenRange.of(contentFrom, contentTo),
                    TokenRange.of(secondFrom, secondTo), inherited, impersonal, introducesNext, quoteThenReported);
        }
    }
}
