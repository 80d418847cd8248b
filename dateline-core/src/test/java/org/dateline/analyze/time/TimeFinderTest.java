package org.dateline.analyze.time;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeFinderTest {

    /** Thursday 17 March 2016, the seed's day. */
    private static final String PUBLISHED = "2016-03-17T20:47";

    static List<Analysis.TimeExpression> find(String lang, String text, String published) {
        return TimeFinder.forLanguage(lang).find(Lexed.of(Text.of(text, lang)), published);
    }

    @ParameterizedTest(name = "{0} → {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "Kirby said on Tuesday that it was over.|on Tuesday|2016-03-15",
            "The vote was held on Thursday.|on Thursday|2016-03-17",
            "They met last Thursday.|last Thursday|2016-03-10",
            "He will travel to Paris on Friday.|on Friday|2016-03-18",
            "400 children were abducted in January alone.|in January|2016-01",
            "The video was released in December last year.|December last year|2015-12",
            "The footage emerged February this year.|February this year|2016-02",
            "It ran between August 1 last year and February 9 this year.|August 1 last year|2015-08-01",
            "It ran between August 1 last year and February 9 this year.|February 9 this year|2016-02-09",
            "Sorties since September 30, 2015 were counted.|September 30, 2015|2015-09-30",
            "On March 14, Putin ordered a withdrawal.|March 14|2016-03-14",
            "The talks started on 3 March in Geneva.|3 March|2016-03-03",
            "It happened yesterday in Berlin.|yesterday|2016-03-16",
            "The deal was signed last week.|last week|2016-W10",
            "Prices fell last month.|last month|2016-02",
            "He left three days ago.|three days ago|2016-03-14",
            "Elections were held in 2012 in Egypt.|in 2012|2012",
            "The 2012–13 season was his best.|2012–13|2012/2013",
            "Talks failed last December.|last December|2015-12",
            "The summit on Tuesday, March 15, 2016 ended.|Tuesday, March 15, 2016|2016-03-15",
            "It was founded on the 1st of May 1990 in Rome.|1st of May 1990|1990-05-01",
    })
    void englishExpressionsResolveAgainstThePublicationDay(String sentence, String text, String value) {
        assertThat(find("en", sentence, PUBLISHED))
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(text);
                    assertThat(t.value()).isEqualTo(value);
                    assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
                });
    }

    @ParameterizedTest(name = "{0} → {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "Die Regierung teilte am Dienstag mit, dass alles gut sei.|am Dienstag|2016-03-15",
            "Im Januar wurden 400 Kinder entführt.|Im Januar|2016-01",
            "Das Video erschien im Dezember vergangenen Jahres.|Dezember vergangenen Jahres|2015-12",
            "Am 3. März 2016 begann die Konferenz.|3. März 2016|2016-03-03",
            "Gestern wurde das Gesetz verabschiedet.|Gestern|2016-03-16",
            "Das Treffen fand vor drei Tagen statt.|vor drei Tagen|2016-03-14",
            "Seit dem 30. September 2015 flog die Luftwaffe Einsätze.|30. September 2015|2015-09-30",
            "Er trat im Jahr 2012 zurück.|im Jahr 2012|2012",
            "Die Zahl stieg vergangene Woche.|vergangene Woche|2016-W10",
    })
    void germanExpressionsResolveAgainstThePublicationDay(String sentence, String text, String value) {
        assertThat(find("de", sentence, PUBLISHED))
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(text);
                    assertThat(t.value()).isEqualTo(value);
                });
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsStayUnresolved() {
        List<Analysis.TimeExpression> times = find("en",
                "Kirby said on Tuesday that since September 30, 2015 and in January there were talks.", null);
        assertThat(times).extracting(Analysis.TimeExpression::text)
                .containsExactly("on Tuesday", "September 30, 2015", "in January");
        assertThat(times).extracting(Analysis.TimeExpression::value)
                .containsExactly(null, "2015-09-30", null);
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        assertThat(find("en", "At 2.15pm about 10,000 people, some 4-year-old, marched in May 2012–13 style.", PUBLISHED))
                .extracting(Analysis.TimeExpression::text)
                .doesNotContain("2.15", "10,000", "4");
        // "may" the verb and "March" opening a sentence with no date are not months.
        assertThat(find("en", "They may come. March was cold. Prices may rise in the spring.", PUBLISHED))
                .extracting(Analysis.TimeExpression::text).isEmpty();
    }

    @Test
    void anImpossibleDateIsNotInvented() {
        assertThat(find("en", "It was signed on February 30, 2015 in Rome.", PUBLISHED))
                .allSatisfy(t -> assertThat(t.value()).isNull());
    }

    @ParameterizedTest(name = "{0} → {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "In January, sales fell sharply.|In January|2016-01",
            "In January, the new president will take office.|In January|2017-01",
            "The vote is expected in December.|in December|2016-12",
            "The plant closed in May.|in May|2016-05",
            "The Nov. 8 election is close.|Nov. 8|2016-11-08",
            "Profits rose in the coming weeks and last week.|last week|2016-W37",
    })
    void monthsAndDaysWithoutAYearInASeptemberArticle(String sentence, String text, String value) {
        assertThat(find("en", sentence, "2016-09-20"))
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(text);
                    assertThat(t.value()).isEqualTo(value);
                });
    }

    @Test
    void decadesAndPluralPeriodsAreNotResolvedToOnePoint() {
        assertThat(find("en", "In the mid-1990s and in the coming years it grew.", "2016-09-20"))
                .extracting(Analysis.TimeExpression::text).isEmpty();
    }
}
