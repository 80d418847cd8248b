package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON-LD as pages write it: {@code @graph} with {@code @id} references, arrays, nested authors. */
class JsonLdTest {

    /** Trimmed from the Yoast graph of namibian.com.na (metadata-dev na_TheNamibian_2024_02_20). */
    private static final String YOAST_GRAPH = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","@id":"https://ww2.namibian.com.na/mbumba-recountsgeingobs-last-days/#article",
             "isPartOf":{"@id":"https://ww2.namibian.com.na/mbumba-recountsgeingobs-last-days/"},
             "author":[{"@id":"https://www.namibian.com.na/#/schema/person/075366a702f7e43c098e417ec9ef9fea"}],
             "headline":"Mbumba recounts Geingob\u2019s last days","datePublished":"2024-02-20T17:05:24+00:00",
             "dateModified":"2024-02-20T17:05:46+00:00","publisher":{"@id":"https://www.namibian.com.na/#organization"}},
            {"@type":"WebPage","@id":"https://ww2.namibian.com.na/mbumba-recountsgeingobs-last-days/",
             "url":"https://ww2.namibian.com.na/mbumba-recountsgeingobs-last-days/",
             "name":"Mbumba recounts Geingob\u2019s last days - The Namibian","datePublished":"2024-02-20T17:05:24+00:00"},
            {"@type":"WebSite","@id":"https://www.namibian.com.na/#website","url":"https://www.namibian.com.na/","name":"The Namibian"},
            {"@type":"Organization","@id":"https://www.namibian.com.na/#organization","name":"Namibian"},
            {"@type":"Person","@id":"https://www.namibian.com.na/#/schema/person/075366a702f7e43c098e417ec9ef9fea",
             "name":"Eliaser Ndeyanale","url":"https://www.namibian.com.na/author/eliaser-ndeyanale/"}]}
            </script></head><body></body></html>""";

    @Test
    void graphArticleWithAuthorByReference() {
        Document doc = Jsoup.parse(YOAST_GRAPH);
        JsonLd ld = JsonLd.of(doc);
        JsonNode article = ld.article("https://ww2.namibian.com.na/mbumba-recountsgeingobs-last-days/");
        assertThat(ld.text(article, "headline")).isEqualTo("Mbumba recounts Geingob’s last days");
        assertThat(ld.authors(article)).containsExactly(new JsonLd.Author("Eliaser Ndeyanale", true));
        assertThat(MetadataExtractor.siteNames(doc, ld)).contains("The Namibian", "Namibian");

        Metadata md = new MetadataExtractor().extract(doc, null, LocalDate.of(2026, 1, 1));
        assertThat(md.title()).isEqualTo("Mbumba recounts Geingob’s last days");
        assertThat(md.published()).isEqualTo("2024-02-20T17:05:24Z");
        assertThat(md.modified()).isEqualTo("2024-02-20T17:05:46Z");
        assertThat(md.authors()).containsExactly("Eliaser Ndeyanale");
    }

    /** derstandard.at (metadata-dev at_DerStandard_2024_05_03) names authors by given and family name. */
    @Test
    void personsByGivenAndFamilyName() {
        JsonLd ld = JsonLd.parse("""
                {"@type":"NewsArticle","headline":"Nach Kalifat-Rufen in Hamburg",
                 "author":[{"@type":"Person","familyName":"Baumann","givenName":"Birgit"},
                           {"@type":"Person","familyName":"Fink","givenName":"Anna Giulia"}]}""");
        assertThat(ld.authors(ld.article(null))).extracting(JsonLd.Author::name)
                .containsExactly("Birgit Baumann", "Anna Giulia Fink");
    }

    @Test
    void organisationAuthorIsNotAPersonAndArrayTypesCount() {
        JsonLd ld = JsonLd.parse("""
                [{"@type":["BreadcrumbList"],"itemListElement":[]},
                 {"@type":["NewsArticle","Article"],"headline":"Sanctions and regret",
                  "author":{"@type":"NewsMediaOrganization","name":"Deutsche Welle"}}]""");
        JsonNode article = ld.article(null);
        assertThat(ld.text(article, "headline")).isEqualTo("Sanctions and regret");
        assertThat(ld.authors(article)).containsExactly(new JsonLd.Author("Deutsche Welle", false));
    }

    @Test
    void theArticleOfThePageBeatsRelatedStoriesNestedInIt() {
        JsonLd ld = JsonLd.parse("""
                {"@type":"NewsArticle","headline":"The story","url":"https://example.org/story",
                 "hasPart":{"@type":"ItemList","itemListElement":[
                   {"@type":"NewsArticle","headline":"Another story","url":"https://example.org/other"}]}}""");
        assertThat(ld.text(ld.article("https://example.org/story"), "headline")).isEqualTo("The story");
        assertThat(ld.text(ld.article(null), "headline")).isEqualTo("The story");
    }

    @Test
    void doubleEncodedUtf8IsRepaired() {
        // es_ElMundo_2024_12_02: the meta tags carry UTF-8 read as windows-1252.
        assertThat(JsonLd.clean("tras su sanciÃ³n: \"No le soporto\"")).isEqualTo("tras su sanción: \"No le soporto\"");
        assertThat(JsonLd.clean("Donâ€™t panic")).isEqualTo("Don’t panic");
        // Real text with these letters stays.
        assertThat(JsonLd.clean("Ãrvore â Â")).isEqualTo("Ãrvore â Â");
    }

    @Test
    void brokenBlocksAreSkippedAndEscapedEntitiesDecoded() {
        Document doc = Jsoup.parse("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Meghan &#39;turned and hissed&#39;",}</script>""");
        JsonLd ld = JsonLd.of(doc);
        assertThat(ld.text(ld.article(null), "headline")).isEqualTo("Meghan 'turned and hissed'");
    }
}
