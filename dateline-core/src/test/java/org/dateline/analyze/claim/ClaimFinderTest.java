package org.dateline.analyze.claim;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.text.Text;
import org.dateline.analyze.time.TimeFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimFinderTest {

    private static final String PUBLISHED = "2016-03-17";

    static List<Analysis.Claim> find(String lang, String text, List<Analysis.Quote> quotes) {
        Lexed lexed = Lexed.of(Text.of(text, lang));
        List<Analysis.TimeExpression> times = TimeFinder.forLanguage(lang).find(lexed, PUBLISHED);
        return ClaimFinder.forLanguage(lang).find(lexed, times, quotes);
    }

    static List<Analysis.Claim> find(String text) {
        return find("en", text, List.of());
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The army carried out more than 9000 sorties.|9000|more than|sorties",
            "They freed over 10,000 square kilometers of land.|10000|over|square kilometers",
            "The budget is $3.8 billion this year.|3.8E9|-|dollars",
            "Nearly half of the voters stayed home.|0.5|Nearly|voters",
            "Police arrested twenty-five protesters on Monday.|25|-|protesters",
            "About 3,000 oil delivery trucks were destroyed.|3000|About|oil delivery trucks",
            "The firm paid 50 MUSD for the site.|5.0E7|-|dollars",
            "Unemployment rose to 5.2 percent in May.|5.2|-|percent",
            "At least 12 people died in the blast.|12|At least|people",
            "Some 2000 people marched.|2000|Some|people",
            "It destroyed 254 events or statements featuring children.|254|-|events or statements",
            "The ministry spent £3m on ads.|3000000|-|pounds",
    })
    void amountsQualifiersAndUnits(String sentence, double value, String qualifier, String unit) {
        assertThat(find(sentence)).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo(value);
            assertThat(c.qualifier()).isEqualToIgnoringCase(qualifier);
            assertThat(c.unit()).isEqualTo(unit);
            assertThat(sentence.substring(c.start(), c.end())).isEqualTo(c.text());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 4-year-old boy was seen at 2.15pm on Tuesday.",
            "He was 8 years old in 2012 and aged 9 a year later.",
            "The 2012–13 season ended 3-2 at 10:30 in the No. 10 stadium.",
            "Article 50 and the F-16 and COVID-19 were discussed on 3 March 2015.",
            "She finished 3rd in the 2016 election.",
            "Call 5551234567 for details.",
    })
    void numbersThatAreNotClaims(String sentence) {
        assertThat(find(sentence)).isEmpty();
    }

    @Test
    void aSourceComesFromTheSentenceOrItsParagraph() {
        List<Analysis.Claim> claims = find("The Russian Defense Ministry reported that the Air Force had carried out "
                + "more than 9000 sorties since September 30, 2015. It also destroyed 209 oil facilities.\n\n"
                + "Concerted efforts \"have freed 400 populated areas,\" according to Russia's defense minister Sergey Shoigu.\n\n"
                + "It was reported that around 400 Yazidi children were abducted in January alone.");
        assertThat(claims).extracting(Analysis.Claim::source)
                .containsExactly("Russian Defense Ministry", "Russian Defense Ministry", "Sergey Shoigu", null);
        assertThat(claims).extracting(Analysis.Claim::time)
                .containsExactly("since 2015-09-30", null, null, "2016-01");
    }

    @Test
    void aQuotationsSpeakerIsTheSourceOfTheNumbersInIt() {
        String text = "Concerted efforts “have freed 400 populated areas,” he said.";
        int start = text.indexOf("have");
        int end = text.indexOf(",”");
        Analysis.Quote q = new Analysis.Quote(text.substring(start, end), "partial",
                new Analysis.Speaker("he", "Sergey Shoigu", "defense minister", "Russia", "person"), "said", start, end);
        assertThat(find("en", text, List.of(q))).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo("Sergey Shoigu"));
        // A bare pronoun with no resolved name is no source, but the local pattern is not used either.
        Analysis.Quote anonymous = new Analysis.Quote(q.text(), "partial",
                new Analysis.Speaker("he", null, null, null, "person"), "said", start, end);
        assertThat(find("en", text, List.of(anonymous))).singleElement()
                .satisfies(c -> assertThat(c.source()).isNull());
    }

    @Test
    void aDocumentSourceKeepsItsTitle() {
        String text = "According to a UN-endorsed report, a total of 254 events were identified.";
        int start = text.indexOf("a total");
        Analysis.Quote q = new Analysis.Quote(text.substring(start, text.length() - 1), "indirect",
                new Analysis.Speaker("a UN-endorsed report", "Children of Islamic State", null, null, "document"),
                "according to", start, text.length() - 1);
        assertThat(find("en", text, List.of(q))).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo("UN-endorsed report “Children of Islamic State”"));
    }

    @Test
    void aTimeSpanStatedWithTheNumber() {
        assertThat(find("en", "Between August 1 last year and February 9 this year, a total of 254 events were identified.",
                List.of())).singleElement()
                .satisfies(c -> assertThat(c.time()).isEqualTo("2015-08-01/2016-02-09"));
        // The day of the speech is not the time of the number.
        assertThat(find("en", "Kirby said on Tuesday that 300 fighters had left.", List.of())).singleElement()
                .satisfies(c -> {
                    assertThat(c.time()).isNull();
                    assertThat(c.source()).isEqualTo("Kirby");
                });
    }

    @Test
    void germanClaims() {
        List<Analysis.Claim> claims = find("de", "Das Verteidigungsministerium teilte mit, die Luftwaffe habe seit dem "
                + "30. September 2015 mehr als 9.000 Einsätze geflogen. Die Kosten lagen bei 3,8 Milliarden Euro. "
                + "Rund 400 jesidische Kinder wurden entführt.", List.of());
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo(9000);
            assertThat(c.qualifier()).isEqualTo("mehr als");
            assertThat(c.unit()).isEqualTo("Einsätze");
            assertThat(c.time()).isEqualTo("since 2015-09-30");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo(3.8e9);
            assertThat(c.unit()).isEqualTo("Euro");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo(400);
            assertThat(c.qualifier()).isEqualTo("rund");
            assertThat(c.unit()).isEqualTo("jesidische Kinder");
        });
    }
}
