package org.dateline;

/** An input Dateline cannot make a record of; the message is one line naming the reason. */
public class DatelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatelineException(String message) {
        super(message);
    }

    public DatelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
