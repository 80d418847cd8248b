package org.dateline.analyze.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairing quotation marks, one convention per case. */
class QuoteMarksTest {

    private static List<String> contents(String text, String language) {
        QuoteMarks.Conventions c = QuoteMarks.Conventions.of(language);
        return QuoteMarks.pair(text, new Span(0, text.length()), c).stream()
                .map(p -> text.substring(p.content().start(), p.content().end()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            curly double          | en | “We will win,” he said.                      | We will win,
            straight double       | en | "We will win," he said.                      | We will win,
            single curly          | en | ‘We will win,’ he said.                      | We will win,
            single straight       | en | 'We will win,' he said.                      | We will win,
            mismatched curly+straight | en | efforts “have freed 400 areas," according to him | have freed 400 areas,
            wire copy two apostrophes | en | ''That makes me smart,'' Mr. Trump said.  | That makes me smart,
            wire copy backticks   | en | ``That makes me smart,'' Mr. Trump said.     | That makes me smart,
            German low-high       | de | Er sagte: „Wir kommen.“ Dann ging er.        | Wir kommen.
            German chevrons       | de | Er sagte: »Wir kommen.« Dann ging er.        | Wir kommen.
            French guillemets     | en | Il a dit : « Nous venons. » Puis il est parti. | Nous venons.
            single guillemets     | de | Er sagte: ›Wir kommen.‹ Dann ging er.        | Wir kommen.
            """)
    void pairsEachConvention(String convention, String language, String text, String content) {
        assertThat(contents(text, language)).as(convention).containsExactly(content);
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertThat(contents("Clinton’s aides don't say Russia`s fighters’ salaries rose.", "en")).isEmpty();
        assertThat(contents("the ‘instructor’ and the workers’ union", "en")).containsExactly("instructor");
    }

    @Test
    void singleQuotesNestInsideDoubleQuotes() {
        assertThat(contents("“He called it ‘a disgrace’ today,” she said.", "en"))
                .containsExactly("He called it ‘a disgrace’ today,", "a disgrace");
    }

    @Test
    void anUnclosedQuotationRunsToTheEndOfItsParagraph() {
        String t = "“We came here and we stayed until the end";
        List<QuoteMarks.Pair> pairs = QuoteMarks.pair(t, new Span(0, t.length()), QuoteMarks.Conventions.of("en"));
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).closed()).isFalse();
        assertThat(t.substring(pairs.get(0).content().start(), pairs.get(0).content().end()))
                .isEqualTo("We came here and we stayed until the end");
    }

    @Test
    void aSecondOpeningMarkReplacesAnUnclosedFirst() {
        assertThat(contents("He said “we stop here. Then she said “no” to that.", "en")).containsExactly("no");
    }

    @Test
    void fiveThousandMarksInARowArePairedInOnePass() {
        String t = "He said \"" + "\"".repeat(5000) + " and left.";
        List<QuoteMarks.Pair> pairs = QuoteMarks.pair(t, new Span(0, t.length()), QuoteMarks.Conventions.of("en"));
        assertThat(pairs).isNotEmpty();
        for (QuoteMarks.Pair p : pairs) {
            assertThat(p.openMark().end()).isLessThanOrEqualTo(p.content().start());
        }
    }

    @Test
    void sentencesAreNotSplitInsideAQuotation() {
        Text t = Text.of("“This is in their heads. This is in their consciousness,” said Caddell. He left.", "en");
        assertThat(t.sentences()).extracting(s -> t.of(s.span()))
                .containsExactly("“This is in their heads. This is in their consciousness,” said Caddell.", "He left.");
    }

    @Test
    void germanOrdinalsDoNotEndASentence() {
        Text t = Text.of("Der Song erscheint am 12. Oktober in London. Er ist neu.", "de");
        assertThat(t.sentences()).hasSize(2);
    }
}
