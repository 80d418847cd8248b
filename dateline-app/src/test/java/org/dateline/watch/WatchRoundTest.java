package org.dateline.watch;

import org.dateline.record.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first bar: a loopback site with a feed, a news sitemap, a robots.txt that disallows
 * a folder, and real article pages.
 */
@Timeout(120)
class WatchRoundTest {

    @TempDir
    Path tmp;
    LoopbackSite site;
    Harness h;
    List<String> sources;

    @BeforeEach
    void setUp() {
        site = new LoopbackSite();
        String base = site.base();
        site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nSitemap: " + base + "/news-sitemap.xml\n")
                .file("/feed.rss", "application/rss+xml", LoopbackSite.text("/watch/site-feed.rss").replace("{{BASE}}", base))
                .file("/news-sitemap.xml", "application/xml",
                        LoopbackSite.text("/watch/site-news-sitemap.xml").replace("{{BASE}}", base))
                .file("/news/epstein.html", "text/html; charset=utf-8", Harness.page("ninenews-2024-05-02-related.html"))
                .file("/news/blog.html", "text/html; charset=utf-8", Harness.page("wordpress-blog-with-comments.html"))
                .file("/news/budget.html", "text/html; charset=utf-8", Harness.page("timeslive-2025-05-22-widgets.html"))
                .file("/private/secret.html", "text/html", "<html><body><p>secret</p></body></html>")
                .file("/private/other.html", "text/html", "<html><body><p>other</p></body></html>");
        h = new Harness(tmp, Harness.settings(20));
        sources = List.of(site.url("/feed.rss"), site.url("/news-sitemap.xml"),
                "http://127.0.0.1:" + Harness.deadPort() + "/feed.xml");
    }

    @AfterEach
    void tearDown() {
        h.close();
        site.close();
    }

    @Test
    void oneRoundFetchesEachAllowedArticleOnceArchivesAndIngestsIt() {
        RoundStats s = h.watcher.round(sources);

        // Each allowed article once (the Epstein story is listed by both, once with tracking parameters).
        assertThat(site.hits("/news/epstein.html")).hasSize(1);
        assertThat(site.hits("/news/blog.html")).hasSize(1);
        assertThat(site.hits("/news/budget.html")).hasSize(1);
        assertThat(site.all()).noneMatch(hit -> hit.path().startsWith("/private/"));
        assertThat(site.all()).noneMatch(hit -> hit.path().contains("utm_"));
        assertThat(site.hits("/robots.txt")).hasSize(1);
        assertThat(site.all()).allSatisfy(hit -> assertThat(hit.header("User-Agent")).isEqualTo(h.settings.userAgent()));

        assertThat(s.sourcesRead()).isEqualTo(2);
        assertThat(s.sourcesFailed()).isEqualTo(1);
        assertThat(s.newArticles()).isEqualTo(5);
        assertThat(s.fetched()).isEqualTo(3);
        assertThat(s.robots()).isEqualTo(2);
        assertThat(s.added()).isEqualTo(3);
        assertThat(h.err()).contains(sources.get(2) + ": cannot fetch: connection refused");

        List<Record> records = h.records();
        assertThat(records).hasSize(3);
        assertThat(records).extracting(r -> r.article().input())
                .containsExactlyInAnyOrder(site.url("/news/epstein.html"), site.url("/news/blog.html"),
                        site.url("/news/budget.html"));
        assertThat(records).allSatisfy(r -> assertThat(r.article().text()).hasSizeGreaterThan(500));

        h.close();
        List<Harness.Warc> warc = h.warcRecords();
        assertThat(warc.get(0).type()).isEqualTo("warcinfo");
        Map<String, Harness.Warc> byId = warc.stream().collect(Collectors.toMap(Harness.Warc::id, r -> r));
        for (String path : List.of("/news/epstein.html", "/news/blog.html", "/news/budget.html")) {
            List<Harness.Warc> responses = warc.stream()
                    .filter(r -> r.type().equals("response") && r.target().equals(site.url(path))).toList();
            assertThat(responses).as(path).hasSize(1);
            Harness.Warc resp = responses.get(0);
            assertThat(resp.status()).isEqualTo(200);
            assertThat(resp.concurrentTo()).hasSize(1);
            Harness.Warc req = byId.get(resp.concurrentTo().get(0));
            assertThat(req.type()).isEqualTo("request");
            assertThat(req.target()).isEqualTo(site.url(path));
            assertThat(req.userAgent()).isEqualTo(h.settings.userAgent());
            assertThat(req.concurrentTo()).containsExactly(resp.id());
        }
        Harness.Warc epstein = warc.stream().filter(r -> r.type().equals("response")
                && r.target().equals(site.url("/news/epstein.html"))).findFirst().orElseThrow();
        assertThat(epstein.body()).isEqualTo(Harness.page("ninenews-2024-05-02-related.html"));
        assertThat(warc).noneMatch(r -> r.target() != null && r.target().contains("/private/"));
    }

    @Test
    void aSecondRoundAsksWithConditionsAndAddsNothing() {
        h.watcher.round(sources);
        int before = site.all().size();
        long articles = h.index.articleCount();

        RoundStats s = h.watcher.round(sources);

        List<LoopbackSite.Hit> second = site.all().subList(before, site.all().size());
        assertThat(second).extracting(LoopbackSite.Hit::path)
                .containsExactlyInAnyOrder("/robots.txt", "/feed.rss", "/news-sitemap.xml");
        for (LoopbackSite.Hit hit : second) {
            if (!hit.path().equals("/robots.txt")) {
                assertThat(hit.header("If-None-Match")).as(hit.path()).isNotNull();
                assertThat(hit.header("If-Modified-Since")).as(hit.path()).isEqualTo(LoopbackSite.LAST_MODIFIED);
                assertThat(hit.status()).isEqualTo(304);
            }
        }
        assertThat(s.notModified()).isEqualTo(2);
        assertThat(s.newArticles()).isZero();
        assertThat(s.fetched()).isZero();
        assertThat(h.index.articleCount()).isEqualTo(articles);
        assertThat(s.sourcesFailed()).isEqualTo(1); // the dead source is reported again
    }

    @Test
    void aRestartRemembersWhatWasSeen() {
        h.watcher.round(sources);
        h.restart();
        int before = site.all().size();

        RoundStats s = h.watcher.round(sources);

        assertThat(site.all().subList(before, site.all().size())).extracting(LoopbackSite.Hit::path)
                .doesNotContain("/news/epstein.html", "/news/blog.html", "/news/budget.html");
        assertThat(s.notModified()).isEqualTo(2);
        assertThat(h.records()).hasSize(3);
    }

    @Test
    void listingHintsFillWhatThePageLacks() {
        // A page with a body but neither title nor date: the feed's say what they are.
        String base = site.base();
        site.file("/bare.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<language>en</language><item><title>The listed headline</title><link>" + base + "/news/bare.html</link>"
                + "<pubDate>Tue, 03 Jun 2025 08:30:00 +0000</pubDate></item></channel></rss>");
        site.file("/news/bare.html", "text/html", "<html><body><article>" + "<p>The council met on Monday to discuss the "
                + "new budget for the coming year, and several members said they were worried about the cost.</p>".repeat(6)
                + "</article></body></html>");

        h.watcher.round(List.of(site.url("/bare.rss")));

        Record r = h.records().get(0);
        assertThat(r.article().title()).isEqualTo("The listed headline");
        assertThat(r.article().published()).isEqualTo("2025-06-03T08:30:00Z");
        assertThat(r.article().language()).isEqualTo("en");
    }
}
