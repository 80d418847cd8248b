package org.dateline.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.Article;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Real pages dumped to text by two different scrapers (see text-dumps/README.md): body kept, chrome dropped. */
class TextDumpFixturesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = TextDumpFixturesTest.class.getResourceAsStream("/text-dumps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my_MalayMail_2024_11_22.get-text.txt", "de_SZ_2023_04_28.get-text.txt",
            "it_IlGiornale_2025_02_04.w3m.txt"})
    void bodyTitleAndDatelineComeOutOfThePageChrome(String name) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(resource("expected.json")).get(name);
        Article a = new TextDumpExtractor().extract(new Page(name, new byte[0], null, null, null, InputFormat.TEXT),
                resource(name));

        assertThat(a.title()).isEqualTo(gold.get("title").asText());
        assertThat(a.published()).startsWith(gold.get("published_day").asText());
        String body = norm(a.text());
        assertThat(body).startsWith(norm(gold.get("first_paragraph").asText()));
        assertThat(body).endsWith(norm(gold.get("last_paragraph").asText()));
        assertThat(body).doesNotContain(norm(gold.get("title").asText()));
        for (JsonNode chrome : gold.get("chrome")) {
            assertThat(a.text().lines()).doesNotContain(chrome.asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "By Jane Doe and John Roe, Reuters", "Von Felix Schröder und Jörg Soldwisch, dpa"})
    void bylinesGiveNames(String line) {
        assertThat(Bylines.names(line)).isNotEmpty().allSatisfy(n -> assertThat(n).doesNotContain("By ").doesNotContain("dpa")
                .doesNotContain("Reuters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read",
            "Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8",
            "22.04.2024, 17:26 Uhr"})
    void datelinesWithBylinesAndReadingTimesAreRead(String line) {
        assertThat(TextDumpExtractor.classify(line)).isEqualTo(TextDumpExtractor.Kind.DATE);
        assertThat(TextDumpExtractor.dateIn(line)).matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"We use cookies to improve your experience on our site.", "© 2024, Malay Mail, All Rights Reserved.",
            "Sign up for our daily newsletter", "Checkpoint, opens new tab"})
    void pageFurnitureSentencesAreChrome(String line) {
        assertThat(TextDumpExtractor.classify(line)).isEqualTo(TextDumpExtractor.Kind.CHROME);
    }
}
