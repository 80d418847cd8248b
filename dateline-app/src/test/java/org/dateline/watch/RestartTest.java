package org.dateline.watch;

import org.dateline.record.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * State survives a stop mid-round and a {@code kill -9}: the next watcher over the same folders
 * neither loses an article nor ingests one twice.
 */
@Timeout(180)
class RestartTest {

    static final int ARTICLES = 12;
    static final String[] PAGES = {"ninenews-2024-05-02-related.html", "timeslive-2025-05-22-widgets.html",
            "wordpress-blog-with-comments.html"};

    @TempDir
    Path tmp;

    /**
     * Twelve articles: the three real pages, each under four URLs with a canonical link of their
     * own (so that each is its own article), each served after {@code serveMillis}.
     */
    private static LoopbackSite site(long serveMillis, Runnable onFifth) {
        LoopbackSite site = new LoopbackSite();
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < ARTICLES; i++) {
            String path = "/a/" + i + ".html";
            String html = new String(Harness.page(PAGES[i % 3]), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("(?i)<link[^>]+rel=\"?canonical\"?[^>]*>", "")
                    .replaceFirst("(?i)<head>", "<head><link rel=\"canonical\" href=\"" + site.url(path) + "\">")
                    .replaceFirst("(?i)<title>", "<title>" + i + " ");
            byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int n = i;
            site.route(path, ex -> {
                if (n == 4 && onFifth != null) {
                    onFifth.run();
                }
                try {
                    Thread.sleep(serveMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return LoopbackSite.Response.ok("text/html; charset=utf-8", body);
            });
            rss.append("<item><title>Article ").append(i).append("</title><link>").append(site.url(path)).append("</link></item>");
        }
        rss.append("</channel></rss>");
        site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.file("/feed.rss", "application/rss+xml", rss.toString());
        return site;
    }

    private static void assertEachArticleOnceInTheIndex(List<Record> records, LoopbackSite site) {
        assertThat(records).hasSize(ARTICLES);
        List<String> inputs = new ArrayList<>();
        for (Record r : records) {
            inputs.add(r.article().input());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            expected.add(site.url("/a/" + i + ".html"));
        }
        assertThat(inputs).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aStopMidRoundLeavesTheRestForTheNextWatcher() {
        AtomicReference<Watcher> current = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        try (LoopbackSite site = site(0, () -> {
            if (once.compareAndSet(false, true)) {
                current.get().stop(); // as SIGTERM does, while the fifth article is served
            }
        });
             Harness h = new Harness(tmp, Harness.settings(0))) {
            current.set(h.watcher);
            RoundStats first = h.watcher.round(List.of(site.url("/feed.rss")));
            assertThat(first.stopped()).isTrue();
            assertThat(first.fetched()).isLessThan(ARTICLES);
            assertThat(first.summary()).contains("left for the next round");
            long fetchedFirst = first.fetched();

            h.restart();
            current.set(h.watcher);
            RoundStats second = h.watcher.round(List.of(site.url("/feed.rss")));

            // The feed has not changed (304), yet what the stop left is fetched: nothing lost.
            assertThat(site.hits("/feed.rss").get(1).status()).isEqualTo(304);
            assertThat(second.fetched()).isEqualTo(ARTICLES - fetchedFirst);
            for (int i = 0; i < ARTICLES; i++) {
                assertThat(site.hits("/a/" + i + ".html")).as("article %d", i).hasSize(1);
            }
            assertEachArticleOnceInTheIndex(h.records(), site);
        }
    }

    @Test
    void aCutShortLineAtTheEndOfTheStateIsSkipped() throws IOException {
        try (LoopbackSite site = site(0, null); Harness h = new Harness(tmp, Harness.settings(0))) {
            h.watcher.round(List.of(site.url("/feed.rss")));
            h.close();
            Path log = WatchState.folderFor(h.indexFolder).resolve(WatchState.FILE);
            Files.writeString(log, "{\"k\":\"done\",\"key\":\"//127.0.0.1", java.nio.file.StandardOpenOption.APPEND);
            h.open();
            assertThat(h.state.skippedLines()).isEqualTo(1);
            assertThat(h.state.doneCount()).isEqualTo(ARTICLES);
            RoundStats again = h.watcher.round(List.of(site.url("/feed.rss")));
            assertThat(again.fetched()).isZero();
        }
    }

    @Test
    void aKilledWatchIsCompletedByTheNextOne() throws Exception {
        Path index = tmp.resolve("index");
        Path archive = tmp.resolve("archive");
        try (LoopbackSite site = site(150, null)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.dateline.cli.Main", "watch", "--once", "--quiet", "--delay", "0",
                    "--index", index.toString(), "--archive", archive.toString(), site.url("/feed.rss"));
            pb.redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
            Process child = pb.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (articleHits(site) < 6 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(child.isAlive()).as("the watch is still running: %s", Files.readString(tmp.resolve("child.log")))
                        .isTrue();
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook runs
                child.waitFor(30, TimeUnit.SECONDS);
            }
            int beforeRestart = articleHits(site);
            assertThat(beforeRestart).isLessThan(ARTICLES);
            try (Stream<Path> files = Files.list(archive)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".warc.gz.open"));
            }

            try (Harness h = new Harness(tmp, Harness.settings(0))) {
                RoundStats s = h.watcher.round(List.of(site.url("/feed.rss")));
                assertThat(s.sourcesFailed()).isZero();
                assertEachArticleOnceInTheIndex(h.records(), site);
                for (int i = 0; i < ARTICLES; i++) {
                    // Fetched once, or twice when the kill came between its fetch and its commit.
                    assertThat(site.hits("/a/" + i + ".html")).as("article %d", i).hasSizeBetween(1, 2);
                }
                h.close();
                // The file the kill left open was cut after its last whole record and closed.
                try (Stream<Path> files = Files.list(archive)) {
                    assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".open"));
                }
                assertThat(h.warcRecords()).filteredOn(w -> w.type().equals("response") && w.target().contains("/a/"))
                        .hasSizeGreaterThanOrEqualTo(ARTICLES);
            }
        }
    }

    @Test
    void sigtermStopsCleanlyMidRoundLosingNothing() throws Exception {
        Path index = tmp.resolve("index");
        Path archive = tmp.resolve("archive");
        try (LoopbackSite site = site(150, null)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.dateline.cli.Main", "watch", "--once", "--quiet", "--delay", "0",
                    "--index", index.toString(), "--archive", archive.toString(), site.url("/feed.rss"));
            Path log = tmp.resolve("child.log");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            Process child = pb.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (articleHits(site) < 4 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(child.isAlive()).as("the watch is still running: %s", Files.readString(log)).isTrue();
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(log);
            assertThat(out).contains("dateline watch: round 1:").contains("left for the next round");
            int fetchedBefore = articleHits(site);
            assertThat(fetchedBefore).isLessThan(ARTICLES);
            try (Stream<Path> files = Files.list(archive)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".open"));
            }

            try (Harness h = new Harness(tmp, Harness.settings(0))) {
                RoundStats s = h.watcher.round(List.of(site.url("/feed.rss")));
                assertThat(s.fetched()).isEqualTo(ARTICLES - fetchedBefore);
                for (int i = 0; i < ARTICLES; i++) {
                    assertThat(site.hits("/a/" + i + ".html")).as("article %d", i).hasSize(1);
                }
                assertEachArticleOnceInTheIndex(h.records(), site);
            }
        }
    }

    private static int articleHits(LoopbackSite site) {
        int n = 0;
        for (LoopbackSite.Hit hit : site.all()) {
            if (hit.path().startsWith("/a/")) {
                n++;
            }
        }
        return n;
    }
}
