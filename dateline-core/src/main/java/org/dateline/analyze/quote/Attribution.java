package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Speaker;

/** A cue with its speaker and content, as token ranges of one sentence. */
final class Attribution {
    int cueA;
    int cueB;
    String cue;
    int spkA = -1;
    int spkB = -1;
    int appA = -1;
    int appB = -1;
    Speaker speaker;
    boolean inherit;
    /** An "-ing" form after a preposition: nested in the content before it, which goes on. */
    boolean gerund;
    int groupA;
    int groupB;
    int conA = -1;
    int conB = -1;
    int con2A = -1;
    int con2B = -1;
    boolean after;
    boolean strongAfter;
    boolean intro;
    boolean impersonal;
    boolean mixed;
    int relA = -1;
}
