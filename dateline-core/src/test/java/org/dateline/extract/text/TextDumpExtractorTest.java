package org.dateline.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.Article;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed: a text dump of an RT page, with the gold in {@code seed/expected.json}. */
class TextDumpExtractorTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TextDumpExtractorTest.class.getResourceAsStream("/seed/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void seedMatchesEveryExtractionFieldOfTheGold() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(resource("expected.json"));
        String dump = new String(resource("rt-2016-03-17-isis-child-jihadists.txt"), StandardCharsets.UTF_8);
        Article a = new TextDumpExtractor().extract(
                new Page("rt.txt", new byte[0], null, null, null, InputFormat.TEXT), dump);

        assertThat(a.title()).isEqualTo(gold.get("title").asText());
        assertThat(a.published()).isEqualTo(gold.get("published").asText());
        assertThat(a.media()).containsExactly("video");
        assertThat(a.text()).startsWith(gold.get("body_first_words").asText());
        assertThat(a.text()).endsWith(gold.get("body_last_words").asText());
        for (JsonNode not : gold.get("not_in_body")) {
            assertThat(a.text()).doesNotContain(not.asText());
        }
        assertThat(a.related()).extracting(Article.Link::title)
                .containsExactly(gold.get("related").get(0).get("title").asText());
        assertThat(a.text()).doesNotContain("\n\n\n").contains("\n\n");
    }

    @Test
    void chromeLinesAreRecognised() {
        assertThat(TextDumpExtractor.classify("icon bookmark-bicon bookmarkicon cameraicon checkicon"))
                .isEqualTo(TextDumpExtractor.Kind.CHROME);
        assertThat(TextDumpExtractor.classify("Sign in Sign up Subscribe")).isEqualTo(TextDumpExtractor.Kind.CHROME);
        assertThat(TextDumpExtractor.classify("17 Mar, 2016 20:47")).isEqualTo(TextDumpExtractor.Kind.DATE);
        assertThat(TextDumpExtractor.classify("READ MORE: Something happened somewhere"))
                .isEqualTo(TextDumpExtractor.Kind.PROMO);
    }
}
