package org.dateline.store;

import org.dateline.DatelineException;

/**
 * The index cannot be used as asked: missing, corrupted, foreign, locked by another writer, or a
 * query that does not parse. The message is one line naming the folder or the input and the reason.
 */
public final class IndexException extends DatelineException {

    private static final long serialVersionUID = 1L;

    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
