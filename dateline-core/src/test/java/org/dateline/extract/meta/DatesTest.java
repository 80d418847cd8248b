package org.dateline.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication dates from each layer a page offers. Snippets are cut from pages of the dev sets
 * (named in each test) down to the markup that carries the date.
 */
class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Metadata extract(String html, String url) {
        return new MetadataExtractor().extract(Jsoup.parse(html, url == null ? "" : url), url, TODAY);
    }

    @Test
    void openGraphArticleTimes() {
        // no_VerdensGang_2024_08_05: modified before published in the tags; both kept as given.
        Metadata md = extract("""
                <meta content="2024-08-05T12:47:21Z" property="article:published_time">
                <meta content="2024-07-23T20:51:17Z" property="article:modified_time">
                <h1>Søskenbarna</h1>""", null);
        assertThat(md.published()).isEqualTo("2024-08-05T12:47:21Z");
        assertThat(md.modified()).isEqualTo("2024-07-23T20:51:17Z");
    }

    @Test
    void dublinCore() {
        Metadata md = extract("""
                <meta name="DC.date.issued" content="2019-10-22">
                <meta name="DCTERMS.modified" content="2019-10-23T08:00:00+02:00">
                <h1>Professionell entlöten</h1>""", null);
        assertThat(md.published()).isEqualTo("2019-10-22");
        assertThat(md.modified()).isEqualTo("2019-10-23T08:00:00+02:00");
    }

    @Test
    void timeElementNearTheHeadline() {
        // The related-stories list below carries later <time>s; the one under the headline counts.
        Metadata md = extract("""
                <body><article><h1>Autohäuser rechnen mit langsamem Anlaufen</h1>
                <p class="byline">Von Jane Doe, <time datetime="2020-04-20T14:57:00+02:00">20. April 2020</time></p>
                <p>Text.</p></article>
                <aside class="related"><time datetime="2020-04-27T09:00:00+02:00">27.04.2020</time></aside></body>""", null);
        assertThat(md.published()).isEqualTo("2020-04-20T14:57:00+02:00");
    }

    @Test
    void aDateShownByTheHeadlineThatAgreesWithTheUrlBeatsTheSiteHeaderDate() {
        // asiapacificstar.com (dates-dev 1493757507): the site header shows today's date; the
        // canonical URL ends in the day of publication, and the dateline under the headline adds the time.
        Metadata md = extract("""
                <body><div class="top"><span class="date">Tue, 14 Jan 2020</span></div>
                <div class="nav-bar">News</div><div class="menu-x">Sections</div>
                <div class="section"><h1>Australian 'megablaze' brought under control</h1>
                <p>News24<br>13 Jan 2020, 22:11 GMT+10</p><p>The fire was contained.</p></div></body>""",
                "https://www.news24.com/World/News/australian-megablaze-brought-under-control-20200113");
        assertThat(md.published()).isEqualTo("2020-01-13T22:11:00+10:00");
    }

    @Test
    void dateInTheUrlWhenThePageShowsNone() {
        Metadata md = extract("<h1>Professionell entlöten</h1><p>Text.</p>",
                "https://www.limespace.de/2019/10/22/professionell-entloeten/");
        assertThat(md.published()).isEqualTo("2019-10-22");
        assertThat(Dates.urlDate("https://www.news24.com/World/News/australian-megablaze-20200113")).isEqualTo("2020-01-13");
        assertThat(Dates.urlDate("https://example.com/article/12345678")).isNull();
    }

    @Test
    void aUtcStampIsLocalisedByTheTimeShownOnThePage() {
        // pagesix.com (extraction-dev): 02:25 UTC is 21:25 the day before in New York.
        Metadata md = extract("""
                <meta property="article:published_time" content="2020-02-25T02:25:54+00:00">
                <body><article><h1>Dee Dee Myers exits Warner Bros. role</h1>
                <span class="date">February 24, 2020 | 9:25pm</span><p>Text.</p></article></body>""", null);
        assertThat(md.published()).isEqualTo("2020-02-24T21:25:54-05:00");
    }

    @Test
    void futureDatesAreNotPublicationDates() {
        Metadata md = extract("""
                <meta property="article:published_time" content="2031-01-01T00:00:00Z">
                <h1>Headline</h1><p class="dateline">Posted 3 March 2026</p>""", null);
        assertThat(md.published()).isEqualTo("2026-03-03");
    }

    @Test
    void aShortDatelineInTheText() {
        // oann.com (dates-dev 1498311133): a caption dates the photo; the dateline dates the story.
        Metadata md = extract("""
                <body><div><h1>Protesters gather at Paris theater</h1>
                <figure><figcaption>Orleans, France, January 16, 2020. REUTERS</figcaption></figure>
                <p>January 18, 2020</p><p>PARIS (Reuters) - Protesters opposed to the reform gathered.</p></div></body>""", null);
        assertThat(md.published()).isEqualTo("2020-01-18");
    }
}
