package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.Analyzers;
import org.dateline.analyze.text.Text;
import org.dateline.extract.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that must neither fail nor hang the analysis. The timeouts guard against a hang (an
 * accidental quadratic loop takes minutes here); they are not speed measurements, which the
 * benchmark command does.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {

    private static List<Analysis.Quote> find(String text, String language) {
        List<Analysis.Quote> quotes = new QuoteFinder(language).find(Text.of(text, language));
        for (Analysis.Quote q : quotes) {
            assertThat(q.start()).isBetween(0, text.length());
            assertThat(q.end()).isBetween(q.start(), text.length());
        }
        return quotes;
    }

    @Test
    void fiveThousandQuoteMarksInARow() {
        find("He said \"" + "\"".repeat(5000) + " and left.", "en");
        find("“".repeat(2500) + "”".repeat(2500), "en");
        find("'\"«»„“‘’`".repeat(700), "de");
    }

    @Test
    void aParagraphOf200KilobytesWithoutPunctuation() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"said", "he", "the", "ministry", "according", "to", "Kirby", "reports", "that", "Smith"};
        for (int i = 0; sb.length() < 200_000; i++) {
            sb.append(words[(i * 7 + i / 3) % words.length]).append(' ');
        }
        find(sb.toString(), "en");
        find(sb.toString(), "de");
    }

    @Test
    void unbalancedQuotationMarks() {
        String t = "“Unbalanced quote starts here and never ends, he said. ".repeat(2000) + "\n\nhe said: ".repeat(5000);
        find(t, "en");
        List<Analysis.Quote> q = find("He said “this never closes.\n\nThe next paragraph has no marks.", "en");
        assertThat(q).noneMatch(x -> x.text().contains("next paragraph"));
    }

    @Test
    void scriptsTheAnalyzerDoesNotKnow() {
        find("他说：“我们不同意。”\n\n「これは引用です」と彼は言った。\n\nОн сказал: «Мы не согласны». ".repeat(300), "zh");
        Article a = new Article("x", null, null, null, null, null, null, "ru", null, null, null,
                "Он сказал: «Мы не согласны». Министерство сообщило, что всё спокойно.", null);
        assertThat(Analyzers.forLanguage("ru").analyze(a).quotes()).isNotNull();
    }

    @Test
    void emptyAndBlankText() {
        assertThat(find("", "en")).isEmpty();
        assertThat(find("   \n\n  \n", "en")).isEmpty();
        assertThat(find("\"", "en")).isEmpty();
    }
}
