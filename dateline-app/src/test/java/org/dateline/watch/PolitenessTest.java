package org.dateline.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The politeness bar: two hosts (two loopback servers: robots.txt and politeness are per
 * scheme, host and port), ten articles each; no two requests to one host overlap and the gap
 * between them is at least the delay; requests to the two hosts overlap.
 */
@Timeout(120)
class PolitenessTest {

    static final long DELAY_MS = 200;
    /** How much later than the client's end of a response the server may stamp it. */
    private static final long STAMP_SLACK_MS = 10;

    /** Each article response takes this long, so that requests have a length to overlap with. */
    static final long SERVE_MS = 60;

    @TempDir
    Path tmp;

    private static LoopbackSite site(int articles) {
        LoopbackSite site = new LoopbackSite();
        byte[] page = Harness.page("timeslive-2025-05-22-widgets.html");
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < articles; i++) {
            String path = "/a/" + i + ".html";
            rss.append("<item><title>Article ").append(i).append("</title><link>").append(site.url(path)).append("</link></item>");
            site.route(path, ex -> {
                try {
                    Thread.sleep(SERVE_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return LoopbackSite.Response.ok("text/html", page);
            });
        }
        rss.append("</channel></rss>");
        site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.file("/feed.rss", "application/rss+xml", rss.toString());
        return site;
    }

    @Test
    void oneRequestAtATimePerHostWithTheDelayBetweenAndHostsInParallel() {
        try (LoopbackSite a = site(10); LoopbackSite b = site(10);
             Harness h = new Harness(tmp, Harness.settings(DELAY_MS))) {
            RoundStats s = h.watcher.round(List.of(a.url("/feed.rss"), b.url("/feed.rss")));

            assertThat(s.fetched()).isEqualTo(20);
            for (LoopbackSite site : List.of(a, b)) {
                List<LoopbackSite.Hit> hits = new ArrayList<>(site.all());
                hits.sort(Comparator.comparingLong(LoopbackSite.Hit::startNanos));
                assertThat(hits).hasSize(12); // robots.txt, the feed, ten articles
                for (int i = 1; i < hits.size(); i++) {
                    long gapMs = (hits.get(i).startNanos() - hits.get(i - 1).endNanos()) / 1_000_000;
                    // The server stamps a request's end after its handler returns, which can be a
                    // moment after the client has read the last byte and started the delay (seen:
                    // 198 ms for 200 on a loaded machine): a few milliseconds of stamping slack.
                    assertThat(gapMs).as("gap before %s", hits.get(i).path()).isGreaterThanOrEqualTo(DELAY_MS - STAMP_SLACK_MS);
                }
            }
            int overlapping = 0;
            for (LoopbackSite.Hit x : a.all()) {
                for (LoopbackSite.Hit y : b.all()) {
                    if (x.startNanos() < y.endNanos() && y.startNanos() < x.endNanos()) {
                        overlapping++;
                    }
                }
            }
            assertThat(overlapping).as("requests to the two hosts in flight at the same time").isGreaterThan(0);
        }
    }

    @Test
    void robotsCrawlDelayRaisesTheDelay() {
        try (LoopbackSite a = site(3); Harness h = new Harness(tmp, Harness.settings(50))) {
            a.file("/robots.txt", "text/plain", "User-agent: dateline\nCrawl-delay: 1\nAllow: /\n");
            h.watcher.round(List.of(a.url("/feed.rss")));

            List<LoopbackSite.Hit> hits = new ArrayList<>(a.all());
            hits.sort(Comparator.comparingLong(LoopbackSite.Hit::startNanos));
            assertThat(hits).hasSize(5);
            for (int i = 1; i < hits.size(); i++) {
                assertThat((hits.get(i).startNanos() - hits.get(i - 1).endNanos()) / 1_000_000).isGreaterThanOrEqualTo(1000);
            }
        }
    }

    @Test
    void theUserAgentNamesTheToolAndRobotsRulesForItAreObeyed() {
        try (LoopbackSite a = site(3); Harness h = new Harness(tmp, Harness.settings(0))) {
            a.file("/robots.txt", "text/plain", "User-agent: dateline\nDisallow: /a/1.html\n\nUser-agent: *\nDisallow: /\n");
            RoundStats s = h.watcher.round(List.of(a.url("/feed.rss")));

            assertThat(s.fetched()).isEqualTo(2);
            assertThat(s.robots()).isEqualTo(1);
            assertThat(a.hits("/a/1.html")).isEmpty();
            assertThat(a.all()).allSatisfy(hit -> assertThat(hit.header("User-Agent")).startsWith("dateline/"));
            assertThat(Map.of("ua", org.dateline.cli.WatchCommandAccess.defaultUserAgent()).get("ua"))
                    .matches("dateline/\\S+ \\(\\+https?://\\S+\\)");
        }
    }
}
