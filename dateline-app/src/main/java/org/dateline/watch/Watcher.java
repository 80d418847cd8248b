package org.dateline.watch;

import org.dateline.Dateline;
import org.dateline.Hints;
import org.dateline.Options;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Failure;
import org.dateline.record.Result;
import org.dateline.store.Ids;
import org.dateline.store.NewsIndex;

import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows sources round by round: reads every feed and sitemap (hosts in parallel, politely),
 * queues the article URLs no round has seen (canonicalised as the index does, so a URL listed by a
 * feed and a sitemap is fetched once), fetches them (archived as WARC), extracts and analyses them
 * on worker threads and ingests them into the index on the round's thread.
 *
 * <p>One round at a time; {@link #stop()} may be called from any thread (a signal handler): the
 * round stops starting requests, finishes what it fetched, and saves its state.
 */
public final class Watcher implements AutoCloseable {

    /** Nested sources followed from a named one: a home page → a sitemap index → a sitemap. */
    static final int MAX_SOURCE_DEPTH = 3;
    /** Failed fetches of an article before it is given up. */
    static final int MAX_ATTEMPTS = 3;
    /** The index is committed (and the articles marked done) at least this often during a round. */
    static final long COMMIT_MILLIS = 1000;

    private final NewsIndex index;
    private final WatchState state;
    private final WatchSettings settings;
    private final Fetcher fetcher;
    private final Options options;
    private final PrintStream err;
    private final ExecutorService hostPool;
    private final ExecutorService workers;
    private final CountDownLatch stopLatch = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Consumer<RoundStats> progress = s -> {
    };
    private volatile Runnable beforeReport = () -> {
    };

    /**
     * @param archive where every exchange is written, or null for none
     */
    public Watcher(NewsIndex index, WatchState state, WarcArchive archive, WatchSettings settings, PrintStream err) {
        this.index = index;
        this.state = state;
        this.settings = settings;
        this.err = err;
        this.fetcher = new Fetcher(settings, archive == null ? ex -> { } : archive::write);
        this.options = Options.DEFAULTS.withFormat(InputFormat.AUTO).withAnalysis(settings.analysis());
        this.hostPool = Executors.newFixedThreadPool(settings.hosts(), daemon("dateline-watch-host"));
        this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("dateline-watch-worker"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Called on the round's thread as it goes (a progress line); and before each error line (to clear it). */
    public void onProgress(Consumer<RoundStats> listener, Runnable clear) {
        this.progress = listener;
        this.beforeReport = clear;
    }

    /** Stops the round under way (and the waits between rounds) as soon as what is in flight is done. */
    public void stop() {
        stopping = true;
        fetcher.stop();
        stopLatch.countDown();
    }

    public boolean stopping() {
        return stopping;
    }

    /** Waits up to {@code millis}; false when stopped meanwhile. */
    public boolean sleep(long millis) {
        try {
            return !stopLatch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized void report(String line) {
        beforeReport.run();
        err.println(line);
    }

    // ------------------------------------------------------------------------------ a round

    /** One round over the sources. */
    public RoundStats round(List<String> sources) {
        RoundStats stats = new RoundStats();
        fetcher.newRound();
        state.maybeCompact();
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, SourceRead> read = new LinkedHashMap<>();
        readSources(sources, found, read, stats);
        queue(found, stats);
        // Only now that their articles are queued (durably): a 304 next round must not hide one.
        synchronized (read) {
            read.forEach((url, r) -> state.saveSource(url, r.validators, r.children));
        }
        state.sync();
        fetchArticles(stats);
        stats.stopped = stopping;
        return stats;
    }

    /** An article a source listed, merged over the sources that list it. */
    private static final class Found {
        final String key;
        final String url;
        String title;
        String published;
        String language;
        Instant updated;

        Found(String key, String url) {
            this.key = key;
            this.url = url;
        }

        void merge(Listings.Entry e) {
            title = title != null ? title : e.title();
            published = published != null ? published : e.published();
            language = language != null ? language : e.language();
            Instant u = instant(e.updated());
            if (u != null && (updated == null || u.isAfter(updated))) {
                updated = u;
            }
        }
    }

    private record SourceTask(String url, boolean named, int depth) {
    }

    /** A source read this round: its validators and the sources it points to. */
    private record SourceRead(Validators validators, List<String> children) {
    }

    private void readSources(List<String> named, Map<String, Found> found, Map<String, SourceRead> read, RoundStats stats) {
        List<SourceTask> wave = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String s : named) {
            if (visited.add(s.strip())) {
                wave.add(new SourceTask(s.strip(), true, 0));
            }
        }
        while (!wave.isEmpty() && !stopping) {
            Map<String, List<SourceTask>> byHost = new LinkedHashMap<>();
            for (SourceTask t : wave) {
                URI u;
                try {
                    u = Listings.uri(t.url);
                } catch (Listings.ListingException e) {
                    stats.sourcesFailed.incrementAndGet();
                    report(t.url + ": " + e.getMessage());
                    continue;
                }
                byHost.computeIfAbsent(Fetcher.hostKey(u), k -> new ArrayList<>()).add(t);
            }
            List<SourceTask> next = new ArrayList<>();
            List<Future<?>> tasks = new ArrayList<>();
            for (List<SourceTask> list : byHost.values()) {
                tasks.add(hostPool.submit(() -> {
                    for (SourceTask t : list) {
                        if (stopping) {
                            return;
                        }
                        readSource(t, found, read, next, stats);
                    }
                }));
            }
            awaitAll(tasks);
            wave = new ArrayList<>();
            synchronized (next) {
                for (SourceTask t : next) {
                    if (visited.add(t.url)) {
                        wave.add(t);
                    }
                }
            }
        }
    }

    private void readSource(SourceTask t, Map<String, Found> found, Map<String, SourceRead> read, List<SourceTask> next,
                            RoundStats stats) {
        try {
            URI uri = Listings.uri(t.url);
            Validators before = state.source(t.url);
            FetchResult r = fetcher.fetch(uri, before);
            switch (r.kind()) {
                case NOT_MODIFIED -> {
                    stats.sourcesRead.incrementAndGet();
                    stats.notModified.incrementAndGet();
                    // A home page or a sitemap index unchanged: what it pointed to is read all the same.
                    follow(t, state.children(t.url), next);
                }
                case ROBOTS -> {
                    stats.robots.incrementAndGet();
                    report(t.url + ": disallowed by robots.txt, not read");
                }
                case GONE, FAILED -> {
                    stats.sourcesFailed.incrementAndGet();
                    report(t.url + ": " + r.error());
                }
                case OK -> {
                    Listings.Listing listing = Listings.read(r.body(), r.contentType(), r.finalUri(), settings.maxBytes(),
                            t.named && t.depth == 0);
                    List<String> children = new ArrayList<>(listing.sources());
                    if (listing.kind().equals("a home page")) {
                        children.addAll(fetcher.sitemapsOf(r.finalUri()));
                        if (children.isEmpty()) {
                            throw new Listings.ListingException("a home page with no feed (<link rel=\"alternate\">) "
                                    + "and no sitemap in its robots.txt");
                        }
                    }
                    stats.sourcesRead.incrementAndGet();
                    synchronized (found) {
                        for (Listings.Entry e : listing.entries()) {
                            String key = Ids.canonicalUrl(e.url());
                            String url = Ids.withoutTracking(e.url());
                            if (key != null && url != null) {
                                found.computeIfAbsent(key, k -> new Found(k, url)).merge(e);
                            }
                        }
                    }
                    follow(t, children, next);
                    synchronized (read) {
                        read.put(t.url, new SourceRead(new Validators(r.etag(), r.lastModified()), children));
                    }
                }
            }
        } catch (Listings.ListingException e) {
            stats.sourcesFailed.incrementAndGet();
            report(t.url + ": " + e.getMessage());
        } catch (RuntimeException e) {
            stats.sourcesFailed.incrementAndGet();
            report(t.url + ": cannot read: " + Fetcher.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private static void follow(SourceTask t, List<String> children, List<SourceTask> next) {
        if (t.depth < MAX_SOURCE_DEPTH) {
            synchronized (next) {
                for (String c : children) {
                    next.add(new SourceTask(c, false, t.depth + 1));
                }
            }
        }
    }

    /** Queues what no round has seen, and what changed since it was fetched (with its validators). */
    private void queue(Map<String, Found> found, RoundStats stats) {
        for (Found f : found.values()) {
            if (state.isPending(f.key)) {
                continue;
            }
            WatchState.Done d = state.done(f.key);
            if (d != null) {
                if ("ingested".equals(d.how()) && f.updated != null && f.updated.isAfter(d.at())) {
                    state.queue(new WatchState.Pending(f.key, f.url, f.title, f.published, f.language, d.validators()));
                }
                continue;
            }
            stats.newArticles.incrementAndGet();
            String id = Ids.urlId(f.url);
            if (id != null && index.get(id) != null) {
                // Ingested before (from files, or a state lost): not fetched again without a condition.
                state.markDone(f.key, new WatchState.Done(f.url, Validators.NONE, Instant.now(), "indexed"));
                stats.alreadyIndexed.incrementAndGet();
                continue;
            }
            state.queue(new WatchState.Pending(f.key, f.url, f.title, f.published, f.language, Validators.NONE));
        }
    }

    // ------------------------------------------------------------------------------ articles

    /** A fetched article on its way to the index: extracted and prepared, or rejected. */
    private record Ready(WatchState.Pending pending, FetchResult fetch, Object result) {
    }

    private record Mark(String key, WatchState.Done done) {
    }

    private void fetchArticles(RoundStats stats) {
        List<WatchState.Pending> todo = state.pending();
        stats.queued.set(todo.size());
        Map<String, List<WatchState.Pending>> byHost = new LinkedHashMap<>();
        for (WatchState.Pending p : todo) {
            try {
                byHost.computeIfAbsent(Fetcher.hostKey(Listings.uri(p.url())), k -> new ArrayList<>()).add(p);
            } catch (Listings.ListingException e) {
                state.markDone(p.key(), new WatchState.Done(p.url(), Validators.NONE, Instant.now(), "failed"));
                stats.failed.incrementAndGet();
                report(p.url() + ": " + e.getMessage());
            }
        }
        int window = settings.workers() * 4;
        Semaphore inflight = new Semaphore(window);
        BlockingQueue<Ready> ready = new LinkedBlockingQueue<>();
        CountDownLatch hostsDone = new CountDownLatch(byHost.size());
        for (List<WatchState.Pending> list : byHost.values()) {
            hostPool.submit(() -> {
                try {
                    for (WatchState.Pending p : list) {
                        if (stopping) {
                            return;
                        }
                        fetchArticle(p, stats, inflight, ready);
                    }
                } finally {
                    hostsDone.countDown();
                }
            });
        }
        List<Mark> marks = new ArrayList<>();
        long lastCommit = System.nanoTime();
        while (true) {
            Ready r;
            try {
                r = ready.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                r = null;
            }
            if (r != null) {
                try {
                    ingest(r, stats, marks);
                } finally {
                    inflight.release();
                }
            }
            progress.accept(stats);
            if (!marks.isEmpty() && (System.nanoTime() - lastCommit > COMMIT_MILLIS * 1_000_000L || marks.size() >= 500)) {
                commit(marks);
                lastCommit = System.nanoTime();
            }
            if (r == null && hostsDone.getCount() == 0 && ready.isEmpty() && inflight.availablePermits() == window) {
                break;
            }
        }
        commit(marks);
    }

    /** Commits the index, then marks its articles done: a crash between the two re-fetches, never loses. */
    private void commit(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        index.commit();
        for (Mark m : marks) {
            state.markDone(m.key, m.done);
        }
        state.sync();
        marks.clear();
    }

    private void fetchArticle(WatchState.Pending p, RoundStats stats, Semaphore inflight, BlockingQueue<Ready> ready) {
        URI uri;
        try {
            uri = Listings.uri(p.url());
        } catch (Listings.ListingException e) {
            return; // refused when grouping
        }
        FetchResult r = fetcher.fetch(uri, p.validators() == null ? Validators.NONE : p.validators());
        switch (r.kind()) {
            case OK -> {
                stats.fetched.incrementAndGet();
                try {
                    inflight.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    workers.submit(() -> {
                        Object result;
                        try {
                            result = extract(p, r);
                        } catch (RuntimeException | Error e) {
                            result = new Result.Rejected(new Failure(r.finalUri().toString(), "extraction failed: "
                                    + Fetcher.oneLine(String.valueOf(e.getMessage()))));
                        }
                        ready.add(new Ready(p, r, result));
                    });
                } catch (RuntimeException e) {
                    inflight.release();
                    throw e;
                }
            }
            case NOT_MODIFIED -> {
                stats.notModified.incrementAndGet();
                stats.notModifiedArticles.incrementAndGet();
                state.markDone(p.key(), new WatchState.Done(r.finalUri().toString(),
                        new Validators(r.etag(), r.lastModified()), Instant.now(), "ingested"));
            }
            case ROBOTS -> {
                stats.robots.incrementAndGet();
                state.markDone(p.key(), new WatchState.Done(p.url(), Validators.NONE, Instant.now(), "robots"));
            }
            case GONE -> {
                stats.failed.incrementAndGet();
                state.markDone(p.key(), new WatchState.Done(p.url(), Validators.NONE, Instant.now(), "gone"));
                report(p.url() + ": " + r.error());
            }
            case FAILED -> {
                if (stopping && r.status() == 0) {
                    return; // not tried: left queued for the next round
                }
                stats.failed.incrementAndGet();
                boolean permanent = r.status() >= 200 && r.status() < 300;
                int n = state.failed(p.key());
                boolean giveUp = permanent || n >= MAX_ATTEMPTS;
                if (giveUp) {
                    state.markDone(p.key(), new WatchState.Done(p.url(), Validators.NONE, Instant.now(), "failed"));
                }
                report(p.url() + ": " + r.error() + (giveUp ? "" : " (tried again next round)"));
            }
        }
    }

    /** On a worker: extract and analyse with the listing's hints, and prepare for the index. */
    private Object extract(WatchState.Pending p, FetchResult r) {
        String at = r.finalUri().toString();
        Page page = new Page(at, r.body(), at, r.contentType(), r.fetched(), InputFormat.AUTO);
        Result result = Dateline.process(page, options, new Hints(p.title(), p.published(), p.language()));
        if (result instanceof Result.Extracted e) {
            try {
                return NewsIndex.prepare(e.record());
            } catch (RuntimeException ex) {
                return new Result.Rejected(new Failure(at, "cannot prepare for the index: " + ex.getMessage()));
            }
        }
        return result;
    }

    /** On the round's thread: into the index. */
    private void ingest(Ready r, RoundStats stats, List<Mark> marks) {
        String at = r.fetch().finalUri().toString();
        Validators v = new Validators(r.fetch().etag(), r.fetch().lastModified());
        if (r.result() instanceof NewsIndex.Prepared p) {
            try {
                NewsIndex.Ingested in = index.ingest(p);
                switch (in.outcome()) {
                    case NEW, DUPLICATE -> stats.added.incrementAndGet();
                    case UPDATED -> stats.updated.incrementAndGet();
                    case UNCHANGED -> stats.unchanged.incrementAndGet();
                }
                if (p.record().analysisError() != null) {
                    report(at + ": " + p.record().analysisError());
                }
                marks.add(new Mark(r.pending().key(), new WatchState.Done(at, v, r.fetch().fetched(), "ingested")));
            } catch (RuntimeException e) {
                stats.failed.incrementAndGet();
                report(at + ": cannot index: " + Fetcher.oneLine(String.valueOf(e.getMessage())));
            }
        } else if (r.result() instanceof Result.Rejected rej) {
            stats.failed.incrementAndGet();
            report(rej.failure().message());
            marks.add(new Mark(r.pending().key(), new WatchState.Done(at, v, r.fetch().fetched(), "failed")));
        }
    }

    private static void awaitAll(List<Future<?>> tasks) {
        for (Future<?> f : tasks) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(c);
            }
        }
    }

    static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(iso);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        stop();
        fetcher.close();
        hostPool.shutdownNow();
        workers.shutdownNow();
    }
}
