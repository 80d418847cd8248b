package org.dateline.desk;

/** A page that cannot be shown: answered with an error page of this status and message. */
final class DeskError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    DeskError(int status, String message) {
        super(message);
        this.status = status;
    }
}
