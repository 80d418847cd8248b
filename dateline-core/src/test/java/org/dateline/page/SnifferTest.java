package org.dateline.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SnifferTest {

    private static Sniffer.Kind sniff(String s) {
        return Sniffer.sniff(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesKinds() {
        assertThat(sniff("<!DOCTYPE html><html><body>x</body></html>")).isEqualTo(Sniffer.Kind.HTML);
        assertThat(sniff("\n  <html lang=en>")).isEqualTo(Sniffer.Kind.HTML);
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Sniffer.Kind.WARC);
        assertThat(sniff("17 Mar, 2016 20:47\n\nA headline\n\nBody text.")).isEqualTo(Sniffer.Kind.TEXT);
        assertThat(sniff("   \n\t ")).isEqualTo(Sniffer.Kind.EMPTY);
        assertThat(Sniffer.sniff(new byte[0])).isEqualTo(Sniffer.Kind.EMPTY);
    }

    @Test
    void randomBytesAreBinary() {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        assertThat(Sniffer.sniff(b)).isEqualTo(Sniffer.Kind.BINARY);
    }

    @Test
    void utf8CjkTextIsNotBinary() {
        assertThat(sniff("中华人民共和国国务院新闻办公室今天举行新闻发布会。")).isEqualTo(Sniffer.Kind.TEXT);
    }

    @Test
    void feedsAndSitemapsAreFeedsNotPages() {
        assertThat(Sniffer.feedName("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("an RSS feed");
        assertThat(Sniffer.feedName(("\uFEFF<?xml version=\"1.0\"?><!-- c --><?xml-stylesheet href=\"a.xsl\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">").getBytes(StandardCharsets.UTF_8))).isEqualTo("an Atom feed");
        assertThat(sniff("<?xml version=\"1.0\"?><!-- c --><?xml-stylesheet href=\"a.xsl\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Sniffer.Kind.FEED);
        assertThat(sniff("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\"><channel>")).isEqualTo(Sniffer.Kind.FEED);
        assertThat(sniff("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url>")).isEqualTo(Sniffer.Kind.FEED);
        assertThat(sniff("{\"version\":\"https:\\/\\/jsonfeed.org\\/version\\/1\",\"title\":\"T\"}"))
                .isEqualTo(Sniffer.Kind.FEED);
        // Not feeds: XHTML, an HTML page about feeds, a record of JSON, a text dump that starts with a tag name.
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isEqualTo(Sniffer.Kind.HTML);
        assertThat(sniff("<html><body><p>Subscribe to our <rss> feed</p></body></html>")).isEqualTo(Sniffer.Kind.HTML);
        assertThat(sniff("{\"input\":\"a.html\",\"version\":\"2\"}")).isEqualTo(Sniffer.Kind.TEXT);
        assertThat(sniff("<feed> is what the page says\n\nA headline")).isNotEqualTo(Sniffer.Kind.FEED);
    }

    @Test
    void everySampleFeedAndSitemapIsRecognised() throws java.io.IOException {
        java.nio.file.Path dir = org.dateline.testing.SharedData.require("feeds");
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                byte[] b = java.nio.file.Files.readAllBytes(f);
                if (Sniffer.isGzip(b)) {
                    b = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes();
                }
                assertThat(Sniffer.sniff(b)).as(f.getFileName().toString()).isEqualTo(Sniffer.Kind.FEED);
            }
        }
    }

    @Test
    void aPrologThatNeverEndsIsReadInLinearTime() {
        String head = "<?xml " + " ".repeat(8000);
        assertThat(Sniffer.feedName(head.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Sniffer.feedName((" ".repeat(4000) + "<!-- " + " \n".repeat(2000)).getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
