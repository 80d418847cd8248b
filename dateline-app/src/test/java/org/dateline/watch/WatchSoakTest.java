package org.dateline.watch;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of docs/benchmarks.md ("dateline watch"): memory over a 10,000-item feed, and the rate
 * of a round over 1,000 new articles on a loopback server against {@code dateline ingest} of the
 * same pages. Each runs the real command in a child JVM with a small heap and a GC log; the test
 * prints the figures (no timing is asserted). Tagged soak: run with
 * {@code mvn -B -q -pl dateline-app -am test -Dtest=WatchSoakTest -Dexcluded.groups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("soak")
class WatchSoakTest {

    @TempDir
    Path tmp;

    private static final Pattern GC_AFTER = Pattern.compile("->(\\d+)M\\(");

    /** Runs dateline in a child JVM; returns [exit status, wall ms, max heap after GC MB, GC count]. */
    private long[] dateline(String heap, Path gcLog, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "org.dateline.cli.Main"));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve(gcLog.getFileName() + ".out");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long max = 0;
        long count = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_AFTER.matcher(line);
            if (m.find()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
                count++;
            }
        }
        System.out.println("  " + String.join(" ", args).replace(tmp.toString(), "TMP"));
        System.out.println("  -> exit " + p.exitValue() + ", " + ms + " ms, heap after GC at most " + max + " MB over "
                + count + " collections; " + Files.readAllLines(log).stream().filter(l -> l.startsWith("dateline"))
                .reduce((a, b) -> b).orElse(""));
        return new long[] {p.exitValue(), ms, max, count};
    }

    @Test
    void memoryStaysFlatOverATenThousandItemFeed() throws Exception {
        byte[] page = Harness.page("timeslive-2025-05-22-widgets.html");
        for (int items : Integer.getInteger("items") == null ? new int[] {1_000, 10_000} : new int[] {Integer.getInteger("items")}) {
            try (LoopbackSite site = new LoopbackSite()) {
                StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
                for (int i = 0; i < items; i++) {
                    rss.append("<item><title>Article number ").append(i).append(" of the big feed</title><link>")
                            .append(site.url("/a/" + i)).append("</link><pubDate>Thu, 22 May 2025 06:00:00 +0000</pubDate></item>");
                }
                rss.append("</channel></rss>");
                site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
                site.file("/feed.rss", "application/rss+xml", rss.toString());
                for (int i = 0; i < items; i++) {
                    site.route("/a/" + i, ex -> LoopbackSite.Response.ok("text/html", page));
                }
                System.out.println(items + "-item feed (" + rss.length() / 1024 + " KB), each item the same real page:");
                long[] r = dateline("256m", tmp.resolve("gc-" + items + ".log"), "watch", "--once", "--quiet", "--delay", "0",
                        "--no-analysis", "--index", tmp.resolve("idx-" + items).toString(), "--archive",
                        tmp.resolve("warc-" + items).toString(), site.url("/feed.rss"));
                assertThat(r[0]).isZero();
                System.out.printf(Locale.ROOT, "  %.0f articles/s%n", items * 1000.0 / r[1]);
            }
        }
    }

    @Test
    void aRoundOverAThousandNewArticlesRunsAtIngestSpeed() throws Exception {
        Path pages = Path.of(System.getProperty("dateline.shared", "../../shared"), "data", "extraction-dev", "pages");
        if (!Files.isDirectory(pages)) {
            System.out.println("skipped: no " + pages + " (the shared dev set is not beside the clone)");
            Assumptions.abort("no shared extraction-dev pages");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(pages)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        try (LoopbackSite site = new LoopbackSite()) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
            for (int i = 0; i < 1_000; i++) {
                Path f = files.get(i % files.size());
                String path = "/p/" + i + ".html";
                byte[] gz = Files.readAllBytes(f);
                site.route(path, ex -> new LoopbackSite.Response(200, java.util.Map.of("Content-Type", "text/html",
                        "Content-Encoding", "gzip"), gz));
                rss.append("<item><link>").append(site.url(path)).append("</link></item>");
            }
            rss.append("</channel></rss>");
            site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.file("/feed.rss", "application/rss+xml", rss.toString());
            System.out.println("1,000 new articles (extraction-dev pages, gzip) on one loopback host, --delay 0:");
            long[] w = dateline("512m", tmp.resolve("gc-watch.log"), "watch", "--once", "--quiet", "--delay", "0",
                    "--index", tmp.resolve("idx-watch").toString(), "--archive", tmp.resolve("warc").toString(),
                    site.url("/feed.rss"));
            assertThat(w[0]).isZero();
            System.out.printf(Locale.ROOT, "  watch: %.1f articles/s%n", 1000 * 1000.0 / w[1]);
        }
        System.out.println("dateline ingest of the 949 same pages from files:");
        long[] in = dateline("512m", tmp.resolve("gc-ingest.log"), "ingest", "--quiet", "--index",
                tmp.resolve("idx-ingest").toString(), pages.toString());
        System.out.printf(Locale.ROOT, "  ingest: %.1f articles/s%n", files.size() * 1000.0 / in[1]);
    }

    static long size(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
