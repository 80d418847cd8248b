package org.dateline.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The listing readers on the real sample feeds and sitemaps (test resources {@code watch/}, see its README). */
class ListingsTest {

    private static Listings.Listing read(String resource, String url) throws Listings.ListingException {
        return Listings.read(LoopbackSite.resource("/watch/" + resource), null, URI.create(url), 1 << 20, false);
    }

    @Test
    void rss2() throws Exception {
        Listings.Listing l = read("feed2.rss", "http://www.example.com/feed.rss");
        assertThat(l.kind()).isEqualTo("an RSS feed");
        assertThat(l.entries()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("http://www.example.com/blog/post/1");
            assertThat(e.title()).isEqualTo("Example entry");
            assertThat(e.published()).isEqualTo("2009-09-06T16:20:00Z");
        });
    }

    @Test
    void atomKeepsItsAlternateLinks() throws Exception {
        Listings.Listing l = read("feed1.atom", "http://example.org/feed.atom");
        assertThat(l.kind()).isEqualTo("an Atom feed");
        assertThat(l.entries()).extracting(Listings.Entry::url).contains("http://example.org/2003/12/13/atom03");
        assertThat(l.entries().get(0).updated()).isEqualTo("2003-12-13T18:30:02Z");
    }

    @Test
    void rssWithForeignNamespacesAndLanguage() throws Exception {
        Listings.Listing l = read("feed-with-sitemap-namespace.xml", "https://example.com/feed/lorem");
        assertThat(l.entries()).extracting(Listings.Entry::url)
                .containsExactly("https://example.com/lorem/123", "https://example.com/lorem/456");
        assertThat(l.entries().get(0).language()).isEqualTo("en-us");
        assertThat(l.entries().get(0).published()).isEqualTo("2025-01-24T20:32:41Z");
    }

    @Test
    void jsonFeed() throws Exception {
        Listings.Listing l = read("feed.json", "https://feeds.npr.org/1019/feed.json");
        assertThat(l.kind()).isEqualTo("a JSON Feed");
        assertThat(l.entries()).hasSize(25);
        Listings.Entry first = l.entries().get(0);
        assertThat(first.url()).startsWith("https://www.npr.org/2021/10/29/1050315385/keller-rinaudo-how-can-delivery-drones-save-lives");
        assertThat(first.title()).isEqualTo("Keller Rinaudo: How can delivery drones save lives?");
        assertThat(first.published()).isEqualTo("2021-10-29T10:26-04:00");
    }

    @Test
    void googleNewsSitemap() throws Exception {
        Listings.Listing l = read("sitemap-news.xml", "http://www.example.com/sitemap-news.xml");
        assertThat(l.kind()).isEqualTo("a news sitemap");
        assertThat(l.entries()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("http://www.example.com/business/article55.html");
            assertThat(e.title()).isEqualTo("Companies A, B in Merger Talks");
            assertThat(e.language()).isEqualTo("en");
            assertThat(e.published()).startsWith("2008-12-23");
        });
    }

    @Test
    void gzippedSitemap() throws Exception {
        Listings.Listing l = read("sitemap.xml.gz", "https://www.sitemaps.org/sitemap.xml.gz");
        assertThat(l.kind()).isEqualTo("a sitemap");
        assertThat(l.entries()).extracting(Listings.Entry::url).contains("https://www.sitemaps.org/protocol.html");
        assertThat(l.entries().get(0).updated()).startsWith("2016-11-21");
    }

    @Test
    void sitemapIndexNamesItsSitemaps() throws Exception {
        Listings.Listing l = read("sitemap2.xml", "http://www.example.com/sitemap2.xml");
        assertThat(l.kind()).isEqualTo("a sitemap index");
        assertThat(l.entries()).isEmpty();
        assertThat(l.sources()).containsExactly("http://www.example.com/sitemap1.xml.gz",
                "http://www.example.com/sitemap2.xml.gz");
    }

    @Test
    void homePageFeedsAreDiscovered() throws Exception {
        String html = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.rss\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://feeds.example.org/atom\">"
                + "<link rel=\"alternate\" hreflang=\"de\" type=\"text/html\" href=\"/de/\">"
                + "<link rel=\"alternate\" type=\"application/feed+json\" href=\"feed.json\"></head><body></body></html>";
        Listings.Listing l = Listings.read(html.getBytes(StandardCharsets.UTF_8), "text/html",
                URI.create("https://example.org/news/"), 1 << 20, true);
        assertThat(l.kind()).isEqualTo("a home page");
        assertThat(l.sources()).containsExactly("https://example.org/feed.rss", "https://feeds.example.org/atom",
                "https://example.org/news/feed.json");
    }

    @Test
    void anRss091DoctypeThatOnlyNamesItsDtdIsRead() throws Exception {
        String rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>t</title>"
                + "<link>http://example.com/</link><description>d</description><language>en</language>"
                + "<item><title>One</title><link>http://example.com/1</link></item></channel></rss>";
        Listings.Listing l = Listings.read(rss.getBytes(StandardCharsets.UTF_8), null, URI.create("http://example.com/rss"),
                1 << 20, false);
        assertThat(l.entries()).extracting(Listings.Entry::url).containsExactly("http://example.com/1");
    }

    @Test
    void anExternalEntityIsNeverResolved(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title><link>http://e.com/1</link>"
                + "</item></channel></rss>";
        assertThatThrownBy(() -> Listings.read(xxe.getBytes(StandardCharsets.UTF_8), null, URI.create("http://e.com/f"),
                1 << 20, false))
                .isInstanceOf(Listings.ListingException.class)
                .hasMessageContaining("declares entities")
                .hasMessageNotContaining("TOP-SECRET");
        String sitemap = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://e.com/&x;</loc></url></urlset>";
        assertThatThrownBy(() -> Listings.read(sitemap.getBytes(StandardCharsets.UTF_8), null, URI.create("http://e.com/s.xml"),
                1 << 20, false))
                .isInstanceOf(Listings.ListingException.class)
                .hasMessageContaining("declares entities");
    }

    @Test
    void opmlAndPlainSourceLists() throws Exception {
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>subs</title></head><body>"
                + "<outline text=\"News\"><outline type=\"rss\" text=\"A\" xmlUrl=\"https://a.example/feed\"/>"
                + "<outline type=\"rss\" text=\"B\" xmlUrl=\"https://b.example/rss.xml\" htmlUrl=\"https://b.example/\"/>"
                + "</outline></body></opml>";
        assertThat(Listings.sourceList(opml.getBytes(StandardCharsets.UTF_8), "subs.opml"))
                .containsExactly("https://a.example/feed", "https://b.example/rss.xml");
        assertThat(Listings.sourceList("# my outlets\nhttps://a.example/feed\n\n  https://b.example/ \n"
                .getBytes(StandardCharsets.UTF_8), "list.txt")).containsExactly("https://a.example/feed", "https://b.example/");
    }
}
