package org.dateline.watch;

import org.dateline.record.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The fetcher's correctness rules against a loopback server: retries, redirects, limits, timeouts, conditions. */
@Timeout(60)
class FetcherTest {

    @TempDir
    Path tmp;
    LoopbackSite site;
    List<Exchange> archived;
    Fetcher fetcher;

    @BeforeEach
    void setUp() {
        site = new LoopbackSite();
        site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        archived = java.util.Collections.synchronizedList(new ArrayList<>());
        fetcher = new Fetcher(Harness.settings(0).withMaxBytes(64 * 1024).withReadTimeout(Duration.ofMillis(800)),
                archived::add);
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        site.close();
    }

    private FetchResult get(String path) {
        return fetcher.fetch(URI.create(site.url(path)), Validators.NONE);
    }

    @Test
    void retryAfterOn429IsWaitedThenTheRequestRepeated() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/busy", ex -> calls.incrementAndGet() == 1
                ? new LoopbackSite.Response(429, Map.of("Retry-After", "1"), new byte[0])
                : LoopbackSite.Response.ok("text/plain", "ok".getBytes()));
        FetchResult r = get("/busy");
        assertThat(r.kind()).isEqualTo(FetchResult.Kind.OK);
        List<LoopbackSite.Hit> hits = site.hits("/busy");
        assertThat(hits).hasSize(2);
        assertThat((hits.get(1).startNanos() - hits.get(0).endNanos()) / 1_000_000).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void a503WithoutRetryAfterBacksOffExponentiallyThenGivesUp() {
        site.route("/down", ex -> new LoopbackSite.Response(503, Map.of(), "down".getBytes()));
        FetchResult r = get("/down");
        assertThat(r.kind()).isEqualTo(FetchResult.Kind.FAILED);
        assertThat(r.error()).contains("HTTP 503 after 3 attempts");
        List<LoopbackSite.Hit> hits = site.hits("/down");
        assertThat(hits).hasSize(3);
        long first = (hits.get(1).startNanos() - hits.get(0).endNanos()) / 1_000_000;
        long second = (hits.get(2).startNanos() - hits.get(1).endNanos()) / 1_000_000;
        assertThat(first).isGreaterThanOrEqualTo(500);
        assertThat(second).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void aRetryAfterLongerThanARoundWaitsLeavesTheHostForTheNextRound() {
        site.route("/later", ex -> new LoopbackSite.Response(503, Map.of("Retry-After", "3600"), new byte[0]));
        site.file("/other", "text/plain", "x");
        assertThat(get("/later").error()).contains("the server asks to wait 3600 s");
        FetchResult other = get("/other");
        assertThat(other.kind()).isEqualTo(FetchResult.Kind.FAILED);
        assertThat(other.error()).contains("Retry-After");
        assertThat(site.hits("/other")).isEmpty();
    }

    @Test
    void redirectsAreFollowedToTheFinalUrlAndBounded() {
        site.route("/old", ex -> new LoopbackSite.Response(301, Map.of("Location", "/middle"), new byte[0]));
        site.route("/middle", ex -> new LoopbackSite.Response(302, Map.of("Location", site.url("/new")), new byte[0]));
        site.file("/new", "text/plain", "here");
        FetchResult r = get("/old");
        assertThat(r.kind()).isEqualTo(FetchResult.Kind.OK);
        assertThat(r.finalUri().toString()).isEqualTo(site.url("/new"));
        assertThat(new String(r.body())).isEqualTo("here");
        assertThat(archived).extracting(e -> e.uri().getPath()).containsSubsequence("/old", "/middle", "/new");

        site.route("/loop", ex -> new LoopbackSite.Response(302, Map.of("Location", "/loop"), new byte[0]));
        FetchResult loop = get("/loop");
        assertThat(loop.kind()).isEqualTo(FetchResult.Kind.FAILED);
        assertThat(loop.error()).isEqualTo("more than 5 redirects");
        assertThat(site.hits("/loop")).hasSize(6);
    }

    @Test
    void aRedirectIntoADisallowedFolderIsNotFollowed() {
        site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.route("/go", ex -> new LoopbackSite.Response(302, Map.of("Location", "/private/x"), new byte[0]));
        FetchResult r = get("/go");
        assertThat(r.kind()).isEqualTo(FetchResult.Kind.ROBOTS);
        assertThat(site.hits("/private/x")).isEmpty();
    }

    @Test
    void aResponseOverTheLimitIsCutOffReportedAndArchivedAsTruncated() {
        site.file("/huge", "text/html", new byte[200 * 1024]);
        FetchResult r = get("/huge");
        assertThat(r.kind()).isEqualTo(FetchResult.Kind.FAILED);
        assertThat(r.error()).contains("larger than the limit of 65536 bytes");
        Exchange ex = archived.stream().filter(e -> e.uri().getPath().equals("/huge")).findFirst().orElseThrow();
        assertThat(ex.truncated()).isTrue();
        assertThat(ex.body()).hasSize(64 * 1024);
    }

    @Test
    void aStalledBodyTimesOut() {
        site.route("/stall", ex -> {
            try {
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 1000);
                ex.getResponseBody().write("<html>".getBytes());
                ex.getResponseBody().flush();
                Thread.sleep(3000);
            } catch (Exception e) {
                // the client gave up
            }
            return new LoopbackSite.Response(200, Map.of(), new byte[0]);
        });
        long start = System.nanoTime();
        FetchResult r = get("/stall");
        assertThat(r.kind()).isEqualTo(FetchResult.Kind.FAILED);
        assertThat(r.error()).contains("timed out");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2900);
    }

    @Test
    void gzipContentEncodingIsUndoneAndArchivedAsServed() {
        byte[] gz;
        try (var out = new java.io.ByteArrayOutputStream(); var z = new java.util.zip.GZIPOutputStream(out)) {
            z.write("<html><body>hello</body></html>".getBytes());
            z.finish();
            gz = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] body = gz;
        site.route("/gz", ex -> new LoopbackSite.Response(200, Map.of("Content-Type", "text/html",
                "Content-Encoding", "gzip"), body));
        FetchResult r = get("/gz");
        assertThat(new String(r.body())).isEqualTo("<html><body>hello</body></html>");
        assertThat(site.hits("/gz").get(0).header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(archived.stream().filter(e -> e.uri().getPath().equals("/gz")).findFirst().orElseThrow().body())
                .isEqualTo(gz);
    }

    @Test
    void aChangedArticleIsFetchedAgainWithItsValidatorsAndA304CostsNothing() {
        site.close();
        site = new LoopbackSite();
        String base = site.base();
        site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.file("/news/budget.html", "text/html", Harness.page("timeslive-2025-05-22-widgets.html"));
        String sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                + base + "/news/budget.html</loc><lastmod>%s</lastmod></url></urlset>";
        site.file("/sitemap.xml", "application/xml", String.format(sitemap, "2025-05-21T10:00:00Z"));
        try (Harness h = new Harness(tmp, Harness.settings(0))) {
            h.watcher.round(List.of(site.url("/sitemap.xml")));
            assertThat(site.hits("/news/budget.html")).hasSize(1);
            // The sitemap now says the page changed after it was fetched.
            site.file("/sitemap.xml", "application/xml", String.format(sitemap, java.time.Instant.now().plusSeconds(60)));

            RoundStats s = h.watcher.round(List.of(site.url("/sitemap.xml")));

            List<LoopbackSite.Hit> page = site.hits("/news/budget.html");
            assertThat(page).hasSize(2);
            assertThat(page.get(1).header("If-None-Match")).isNotNull();
            assertThat(page.get(1).status()).isEqualTo(304);
            assertThat(s.notModified()).isEqualTo(1);
            assertThat(s.fetched()).isZero();
            assertThat(h.warcRecords()).filteredOn(w -> w.type().equals("response") && w.target().endsWith("/budget.html"))
                    .hasSize(1);
        }
    }

    @Test
    void theFinalUrlOfARedirectIsWhatTheIndexRecords() {
        try (Harness h = new Harness(tmp, Harness.settings(0))) {
            site.route("/r/1", ex -> new LoopbackSite.Response(301, Map.of("Location", "/final/blog.html"), new byte[0]));
            site.file("/final/blog.html", "text/html", Harness.page("wordpress-blog-with-comments.html"));
            site.file("/feed.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                    + "<item><title>x</title><link>" + site.url("/r/1") + "</link></item></channel></rss>");
            h.watcher.round(List.of(site.url("/feed.rss")));
            List<Record> records = h.records();
            assertThat(records).singleElement().satisfies(r ->
                    assertThat(r.article().input()).isEqualTo(site.url("/final/blog.html")));
        }
    }
}
