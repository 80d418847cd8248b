package org.dateline.watch;

import org.dateline.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline watch} on the command line, against a loopback site. */
@Timeout(120)
class WatchCommandTest {

    @TempDir
    Path tmp;
    LoopbackSite site;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut;
    PrintStream oldErr;

    @BeforeEach
    void setUp() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        site = new LoopbackSite();
        String base = site.base();
        site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nSitemap: " + base + "/news-sitemap.xml\n")
                .file("/", "text/html", "<html><head><title>Loopback News</title><link rel=\"alternate\" "
                        + "type=\"application/rss+xml\" href=\"/feed.rss\"></head><body><p>Home</p></body></html>")
                .file("/feed.rss", "application/rss+xml", LoopbackSite.text("/watch/site-feed.rss").replace("{{BASE}}", base))
                .file("/news-sitemap.xml", "application/xml",
                        LoopbackSite.text("/watch/site-news-sitemap.xml").replace("{{BASE}}", base))
                .file("/news/epstein.html", "text/html; charset=utf-8", Harness.page("ninenews-2024-05-02-related.html"))
                .file("/news/blog.html", "text/html; charset=utf-8", Harness.page("wordpress-blog-with-comments.html"))
                .file("/news/budget.html", "text/html; charset=utf-8", Harness.page("timeslive-2025-05-22-widgets.html"));
    }

    @AfterEach
    void tearDown() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        site.close();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpNamesTheContract() {
        assertThat(Main.run("watch", "--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("Usage: dateline watch", "--index=DIR", "--archive=DIR", "--once", "--interval=DURATION",
                "--sources=FILE", "--delay=DURATION", "--user-agent=UA", "SOURCE");
    }

    @Test
    void aHomePageIsFollowedToItsFeedAndRobotsSitemap() {
        Path index = tmp.resolve("idx");
        int status = Main.run("watch", "--once", "--delay", "0", "--index", index.toString(), "--archive",
                tmp.resolve("warc").toString(), site.url("/"));

        assertThat(status).as(err()).isZero();
        assertThat(err()).contains("dateline watch: round 1: 3 sources read, 5 new articles, 3 fetched, 0 not modified, "
                + "2 skipped by robots.txt, 0 failed; indexed 3 new")
                .contains("(index " + index + ": 3 articles)");
        assertThat(Files.isDirectory(tmp.resolve("idx.watch"))).isTrue();
        assertThat(site.hits("/feed.rss")).hasSize(1);
        assertThat(site.hits("/news-sitemap.xml")).hasSize(1);

        // The home page has not changed (304): its feed and sitemap are still asked for, with conditions.
        err.reset();
        assertThat(Main.run("watch", "--once", "--delay", "0", "--index", index.toString(), "--archive",
                tmp.resolve("warc").toString(), site.url("/"))).isZero();
        assertThat(err()).contains("round 1: 3 sources read, 0 new articles, 0 fetched, 3 not modified");
        assertThat(site.hits("/feed.rss")).hasSize(2);
        assertThat(site.hits("/feed.rss").get(1).status()).isEqualTo(304);
    }

    @Test
    void onceExitsWithOneWhenASourceFailedAndTheIndexShowsTheArticles() throws Exception {
        Path index = tmp.resolve("idx");
        String dead = "http://127.0.0.1:" + Harness.deadPort() + "/rss";
        int status = Main.run("watch", "--once", "--delay", "0", "--index", index.toString(), "--archive",
                tmp.resolve("warc").toString(), site.url("/feed.rss"), dead);
        assertThat(status).isEqualTo(1);
        assertThat(err()).contains(dead + ": cannot fetch: connection refused");

        out.reset();
        assertThat(Main.run("search", "--index", index.toString(), "--format", "jsonl", "Epstein")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(site.url("/news/epstein.html"));
    }

    @Test
    void sourcesFromAnOpmlFile() throws Exception {
        Path opml = tmp.resolve("subscriptions.opml");
        Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"1.0\"><head><title>s</title></head><body>"
                + "<outline text=\"Loopback\" type=\"rss\" xmlUrl=\"" + site.url("/feed.rss") + "\"/></body></opml>");
        int status = Main.run("watch", "--once", "--delay", "0", "--index", tmp.resolve("idx").toString(), "--archive",
                tmp.resolve("warc").toString(), "--sources", opml.toString());
        assertThat(status).as(err()).isZero();
        assertThat(err()).contains("1 source read, 3 new articles, 2 fetched");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(Main.run("watch", "--once", "--index", tmp.resolve("i").toString())).isEqualTo(2);
        assertThat(err()).contains("Missing SOURCE");
        assertThat(Main.run("watch", "--once", "--delay", "soon", site.url("/feed.rss"))).isEqualTo(2);
        assertThat(err()).contains("Invalid value for --delay: 'soon'");
    }
}
