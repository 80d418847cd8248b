package org.dateline.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of date candidate on an excerpt of a real dev-set page (origins in
 * {@code src/test/resources/dates/README.md}): the candidate is found with its provenance, weighed,
 * and the decision between candidates goes the way the page states it.
 */
class DateCandidatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static DateEvidence explain(String fixture, String url) throws IOException {
        try (InputStream in = DateCandidatesTest.class.getResourceAsStream("/dates/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            Document doc = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url == null ? "" : url);
            DateEvidence e = new MetadataExtractor().explainDates(doc, url, TODAY);
            // the explanation and the record agree
            assertThat(new MetadataExtractor().extract(doc, url, TODAY).published()).isEqualTo(e.published());
            return e;
        }
    }

    private static List<DateEvidence.Candidate> of(DateEvidence e, DateEvidence.Source source) {
        return e.candidates().stream().filter(c -> c.source() == source && !c.modified()).toList();
    }

    @Test
    void jsonLdAndMetaInUtcCountForTheLocalDayTheUrlWrites() throws IOException {
        DateEvidence e = explain("mercurynews-utc-url-local-day.html", null);
        assertThat(of(e, DateEvidence.Source.JSON_LD)).extracting(DateEvidence.Candidate::iso).containsExactly("2023-01-17T00:30:41Z");
        assertThat(of(e, DateEvidence.Source.META)).extracting(DateEvidence.Candidate::where)
                .containsExactly("<meta article:published_time>");
        assertThat(of(e, DateEvidence.Source.URL)).extracting(DateEvidence.Candidate::iso).containsExactly("2023-01-16");
        // 00:30 UTC is the evening before in California: the day the newsroom wrote in the URL
        assertThat(e.published()).isEqualTo("2023-01-16");
        assertThat(e.reason()).contains("UTC 2023-01-17T00:30:41Z is 2023-01-16 as the url writes it");
        assertThat(e.days()).hasSize(1);
    }

    @Test
    void aGenericMetaDateLaterThanTheDayShownByTheHeadlineIsABound() throws IOException {
        DateEvidence e = explain("tagesschau-generic-meta-later.html", null);
        assertThat(of(e, DateEvidence.Source.META)).singleElement()
                .satisfies(c -> assertThat(c.where()).contains("a generic key"));
        assertThat(e.published()).isEqualTo("2020-04-28T21:38");
        assertThat(e.reason()).contains("<meta date>").contains("a bound");
        // the infobox's broadcast date below is a candidate too, weaker for its distance
        assertThat(of(e, DateEvidence.Source.TIME)).extracting(DateEvidence.Candidate::day)
                .containsExactly("2020-04-28", "2020-04-29");
        assertThat(of(e, DateEvidence.Source.TIME).get(0).weight()).isGreaterThan(of(e, DateEvidence.Source.TIME).get(1).weight());
    }

    @Test
    void microdataAgreesWithTheTimeByTheHeadlineAndARelatedListIsPenalised() throws IOException {
        DateEvidence e = explain("ekbo-microdata-related-list.html", null);
        assertThat(of(e, DateEvidence.Source.MICRODATA)).extracting(DateEvidence.Candidate::iso).containsExactly("2021-11-11");
        List<DateEvidence.Candidate> listed = of(e, DateEvidence.Source.TIME).stream()
                .filter(c -> c.where().contains("news-related-news-date")).toList();
        assertThat(listed).hasSize(3).allSatisfy(c -> assertThat(c.where()).contains("one of a list of 3 boxes"));
        assertThat(e.published()).isEqualTo("2021-11-11");
        assertThat(e.days().get(0).support()).contains("microdata").contains("time/marked element");
    }

    @Test
    void aLabelledPostDateOnABlogWhoseH1IsTheSiteBeatsTheCommentDate() throws IOException {
        DateEvidence e = explain("krimiblog-comment-box-abbr.html", null);
        assertThat(of(e, DateEvidence.Source.TIME)).extracting(DateEvidence.Candidate::day)
                .containsExactly("2009-08-06", "2009-08-07");
        assertThat(of(e, DateEvidence.Source.TIME).get(0).where()).contains("postMeta").contains("after a publication label");
        assertThat(e.published()).isEqualTo("2009-08-06");
    }

