package org.dateline.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Hard-wrapped dumps joined back into paragraphs; dumps with a line per element left alone. */
class HardWrapsTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = HardWrapsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * {@code w3m -dump} and {@code lynx -dump} at their default 80 columns cut every paragraph
     * into lines; once joined (and lynx's link numbers taken out), the page's first and last
     * paragraphs are each one line again (the Japanese one without a space where a line break
     * fell between two characters).
     */
    @ParameterizedTest
    @ValueSource(strings = {"uk_TheIndependent_2024_11_22.w3m-80.txt", "jp_SankeiShimbun_2025_01_21.w3m-80.txt",
            "uk_TheIndependent_2024_11_22.lynx.txt"})
    void wrappedParagraphsAreJoined(String name) throws IOException {
        String dump = resource("/text-dumps/" + name);
        JsonNode gold = new ObjectMapper().readTree(resource("/text-dumps/expected.json")).get(name);
        String first = gold.get("first_paragraph").asText();
        String last = gold.get("last_paragraph").asText();
        assertThat(dump.lines()).doesNotContain(first);

        String unwrapped = LinkReferences.stripMarkers(HardWraps.unwrap(LinkReferences.stripReferences(dump)));

        assertThat(unwrapped.lines().map(String::strip)).contains(first, last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/text-dumps/my_MalayMail_2024_11_22.get-text.txt", "/text-dumps/de_SZ_2023_04_28.get-text.txt",
            "/text-dumps/it_IlGiornale_2025_02_04.w3m.txt", "/text-dumps/uk_EveningStandard_2024_05_02.get-text.txt",
            "/text-dumps/jp_SankeiShimbun_2025_01_21.get-text.txt", "/seed/rt-2016-03-17-isis-child-jihadists.txt"})
    void dumpsWithALinePerElementAreLeftAsTheyAre(String path) throws IOException {
        String dump = resource(path);
        assertThat(HardWraps.width(dump.split("\n", -1))).isZero();
        assertThat(HardWraps.unwrap(dump)).isEqualTo(dump);
    }
}
