package org.dateline;

/**
 * A per-page time budget ({@link Options#timeLimitMillis()}). {@link Dateline#process} opens one
 * for each page on the calling thread; a long stage calls {@link #check(String)} in its loops
 * (every few thousand iterations is enough: the clock read costs ~20 ns) and stops with a
 * {@link DatelineException} naming the stage when the budget is spent. Between stages the flow
 * itself checks: a page whose extraction spent the budget keeps its extraction and skips analysis.
 *
 * <p>The current deadline is thread-confined (set and cleared around each page), so stages need no
 * extra parameter and nothing is shared between pages or threads. Outside {@code process} there is
 * no deadline and {@code check} does nothing.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long limitMillis;
    private final long endNanos;

    private Deadline(long limitMillis) {
        this.limitMillis = limitMillis;
        this.endNanos = System.nanoTime() + limitMillis * 1_000_000L;
    }

    /** Throws when the current page's budget is spent; does nothing outside a page. */
    public static void check(String stage) {
        Deadline d = CURRENT.get();
        if (d != null && d.expired()) {
            throw new DatelineException("time limit of " + d.limitMillis + " ms exceeded in " + stage);
        }
    }

    /** Whether the current page's budget is spent (false outside a page). */
    public static boolean expiredNow() {
        Deadline d = CURRENT.get();
        return d != null && d.expired();
    }

    boolean expired() {
        return System.nanoTime() - endNanos > 0;
    }

    long limitMillis() {
        return limitMillis;
    }

    /** Starts a budget for the page processed on this thread; close it when the page is done. */
    static Scope open(long limitMillis) {
        Deadline previous = CURRENT.get();
        Deadline d = new Deadline(limitMillis);
        CURRENT.set(d);
        return new Scope(d, previous);
    }

    /** The open budget of one page. */
    static final class Scope implements AutoCloseable {
        final Deadline deadline;
        private final Deadline previous;

        private Scope(Deadline deadline, Deadline previous) {
            this.deadline = deadline;
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
