package org.dateline.watch;

import java.util.concurrent.atomic.AtomicLong;

/** The counts of one round, updated as it goes (thread-safe), summed up on one line at its end. */
public final class RoundStats {

    final AtomicLong sourcesRead = new AtomicLong();
    final AtomicLong sourcesFailed = new AtomicLong();
    final AtomicLong newArticles = new AtomicLong();
    final AtomicLong queued = new AtomicLong();
    final AtomicLong fetched = new AtomicLong();
    final AtomicLong notModified = new AtomicLong();
    final AtomicLong robots = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong added = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong alreadyIndexed = new AtomicLong();
    volatile boolean stopped;

    public long sourcesRead() {
        return sourcesRead.get();
    }

    public long sourcesFailed() {
        return sourcesFailed.get();
    }

    /** Article URLs no earlier round had seen. */
    public long newArticles() {
        return newArticles.get();
    }

    /** Article URLs to fetch this round (new ones, ones a crash or a failure left, changed ones). */
    public long queued() {
        return queued.get();
    }

    public long fetched() {
        return fetched.get();
    }

    /** 304 answers, for sources and articles. */
    public long notModified() {
        return notModified.get();
    }

    public long robots() {
        return robots.get();
    }

    /** Articles that could not be fetched or ingested. */
    public long failed() {
        return failed.get();
    }

    /** Articles the index did not hold before (new stories and copies of known ones). */
    public long added() {
        return added.get();
    }

    public long updated() {
        return updated.get();
    }

    public long unchanged() {
        return unchanged.get();
    }

    /** Listed articles the index held before the watch saw them: not fetched. */
    public long alreadyIndexed() {
        return alreadyIndexed.get();
    }

    /** The round was cut short by a stop: what was left is fetched by the next one. */
    public boolean stopped() {
        return stopped;
    }

    /** The articles of the queue dealt with so far. */
    public long done() {
        return fetched.get() + robots.get() + failed.get() + notModifiedArticles.get();
    }

    final AtomicLong notModifiedArticles = new AtomicLong();

    /** The summary line (without the command's name). */
    public String summary() {
        return sourcesRead() + " source" + (sourcesRead() == 1 ? "" : "s") + " read"
                + (sourcesFailed() > 0 ? " (" + sourcesFailed() + " failed)" : "")
                + ", " + newArticles() + " new article" + (newArticles() == 1 ? "" : "s")
                + ", " + fetched() + " fetched, " + notModified() + " not modified, "
                + robots() + " skipped by robots.txt, " + failed() + " failed"
                + "; indexed " + added() + " new, " + updated() + " updated, " + unchanged() + " unchanged"
                + (alreadyIndexed() > 0 ? ", " + alreadyIndexed() + " already in the index" : "")
                + (stopped ? "; stopped: " + (queued() - done()) + " left for the next round" : "");
    }

    /** The progress line. */
    public String progress() {
        return sourcesRead() + " sources, " + done() + "/" + queued() + " articles, " + fetched() + " fetched, "
                + failed() + " failed";
    }
}
