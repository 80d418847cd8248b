package org.dateline.analyze;

import org.dateline.extract.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile bodies for the times, claims, entities and unattributed finders: they must return, in
 * linear time, and never invent. The time limit is a hang detector (a quadratic pass over 200 KB
 * takes minutes), not a speed measurement: speed is measured by the benchmark command.
 */
class AnalysisBadInputTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    static Stream<String> bodies() {
        Random r = new Random(7);
        StringBuilder noPunct = new StringBuilder();
        String[] words = {"the", "Army", "said", "more", "than", "9000", "in", "January", "Raqqa", "ISIS",
                "according", "to", "sources", "reportedly", "Tuesday", "2012–13", "2.15pm", "50", "MUSD", "Mr"};
        while (noPunct.length() < 200_000) {
            noPunct.append(words[r.nextInt(words.length)]).append(' ');
        }
        StringBuilder caps = new StringBuilder();
        while (caps.length() < 200_000) {
            caps.append("Islamic State Defense Ministry John Kirby of the ");
        }
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 200_000) {
            digits.append("1,000,000.5-3:4/2012–13 ");
        }
        return Stream.of(
                noPunct.toString(),
                caps.toString(),
                digits.toString(),
                "\"".repeat(5000),
                "“”".repeat(2500) + " said 400 people",
                "ทดสอบภาษาไทย ไม่มีช่องว่าง ๑๒๓ 400 คน เมื่อวันอังคาร",
                "这是一个测试。据报道，约400名儿童被绑架。",
                "В январе, по сообщениям, более 9000 вылетов.",
                "The 2012–13 season, at 2.15pm, cost 50 MUSD.",
                "9".repeat(5000) + " people",
                "On " + "March ".repeat(10000),
                "",
                "\n\n\n");
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void analysisReturnsAndStaysInsideTheText(String body) {
        for (String lang : new String[] {"en", "de", "th"}) {
            Article a = new Article("x", null, null, null, "2016-03-17", null, null, lang, null, null, null, body, null);
            Analysis an = assertTimeoutPreemptively(HANG, () -> Analyzers.forLanguage(lang).analyze(a));
            for (Analysis.TimeExpression t : an.times()) {
                assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
            }
            for (Analysis.Claim c : an.claims()) {
                assertThat(body.substring(c.start(), c.end())).isEqualTo(c.text());
                assertThat(Double.isFinite(c.value())).isTrue();
            }
            assertThat(an.entities()).allSatisfy(e -> assertThat(e.type()).isIn("person", "organization", "place"));
        }
    }
}
