package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.Options;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Failure;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;
import org.dateline.store.RecordValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dateline ingest}: pages or records into the index. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Add articles to the index: pages (as extract reads them: files, folders, WARC, - for stdin) "
                + "or JSON Lines of records that extract printed. Idempotent: ingesting the same input again adds "
                + "nothing. Near-duplicates (syndicated copies) are linked to their story.",
                "Exit status: 0 all done, 1 some input failed or was indexed without its analysis, 2 the index could "
                        + "not be opened."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT", converter = InputFormats.class,
            description = "For pages: auto, html, text, body, warc. Default: ${DEFAULT-VALUE}.")
    InputFormat inputFormat;

    @Option(names = "--url", paramLabel = "URL", description = "The page URL, for a single page input.")
    String url;

    @Option(names = "--no-analysis", description = "Skip the analysis stage for pages (quotes, claims, times, entities).")
    boolean noAnalysis;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, WARC files, JSON Lines of records, or - for stdin.")
    List<String> inputs;

    /** Counts of one ingest run. */
    static final class Counts {
        long added;
        long duplicates;
        long updated;
        long unchanged;
        long failed;
        long skipped;
        /** Pages kept apart from another page that claims the same canonical URL with another text. */
        long sharedUrl;
        /** Records indexed without their analysis (it failed or ran out of time): counted as well. */
        long analysisFailed;

        long done() {
            return added + duplicates + updated + unchanged + failed + skipped;
        }

        void count(NewsIndex.Outcome o) {
            switch (o) {
                case NEW -> added++;
                case DUPLICATE -> duplicates++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        String summary() {
            return added + " new, " + updated + " updated, " + duplicates + " duplicates, " + unchanged + " unchanged, "
                    + failed + " failed" + (analysisFailed > 0 ? ", " + analysisFailed + " without analysis" : "")
                    + (skipped > 0 ? ", " + skipped + " skipped" : "")
                    + (sharedUrl > 0 ? "; " + sharedUrl + " kept apart from another page with the same URL" : "");
        }
    }

    @Override
    public Integer call() {
        InputFormat format = inputFormat;
        Options options = Options.DEFAULTS.withFormat(format).withAnalysis(!noAnalysis);
        PrintStream err = System.err;
        NewsIndex idx;
        try {
            idx = NewsIndex.open(index.folder, NewsIndex.Mode.WRITE);
        } catch (IndexException e) {
            err.println("dateline ingest: " + e.getMessage());
            return 2;
        }
        Counts counts = new Counts();
        boolean showProgress = !quiet && Terminal.interactive();
        Progress progress = new Progress(err, showProgress, showProgress ? IngestSources.knownTotal(inputs) : -1,
                showProgress ? IngestSources.totalBytes(inputs) : -1);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        try (idx) {
            run(idx, inputs, options, url, workers, counts, progress, err, null);
            long total = idx.articleCount();
            err.println("dateline ingest: " + counts.summary() + " (index " + index.folder + ": " + total + " articles)");
        } catch (IndexException e) {
            progress.clear();
            err.println("dateline ingest: " + e.getMessage());
            return 2;
        }
        return counts.failed > 0 || counts.analysisFailed > 0 ? 1 : 0;
    }

    /**
     * Reads, extracts (on {@code workers} threads) and indexes (on this thread) every input.
     *
     * @param seen called with each record indexed and what became of it, or null
     */
    static void run(NewsIndex idx, List<String> inputs, Options options, String url, int workers, Counts counts,
                    Progress progress, PrintStream err,
                    java.util.function.BiConsumer<org.dateline.record.Record, NewsIndex.Ingested> seen) {
        try (IngestSources sources = new IngestSources(inputs, options, url, System.in);
             OrderedPool pool = new OrderedPool(workers)) {
            progress.follow(sources::bytesRead, sources::itemsRead);
            pool.run(sources, w -> prepared(work(w, options)), (w, result) -> {
                if (w instanceof IngestSources.SourceWork s && s.item() instanceof Item.Skipped) {
                    counts.skipped++;
                } else if (result instanceof NewsIndex.Prepared p) {
                    try {
                        NewsIndex.Ingested in = idx.ingest(p);
                        counts.count(in.outcome());
                        if (in.sameUrl() != null && in.outcome() != NewsIndex.Outcome.UNCHANGED) {
                            counts.sharedUrl++;
                        }
                        if (p.record().analysisError() != null) {
                            counts.analysisFailed++;
                            progress.clear();
                            err.println(p.record().article().input() + ": " + p.record().analysisError());
                        }
                        if (seen != null) {
                            seen.accept(p.record(), in);
                        }
                    } catch (RuntimeException ex) {
                        counts.failed++;
                        progress.clear();
                        err.println(p.record().article().input() + ": cannot index: " + ex.getMessage());
                    }
                } else if (result instanceof Result.Rejected r) {
                    counts.failed++;
                    progress.clear();
                    err.println(r.failure().message());
                }
                progress.update(counts);
            });
        } finally {
            progress.clear();
        }
    }

    /** An extracted record prepared for indexing on the worker thread; a rejection as it is. */
    private static Object prepared(Result r) {
        if (r instanceof Result.Extracted e) {
            try {
                return NewsIndex.prepare(e.record());
            } catch (RuntimeException ex) {
                return new Result.Rejected(new Failure(e.input(), "cannot prepare for the index: " + ex.getMessage()));
            }
        }
        return r;
    }

    private static Result work(IngestSources.Work w, Options options) {
        if (w instanceof IngestSources.LineWork l) {
            if (l.error() != null) {
                return new Result.Rejected(new Failure(l.input(), l.error()));
            }
            try {
                return new Result.Extracted(RecordValidation.read(l.line()));
            } catch (DatelineException e) {
                return new Result.Rejected(new Failure(l.input(), e.getMessage()));
            }
        }
        Item item = ((IngestSources.SourceWork) w).item();
        if (item instanceof Item.PageItem p) {
            Page page = p.page();
            String stored = storedInput(page.input());
            if (!stored.equals(page.input())) {
                page = new Page(stored, page.content(), page.url(), page.contentType(), page.fetched(), page.format());
            }
            return Dateline.process(page, options);
        }
        return item instanceof Item.FailedItem f ? new Result.Rejected(f.failure()) : null;
    }

    /**
     * The input as the index keeps it: a path given absolute is stored relative to the working
     * directory, so that the index (and the API that serves it) does not show where the server's
     * files live; anything else (a relative path, {@code -}, a URL) as given. A WARC record's
     * {@code #<record id>} is kept.
     */
    static String storedInput(String input) {
        if (input == null || !input.startsWith("/") && !(input.length() > 2 && input.charAt(1) == ':'
                && (input.charAt(2) == '\\' || input.charAt(2) == '/'))) {
            return input;
        }
        int hash = input.indexOf("#urn:");
        String file = hash < 0 ? input : input.substring(0, hash);
        String rest = hash < 0 ? "" : input.substring(hash);
        try {
            java.nio.file.Path p = java.nio.file.Path.of(file);
            if (!p.isAbsolute()) {
                return input;
            }
            java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
            if (p.getRoot() == null || !p.getRoot().equals(cwd.getRoot())) {
                return input;
            }
            String rel = cwd.relativize(p.normalize()).toString();
            return (rel.isEmpty() ? "." : rel) + rest;
        } catch (RuntimeException e) {
            return input;
        }
    }

    /**
     * One line on a terminal, redrawn at most four times a second: done, total, rate, failures, ETA.
     * The total is exact when every input is one page; otherwise (WARC, JSON Lines) it is estimated
     * from the bytes read so far against the inputs' sizes and marked "~", as is the ETA.
     */
    static final class Progress {
        private final PrintStream err;
        private final boolean on;
        private final long total;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private java.util.function.LongSupplier bytesRead = () -> 0;
        private java.util.function.LongSupplier itemsRead = () -> 0;
        private long last;
        private boolean shown;

        /**
         * @param total      the number of articles when known, else -1
         * @param totalBytes the inputs' total size when known, else -1 (then no estimate)
         */
        Progress(PrintStream err, boolean on, long total, long totalBytes) {
            this.err = err;
            this.on = on;
            this.total = total;
            this.totalBytes = totalBytes;
        }

        /** Where the reading stands: bytes of the inputs read, and units of work read from them. */
        void follow(java.util.function.LongSupplier bytes, java.util.function.LongSupplier items) {
            this.bytesRead = bytes;
            this.itemsRead = items;
        }

        void update(Counts c) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (now - last < 250_000_000L) {
                return;
            }
            last = now;
            err.print("\r" + line(c.done(), c.failed, (now - start) / 1e9) + "   ");
            err.flush();
            shown = true;
        }

        /** The progress line after {@code secs} seconds with {@code done} articles done. */
        String line(long done, long failed, double secs) {
            double rate = done / Math.max(secs, 1e-3);
            long shownTotal = total;
            boolean estimate = false;
            if (shownTotal <= 0) {
                shownTotal = estimate(done);
                estimate = shownTotal > 0;
            }
            StringBuilder sb = new StringBuilder().append(done);
            if (shownTotal > 0) {
                sb.append('/').append(estimate ? "~" : "").append(shownTotal);
            }
            sb.append(" articles, ").append(String.format(Locale.ROOT, "%.0f/s", rate)).append(", ")
                    .append(failed).append(" failed");
            if (shownTotal > 0 && rate > 0 && done < shownTotal) {
                long eta = (long) ((shownTotal - done) / rate);
                sb.append(String.format(Locale.ROOT, ", ETA %s%d:%02d", estimate ? "~" : "", eta / 60, eta % 60));
            }
            return sb.toString();
        }

        /**
         * The total from how far reading got: items read so far scaled by the inputs' size over the
         * bytes read; -1 before anything is read or when the inputs' size is unknown.
         */
        long estimate(long done) {
            long bytes = bytesRead.getAsLong();
            long items = itemsRead.getAsLong();
            if (totalBytes <= 0 || bytes <= 0 || items <= 0) {
                return -1;
            }
            long est = Math.round(items * (double) totalBytes / Math.min(bytes, totalBytes));
            return Math.max(est, Math.max(items, done));
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(78) + "\r");
                err.flush();
                shown = false;
            }
        }
    }
}
