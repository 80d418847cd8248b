package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.record.Record;
import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;
import org.dateline.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline reanalyze}: the analysis of stored articles run again (after an upgrade) and stored. */
@Command(name = "reanalyze",
        mixinStandardHelpOptions = true,
        description = {"Run the analysis stage (quotes, speakers, claims, times, entities) again on the articles in the "
                + "index, every copy, or those matching --query, and store the records whose analysis changed: after an "
                + "upgrade of Dateline, or for articles ingested with --no-analysis. The extraction (text, title, dates) "
                + "is kept as stored; ids, stories and links do not change.",
                "An article whose analysis fails now keeps its stored record and is reported on stderr. Exit status: "
                        + "0 done, 1 some analysis failed, 2 the index could not be opened."})
public final class ReanalyzeCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filter;

    @Option(names = "--query", paramLabel = "QUERY", description = "Only articles matching QUERY (search syntax); default: all.")
    String query;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    /** A stored article and its new record (or why there is none). */
    private record Work(StoredArticle stored, Record updated, String error) {
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        NewsIndex idx;
        try {
            NewsIndex.open(index.folder, NewsIndex.Mode.READ).close(); // an index must be there: never create one
            idx = NewsIndex.open(index.folder, NewsIndex.Mode.WRITE);
        } catch (IndexException e) {
            err.println("dateline reanalyze: " + e.getMessage());
            return 2;
        }
        IngestCommand.Counts counts = new IngestCommand.Counts();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        try (idx) {
            List<String> ids = idx.ids(query, filter.filters(null, null));
            boolean show = !quiet && Terminal.interactive();
            IngestCommand.Progress progress = new IngestCommand.Progress(err, show, ids.size(), -1);
            Options options = Options.DEFAULTS;
            try (OrderedPool pool = new OrderedPool(workers)) {
                // Read on this thread (the index's snapshot, before any rewrite of that article), analyse on the workers.
                java.util.Iterator<String> it = ids.iterator();
                java.util.Iterator<StoredArticle> articles = new java.util.Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public StoredArticle next() {
                        return idx.snapshot(it.next());
                    }
                };
                pool.run(articles, a -> analyse(a, options), (a, w) -> {
                    if (w.error() != null) {
                        counts.failed++;
                        progress.clear();
                        err.println((a == null ? "an article" : a.id()) + ": " + w.error());
                    } else {
                        NewsIndex.Outcome o = idx.replace(a.id(), w.updated());
                        if (o == null) {
                            counts.skipped++; // deleted meanwhile
                        } else {
                            counts.count(o);
                        }
                    }
                    progress.update(counts);
                });
            } finally {
                progress.clear();
            }
            idx.commit();
            err.println("dateline reanalyze: " + counts.updated + " reanalysed, " + counts.unchanged + " unchanged, "
                    + counts.failed + " failed" + (counts.skipped > 0 ? ", " + counts.skipped + " gone meanwhile" : "")
                    + " (index " + index.folder + ": " + idx.articleCount() + " articles)");
            return counts.failed > 0 ? 1 : 0;
        } catch (IndexException | IllegalArgumentException e) {
            err.println("dateline reanalyze: " + e.getMessage());
            return 2;
        }
    }

    private static Work analyse(StoredArticle a, Options options) {
        if (a == null) {
            return new Work(null, null, "no longer in the index");
        }
        Record stored;
        try {
            stored = a.record();
        } catch (RuntimeException e) {
            return new Work(a, null, "cannot read the stored record: " + e.getMessage());
        }
        Record updated = Dateline.reanalyze(stored.article(), options);
        if (updated.analysisError() != null) {
            return new Work(a, null, updated.analysisError() + " (the stored record is kept)");
        }
        return new Work(a, updated, null);
    }
}
