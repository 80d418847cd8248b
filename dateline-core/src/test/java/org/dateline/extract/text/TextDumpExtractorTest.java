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

    private static Article extract(String dump) {
        return new TextDumpExtractor().extract(new Page("dump.txt", new byte[0], null, null, null, InputFormat.TEXT), dump);
    }

    private static final String BODY = "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.\n"
            + "Engineers said the bridge's steel frame had corroded faster than expected after two wet winters.\n"
            + "Cyclists and pedestrians will still be able to cross while the council looks for money to repair it.\n";

    @Test
    void documentTitleRepeatedByTheHeadlineWinsOverAKickerAndALaterSubhead() {
        String dump = "Harbour bridge to close to cars next spring | The Daily Example\n"
                + "Home News Sport Weather\n"
                + "Local news\n"
                + "Harbour bridge to close to cars next spring\n"
                + "Council votes after engineers warn about corrosion\n"
                + BODY;
        assertThat(extract(dump).title()).isEqualTo("Harbour bridge to close to cars next spring");
    }

    @Test
    void documentTitleWithoutAnH1IsTakenWhenItsWordsRecurInTheBody() {
        String dump = "Council closes harbour bridge to cars - Example News\n"
                + "Menu Search\n"
                + "Subscribe now and get a free tote bag with every order\n"
                + BODY;
        assertThat(extract(dump).title()).isEqualTo("Council closes harbour bridge to cars");
    }

    @Test
    void aMenuLineOpeningTheDumpIsNotTakenForTheTitle() {
        String dump = "World Business Markets Tech Opinion\n"
                + "Harbour bridge to close to cars next spring\n"
                + BODY;
        assertThat(extract(dump).title()).isEqualTo("Harbour bridge to close to cars next spring");
    }

    @Test
    void aKickerBeforeAColonIsNotASiteSuffix() {
        String dump = "After the vote: harbour bridge to close to cars - Example News\n"
                + "After the vote\n"
                + "After the vote: harbour bridge to close to cars\n"
                + BODY;
        assertThat(extract(dump).title()).isEqualTo("After the vote: harbour bridge to close to cars");
    }

    @Test
    void aCuedDatelineAfterALeadGalleryIsFound() {
        StringBuilder dump = new StringBuilder("Harbour bridge to close to cars next spring\n");
        for (int i = 1; i <= 12; i++) {
            dump.append("Photo ").append(i).append(" of 12 bridge works\n");
        }
        dump.append("Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06\n").append(BODY);
        assertThat(extract(dump.toString()).published()).startsWith("2024-07-18");
    }

    @Test
    void aBareDateLineFarAboveTheHeadlineIsTakenWhenNoDatelineIsNear() {
        StringBuilder dump = new StringBuilder("03.05.2024 15:42 Uhr\n");
        for (int i = 1; i <= 12; i++) {
            dump.append("Section number ").append(i).append("\n");
        }
        dump.append("Harbour bridge to close to cars next spring\n").append(BODY);
        assertThat(extract(dump.toString()).published()).startsWith("2024-05-03");
    }

    @Test
    void noDateIsInventedWhenTheDumpStatesNone() {
        assertThat(extract("Harbour bridge to close to cars next spring\n" + BODY).published()).isNull();
    }

    @Test
    void aDateTimeWithAGluedBylineOpensALineFarFromTheHeadline() {
        StringBuilder dump = new StringBuilder("9. September 2025 um 15:46 Uhr / Frank Example\n");
        for (int i = 1; i <= 12; i++) {
            dump.append("Section number ").append(i).append("\n");
        }
        dump.append("Harbour bridge to close to cars next spring\n").append(BODY);
        assertThat(extract(dump.toString()).published()).startsWith("2025-09-09T15:46");
        assertThat(TextDumpExtractor.leadingDate(new TextDumpExtractor.Line("9. September 2025, a list item",
                TextDumpExtractor.Kind.SHORT))).as("a bare day is no dateline").isNull();
    }

    @Test
    void theDateEndingTheDocumentTitleIsTheLastResort() {
        String dump = "Harbour bridge to close to cars – Example – 13.06.2023\n"
                + "Harbour bridge to close to cars\n" + BODY;
        Article a = extract(dump);
        assertThat(a.published()).isEqualTo("2023-06-13");
        assertThat(TextDumpExtractor.titleDate("Ten things to do in 2023 | Example")).isNull();
    }

    @Test
    void theH1ThatWordsTheTitleLongerWins() {
        String dump = "Harbour bridge to close to cars | The Daily Example\n"
                + "Home News Sport Weather\n"
                + "Harbour bridge to close to cars, council decides\n"
                + BODY;
        assertThat(extract(dump).title()).isEqualTo("Harbour bridge to close to cars, council decides");
    }

    @Test
    void aQuestionTitleIsATitleButATeaserSentenceIsNot() {
        String question = "Will the harbour bridge close to cars next spring? | Harbour Herald\n"
                + "Menu Search\n"
                + "Subscribe now and get a free tote bag with every order\n"
                + BODY;
        assertThat(extract(question).title()).isEqualTo("Will the harbour bridge close to cars next spring?");
        // Without a site's name after it, and not repeated, a first line is as often a notice or a
        // promo whose words recur in the body: the headline over the body wins.
        String promo = "Council vote on the harbour bridge and cars\n"
                + "Menu Search\n"
                + "Old harbour bridge to close to cars from next spring\n"
                + BODY;
        assertThat(extract(promo).title()).isEqualTo("Old harbour bridge to close to cars from next spring");
        String teaser = "The harbour bridge council vote is explained in our weekly cars newsletter.\n"
                + "Menu Search\n"
                + BODY;
        assertThat(extract(teaser).title()).isNull();
    }

    @Test
    void aYearGluedToTheTimeAfterItIsSplit() {
        assertThat(TextDumpExtractor.unglue("March 7, 20247:55 AM UTCUpdated ago")).isEqualTo("March 7, 2024 7:55 AM UTCUpdated ago");
        StringBuilder dump = new StringBuilder("Reuters March 7, 20247:55 AM UTC\n");
        for (int i = 1; i <= 12; i++) {
            dump.append("Section number ").append(i).append("\n");
        }
        dump.append("Harbour bridge to close to cars next spring\n").append(BODY);
        assertThat(extract(dump.toString()).published()).startsWith("2024-03-07T07:55");
    }

    @Test
    void noBreakSpacesFromATextBrowserReadAsSpaces() {
        String dump = "Harbour bridge to close to cars next spring\n"
                + "Jane Doe\n"
                + "Published Aug 28, 2024\u00a0\u00a0\u2022\u00a0\u00a0Last updated 1 hour ago\u00a0\u00a0\u2022\u00a0\u00a04 minute read\n"
                + BODY;
        Article a = extract(dump);
        assertThat(a.published()).startsWith("2024-08-28");
        assertThat(a.title()).isEqualTo("Harbour bridge to close to cars next spring");
    }

    @Test
    void aHeadlineTheBreadcrumbRepeatsWinsOverTheCaptionUnderIt() {
        String dump = "Home\n"
                + "News • Local • Harbour bridge to close to cars next spring\n"
                + "Harbour bridge to close to cars next spring\n"
                + "The old bridge seen from the harbour wall on a grey morning\n"
                + BODY;
        assertThat(extract(dump).title()).isEqualTo("Harbour bridge to close to cars next spring");
    }
}
