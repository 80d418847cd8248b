package org.dateline.cli;

import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;
import org.dateline.watch.Listings;
import org.dateline.watch.RoundStats;
import org.dateline.watch.WarcArchive;
import org.dateline.watch.WatchSettings;
import org.dateline.watch.WatchState;
import org.dateline.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dateline watch}: follow feeds and sitemaps, fetch politely, archive as WARC, ingest. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {"Follow outlets through their feeds and sitemaps: each round reads every SOURCE, fetches the "
                + "articles no round has seen (robots.txt obeyed, one request at a time per host, --delay apart; "
                + "hosts in parallel), writes each request and response to a WARC archive, and extracts, analyses "
                + "and ingests the pages into the index. Feeds, sitemaps and pages are asked for with their last "
                + "ETag / Last-Modified. What the watch has seen is kept beside the index (INDEX.watch/), so a "
                + "restart, or a kill, neither loses an article nor ingests one twice. SIGTERM or Ctrl-C stops "
                + "cleanly, mid-round.",
                "SOURCE: an RSS 0.9x/1.0/2.0, Atom or JSON Feed URL; a sitemap, sitemap index or Google News sitemap "
                        + "URL (.xml or .xml.gz); or a site's home page, whose <link rel=\"alternate\"> feeds and "
                        + "robots.txt sitemaps are followed.",
                "Exit status: 0 done (or stopped), 1 after --once when a source failed, 2 bad usage or the index "
                        + "could not be opened."})
