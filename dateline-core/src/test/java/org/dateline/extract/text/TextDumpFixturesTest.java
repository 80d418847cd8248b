package org.dateline.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.Article;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    private static Article extract(String name) throws IOException {
        return new TextDumpExtractor().extract(new Page(name, new byte[0], null, null, null, InputFormat.TEXT), resource(name));
    }

    private static JsonNode gold(String name) throws IOException {
        return new ObjectMapper().readTree(resource("expected.json")).get(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my_MalayMail_2024_11_22.get-text.txt", "de_SZ_2023_04_28.get-text.txt",
            "it_IlGiornale_2025_02_04.w3m.txt", "jp_SankeiShimbun_2025_01_21.get-text.txt"})
    void bodyTitleAndDatelineComeOutOfThePageChrome(String name) throws IOException {
        JsonNode gold = gold(name);
        Article a = extract(name);

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

    /**
     * Dumps that {@code w3m -dump} wrapped at 80 columns: joined back into paragraphs, their body
     * and dateline come out as from the unwrapped dumps. (w3m leaves the page's {@code <title>}
     * out, so the headline has only the lines' shapes to go by; it is not asserted here.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"uk_TheIndependent_2024_11_22.w3m-80.txt", "jp_SankeiShimbun_2025_01_21.w3m-80.txt",
            "uk_TheIndependent_2024_11_22.lynx.txt"})
    void wrappedDumpsGiveTheirBodyAndDateline(String name) throws IOException {
        JsonNode gold = gold(name);
        Article a = extract(name);

        assertThat(a.published()).startsWith(gold.get("published_day").asText());
        String body = norm(a.text());
        assertThat(body).startsWith(norm(gold.get("first_paragraph").asText()));
        assertThat(body).endsWith(norm(gold.get("last_paragraph").asText()));
        assertThat(a.text().lines()).contains(gold.get("first_paragraph").asText());
        for (JsonNode chrome : gold.get("chrome")) {
            assertThat(body).doesNotContain(norm(chrome.asText()));
        }
        // lynx's link numbers ("[14]Chelsea") and its list of addresses are not the article's.
        assertThat(a.text()).doesNotContainPattern("\\[\\d+\\]").doesNotContain("https://");
    }

    /**
     * Bylines as dumps give them: "Kolumne von X" (SZ), a name opening the dateline ("Marco
     * Pizzorno 4 Febbraio 2025 - 14:41", Il Giornale), a name with its age glued on ("Nizaar
     * Kinsella2 minutes ago", Evening Standard).
     */
    @ParameterizedTest
    @ValueSource(strings = {"my_MalayMail_2024_11_22.get-text.txt", "de_SZ_2023_04_28.get-text.txt",
            "it_IlGiornale_2025_02_04.w3m.txt", "uk_EveningStandard_2024_05_02.get-text.txt"})
    void authorsComeFromTheByline(String name) throws IOException {
        List<String> expected = new ArrayList<>();
        gold(name).get("authors").forEach(n -> expected.add(n.asText()));
        assertThat(extract(name).authors()).isEqualTo(expected);
    }

    /**
     * The Evening Standard's body is cut in two by a "Read More" box of three promos and a
     * sponsored link: both halves are the body, the box is not.
     */
    @Test
    void theBodyGoesOnAcrossABoxOfPromos() throws IOException {
        String name = "uk_EveningStandard_2024_05_02.get-text.txt";
        JsonNode gold = gold(name);
        Article a = extract(name);

        String body = norm(a.text());
        assertThat(body).startsWith(norm(gold.get("first_paragraph").asText()));
        assertThat(body).endsWith(norm(gold.get("last_paragraph").asText()));
        for (JsonNode box : gold.get("between_runs")) {
            assertThat(a.text().lines()).doesNotContain(box.asText());
        }
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
    @CsvSource(delimiter = '|', value = {
            "Von: Nadja Zinsmeister|Nadja Zinsmeister",
            "Von Johannes Ritter, Zürich|Johannes Ritter",
            "By Amy Gibbons, Political Correspondent|Amy Gibbons",
            "Kolumne von Lars Brunckhorst|Lars Brunckhorst",
            "byRahimu Fadhili|Rahimu Fadhili",
            "Written by Eliaser Ndeyanale|Eliaser Ndeyanale"})
    void bylineVariantsGiveTheNameOnly(String line, String name) {
        assertThat(Bylines.names(line)).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Von der Leyen warnt vor neuen Zöllen", "By the way, this is not a byline",
            "Par ailleurs, le gouvernement", "Byron Bay erlebt Rekordsommer"})
    void sentencesOpeningWithACueWordAreNotBylines(String line) {
        assertThat(Bylines.names(line)).isEmpty();
        assertThat(Bylines.isByline(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Emma MackenzieLifestyle Writer;Emma Mackenzie",
            "Nizaar Kinsella2 minutes ago;Nizaar Kinsella",
            "Fouzia Van Der Fort|Published 4 months ago;Fouzia Van Der Fort",
            "STEVE PEOPLES;STEVE PEOPLES",
            "Die Tagespresse;null",
            "Published May;null",
            "Political Correspondent;null",
            "Sport;null",
            "Chelsea beat Tottenham on Thursday night;null"})
    void aNameAloneOnItsLineWithWhatADumpGluedToItCutOff(String line, String name) {
        assertThat(Bylines.bareName(line)).isEqualTo(name);
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
