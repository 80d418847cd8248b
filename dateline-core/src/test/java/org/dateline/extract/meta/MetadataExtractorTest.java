package org.dateline.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline among several {@code <h1>}s (shapes from extraction-dev pages). */
class MetadataExtractorTest {

    private static String title(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return new MetadataExtractor().extract(doc, url, LocalDate.of(2024, 1, 1)).title();
    }

    @Test
    void theH1ThatWordsTheMetadataHeadlineIsTheArticles() {
        // bka.de: the authority's name in a first <h1>, the press release's headline in a second.
        String html = """
                <html><head><title>BKA - Pressemitteilungen 2022 - Messengerdienste sind kein rechtsfreier Raum</title>
                <meta name="twitter:title" content="Messengerdienste sind kein rechtsfreier Raum"></head>
                <body><div class="aural"><h1>Bundeskriminalamt (BKA)</h1></div>
                <div id="content"><h1>Messengerdienste sind kein rechtsfreier Raum</h1><p>Text.</p></div></body></html>""";
        assertThat(title(html, "https://www.bka.de/DE/Presse/x.html")).isEqualTo("Messengerdienste sind kein rechtsfreier Raum");
    }

    @Test
    void anH1InsideTheArticleWinsWhenNoneAgreesWithTheMetadata() {
        String html = """
                <html><head><title>Startseite</title></head>
                <body><header><h1><a href="/">Example</a></h1></header>
                <article><h1>Ein Fest im Park</h1><p>Text.</p></article></body></html>""";
        assertThat(title(html, "https://example.org/fest")).isEqualTo("Ein Fest im Park");
    }
}
