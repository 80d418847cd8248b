package org.dateline.watch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken sources give one line naming the source and the reason; the other sources go on. */
@Timeout(60)
class BrokenFeedsTest {

    @TempDir
    Path tmp;

    static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title>"
            + "<link>http://127.0.0.1/x</link></item></channel></rss>";

    static Stream<Arguments> broken() {
        byte[] fakeGzip = new byte[4096];
        new Random(13).nextBytes(fakeGzip);
        fakeGzip[0] = 0x1f;
        fakeGzip[1] = (byte) 0x8b;
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0x00;
        return Stream.of(
                Arguments.of("invalid XML", "/broken.rss", "application/rss+xml",
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><link>http://e/1</link>"
                                .getBytes(StandardCharsets.UTF_8), "invalid RSS feed"),
                Arguments.of("HTML served as a feed", "/feed.xml", "application/rss+xml",
                        "<!DOCTYPE html><html><head><title>Oops</title></head><body><p>Not a feed</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8), "an HTML page served as a feed"),
                Arguments.of("a gzip that is not gzip", "/sitemap.xml.gz", "application/x-gzip", fakeGzip, "not valid gzip"),
                Arguments.of("binary named .gz", "/news.xml.gz", "application/gzip", random,
                        "binary content, neither a feed nor a sitemap"),
                Arguments.of("an empty body", "/empty.rss", "application/rss+xml", new byte[0], "empty response"),
                Arguments.of("a gzip of nothing", "/nothing.xml.gz", "application/gzip", gzip(new byte[0]),
                        "empty after gzip decompression"),
                Arguments.of("billion laughs", "/lol.rss", "application/rss+xml",
                        BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8), "declares entities"));
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void oneLineNamingTheSourceAndTheOthersGoOn(String what, String path, String type, byte[] body, String reason) {
        try (LoopbackSite site = new LoopbackSite(); Harness h = new Harness(tmp, Harness.settings(0))) {
            site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.route(path, ex -> new LoopbackSite.Response(200, java.util.Map.of("Content-Type", type), body));
            site.file("/good.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                    + "<item><title>Budget</title><link>" + site.url("/news/budget.html") + "</link></item></channel></rss>");
            site.file("/news/budget.html", "text/html", Harness.page("timeslive-2025-05-22-widgets.html"));

            long start = System.nanoTime();
            RoundStats s = h.watcher.round(List.of(site.url(path), site.url("/good.rss")));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(s.sourcesFailed()).isEqualTo(1);
            assertThat(s.sourcesRead()).isEqualTo(1);
            assertThat(s.added()).isEqualTo(1);
            List<String> lines = h.err().lines().toList();
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line).startsWith(site.url(path) + ": ");
                assertThat(line).contains(reason);
            });
            assertThat(millis).as("the round with %s", what).isLessThan(10_000);
        }
    }
}
