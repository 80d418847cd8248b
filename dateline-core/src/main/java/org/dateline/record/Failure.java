package org.dateline.record;

/**
 * An input that gave no record: printed as {@code {"input": …, "error": …}}.
 *
 * @param input  the input as given
 * @param reason one line, no stack trace
 */
public record Failure(String input, String reason) {

    public Failure {
        reason = reason == null ? "unknown error" : reason.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** The one line printed on stderr. */
    public String message() {
        return input + ": " + reason;
    }
}