public final class WatchCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--archive", paramLabel = "DIR", defaultValue = "dateline-archive",
            description = "WARC archive folder (default: ./${DEFAULT-VALUE}).")
    Path archive;

    @Option(names = "--once", description = "One round, then exit.")
    boolean once;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time between the starts of two rounds (default ${DEFAULT-VALUE}; e.g. 90s, 15m, 1h).")
    String interval;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "More sources: one a line (# comments), or an OPML file exported from a feed reader. "
                    + "Read again each round.")
    Path sourcesFile;

    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Pause between two requests to one host (default ${DEFAULT-VALUE}; a robots.txt "
                    + "Crawl-delay that is longer wins, up to 60 s).")
    String delay;

    @Option(names = "--user-agent", paramLabel = "UA",
            description = "User-Agent to send (default: dateline/VERSION (+PROJECT URL)); its first word is "
                    + "the name robots.txt rules are matched against.")
    String userAgent;

    @Option(names = "--warc-size", paramLabel = "SIZE", defaultValue = "1G",
            description = "Start a new WARC file when one reaches SIZE (default ${DEFAULT-VALUE}; K, M, G).")
    String warcSize;

    @Option(names = "--no-analysis", description = "Skip the analysis stage (quotes, claims, times, entities).")
    boolean noAnalysis;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Feed, sitemap or home page URLs.")
    List<String> sources = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The default User-Agent: the tool, its version and where to read about it. */
    static String defaultUserAgent() {
        return "dateline/" + Main.Version.shortVersion() + " (+" + Main.Version.projectUrl() + ")";
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Duration every;
        Duration pause;
        long warcBytes;
        try {
            every = duration(interval, "--interval");
            pause = duration(delay, "--delay");
            warcBytes = size(warcSize, "--warc-size");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (sources.isEmpty() && sourcesFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing SOURCE (or --sources FILE)");
        }
        List<String> first;
        try {
            first = allSources();
        } catch (IllegalArgumentException e) {
            err.println("dateline watch: " + e.getMessage());
            return 2;
        }
        String ua = userAgent == null || userAgent.isBlank() ? defaultUserAgent() : userAgent.strip();
        WatchSettings settings = WatchSettings.defaults(ua).withDelay(pause).withWarcFileBytes(warcBytes)
                .withAnalysis(!noAnalysis);
        if (threads != null) {
            settings = settings.withWorkers(Math.max(1, threads));
        }
        NewsIndex idx;
        try {
            idx = NewsIndex.open(index.folder, NewsIndex.Mode.WRITE);
        } catch (IndexException e) {
            err.println("dateline watch: " + e.getMessage());
            return 2;
        }
        WatchState state;
        WarcArchive warc;
        try {
            state = WatchState.open(WatchState.folderFor(index.folder));
        } catch (UncheckedIOException e) {
            idx.close();
            err.println("dateline watch: " + e.getMessage());
            return 2;
        }
        try {
            warc = new WarcArchive(archive, warcBytes, ua);
        } catch (UncheckedIOException e) {
            state.close();
            idx.close();
            err.println("dateline watch: " + e.getMessage());
            return 2;
        }
        Watcher watcher = new Watcher(idx, state, warc, settings, err);
        boolean showProgress = !quiet && Terminal.interactive();
        ProgressLine line = new ProgressLine(err, showProgress);
        watcher.onProgress(line::update, line::clear);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                // Let the round finish what it fetched and save its state before the JVM goes.
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dateline-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean anySourceFailed = false;
        try {
            List<String> list = first;
            for (int round = 1; ; round++) {
                long start = System.nanoTime();
                RoundStats stats = watcher.round(list);
                line.clear();
                err.println("dateline watch: round " + round + ": " + stats.summary() + " (index " + index.folder
                        + ": " + idx.articleCount() + " articles)");
                anySourceFailed |= stats.sourcesFailed() > 0;
                if (once || watcher.stopping()) {
                    break;
                }
                long wait = every.toMillis() - (System.nanoTime() - start) / 1_000_000;
                if (wait > 0 && !watcher.sleep(wait)) {
                    break;
                }
                try {
                    list = allSources();
                } catch (IllegalArgumentException e) {
                    err.println("dateline watch: " + e.getMessage() + " (the last list is kept)");
                }
            }
        } catch (IndexException e) {
            line.clear();
            err.println("dateline watch: " + e.getMessage());
            return 2;
        } finally {
            watcher.close();
            warc.close();
            state.close();
            idx.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running
            }
        }
        return once && anySourceFailed ? 1 : 0;
    }

    private List<String> allSources() {
        List<String> all = new ArrayList<>(sources);
        if (sourcesFile != null) {
            try {
                all.addAll(Listings.sourceList(Files.readAllBytes(sourcesFile), sourcesFile.toString()));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + sourcesFile + ": " + e.getMessage());
            } catch (Listings.ListingException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException((sourcesFile == null ? "no source" : sourcesFile + " lists no source"));
        }
        return all;
    }

    private static final Pattern DURATION = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)?");

    /** {@code 200ms}, {@code 90s}, {@code 15m}, {@code 1h}, {@code 1d}, a number of seconds, or ISO 8601 ({@code PT15M}). */
    static Duration duration(String s, String option) {
        String v = s.strip();
        if (v.regionMatches(true, 0, "P", 0, 1)) {
            try {
                Duration d = Duration.parse(v);
                if (d.isNegative()) {
                    throw new IllegalArgumentException(option + " must not be negative: " + s);
                }
                return d;
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid value for " + option + ": " + s);
            }
        }
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid value for " + option + ": '" + s + "' (e.g. 500ms, 30s, 15m, 1h)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        double millis = switch (unit) {
            case "ms" -> n;
            case "s" -> n * 1000;
            case "m", "min" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 86_400_000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** {@code 1G}, {@code 100M}, {@code 512K}, or bytes. */
    static long size(String s, String option) {
        Matcher m = Pattern.compile("(?i)(\\d+)\\s*([kmg]i?b?|b)?").matcher(s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid value for " + option + ": '" + s + "' (e.g. 100M, 1G)");
        }
        long n = Long.parseLong(m.group(1));
        String u = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT).substring(0, 1);
        long bytes = switch (u) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
        if (bytes <= 0) {
            throw new IllegalArgumentException(option + " must be positive: " + s);
        }
        return bytes;
    }

    /** One line on a terminal, redrawn at most four times a second. */
    static final class ProgressLine {
        private final PrintStream err;
        private final boolean on;
        private long last;
        private boolean shown;

        ProgressLine(PrintStream err, boolean on) {
            this.err = err;
            this.on = on;
        }

        synchronized void update(RoundStats s) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (now - last < 250_000_000L) {
                return;
            }
            last = now;
            err.print("\r" + s.progress() + "   ");
            err.flush();
            shown = true;
        }

        synchronized void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(78) + "\r");
                err.flush();
                shown = false;
            }
        }
    }
}