    @Test
    void aLogoH1GivesWayToTheH2ThatWordsTheTitleAndADatelineOpensTheText() throws IOException {
        DateEvidence e = explain("lmag-logo-h1-dateline.html", null);
        assertThat(e.anchor()).startsWith("<h2> headline");
        assertThat(of(e, DateEvidence.Source.TEXT)).singleElement()
                .satisfies(c -> assertThat(c.where()).contains("a dateline opening a block"));
        assertThat(e.published()).isEqualTo("2022-01-27");
    }

    @Test
    void aShortLineWithAPublicationCueBeatsACommentFarBelow() throws IOException {
        DateEvidence e = explain("resonator-cue-line.html", null);
        assertThat(of(e, DateEvidence.Source.TEXT)).singleElement()
                .satisfies(c -> assertThat(c.where()).contains("publication cue"));
        DateEvidence.Candidate comment = of(e, DateEvidence.Source.TIME).get(0);
        // in a comment box: a penalty, not a veto (it stays a candidate)
        assertThat(comment.where()).contains("in a 'comment' box -3.0");
        assertThat(comment.weight()).isPositive();
        assertThat(e.published()).isEqualTo("2019-08-16");
    }

    @Test
    void theArticleTimeInAnAsideByTheHeadlineCountsAndCommentPubdatesDoNotOutvoteIt() throws IOException {
        DateEvidence e = explain("hpd-aside-meta-comment-pubdate.html", null);
        List<DateEvidence.Candidate> times = of(e, DateEvidence.Source.TIME);
        assertThat(times).extracting(DateEvidence.Candidate::iso)
                .contains("2023-10-18T11:45:00+02:00", "2023-10-18T13:11:26+02:00", "2023-10-18T17:40:21+02:00");
        assertThat(times.get(0).where()).contains("'aside' box (by the headline: no penalty)");
        assertThat(times.stream().filter(c -> c.where().contains("pubdate"))).hasSize(2);
        // the day is the article's, written as its structured data state it
        assertThat(e.published()).isEqualTo("2023-10-18");
    }

    @Test
    void aDatetimeContradictedByItsOwnTextYieldsToTheText() throws IOException {
        DateEvidence e = explain("nymag-datetime-vs-text.html", null);
        List<DateEvidence.Candidate> times = of(e, DateEvidence.Source.TIME);
        assertThat(times).hasSize(2);
        DateEvidence.Candidate attribute = times.stream().filter(c -> c.iso().endsWith("Z")).findFirst().orElseThrow();
        DateEvidence.Candidate text = times.stream().filter(c -> c.iso().equals("2020-10-18")).findFirst().orElseThrow();
        assertThat(attribute.where()).contains("contradicted by its text");
        assertThat(text.weight()).isGreaterThan(attribute.weight());
        assertThat(e.published()).isEqualTo("2020-10-18");
    }

    @Test
    void aDateOnlyInAnEpochAttribute() throws IOException {
        DateEvidence e = explain("antary-epoch-attribute.html", null);
        assertThat(of(e, DateEvidence.Source.ATTRIBUTE)).singleElement()
                .satisfies(c -> assertThat(c.where()).contains("data-timestamp"));
        assertThat(e.published()).isEqualTo("2017-06-29T23:42:30Z");
    }

    @Test
    void aDateOnlyInTheImagePath() throws IOException {
        DateEvidence e = explain("hankookilbo-image-path.html", null);
        assertThat(of(e, DateEvidence.Source.IMAGE)).singleElement()
                .satisfies(c -> assertThat(c.where()).contains("og:image"));
        assertThat(e.published()).isEqualTo("2026-01-29");
    }

    @Test
    void theLastResortIsTheScriptsCreationStampNotTheNewest() throws IOException {
        DateEvidence e = explain("finanzcheck-script-timestamps.html", null);
        assertThat(of(e, DateEvidence.Source.SCRIPT)).extracting(DateEvidence.Candidate::day)
                .containsExactly("2019-01-28", "2020-02-10");
        assertThat(e.published()).isEqualTo("2019-01-28");
        assertThat(e.reason()).contains("createdAt");
    }

    @Test
    void theExplanationPrintsEveryCandidateAndTheDecision() throws IOException {
        String text = explain("tagesschau-generic-meta-later.html", null).describe();
        assertThat(text).contains("candidates:", "days:", "published: 2020-04-28T21:38", "because:")
                .contains("<meta date>", "infotext", "sendungsbezug");
    }
}
