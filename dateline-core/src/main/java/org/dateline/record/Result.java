package org.dateline.record;

/** The outcome of one input: a record, or the reason there is none. */
public sealed interface Result permits Result.Extracted, Result.Rejected {

    /** The input as given. */
    String input();

    record Extracted(Record record) implements Result {
        @Override
        public String input() {
            return record.article().input();
        }
    }

    record Rejected(Failure failure) implements Result {
        @Override
        public String input() {
            return failure.input();
        }
    }
}
