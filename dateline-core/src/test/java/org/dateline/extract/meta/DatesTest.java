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

    @Test
    void aGenericDateTagYieldsToAnEarlierPublicationShownByTheHeadline() {
        // alpin.de (extraction-dev): the bare "date" tag is the last change; the post shows its day.
        Metadata md = extract("""
                <meta name="date" content="2022-01-26T14:32:06+02:00">
                <body><article><h1>Quantum Free Asolo Factory 130</h1><div class="meta__row meta__row--posted">
                <p class="meta__content"><time datetime="2022-01-21" class="meta__label">21.01.2022 - 13:30</time></p></div>
                <p>Text.</p></article></body>""", null);
        assertThat(md.published()).startsWith("2022-01-21");
        // A later day shown is the site header's today, not the article's.
        Metadata header = extract("""
                <meta name="date" content="2017-05-01T17:05:00+0200">
                <body><span class="dlf-date"><span>Mittwoch, </span>26.02.2020</span>
                <article><h1>Wir dekorieren auf der Titanic die Liegestühle um</h1><p>Text.</p></article></body>""", null);
        assertThat(header.published()).startsWith("2017-05-01");
        // A specific tag is taken as it is.
        Metadata specific = extract("""
                <meta property="article:published_time" content="2022-01-26T14:32:06+02:00">
                <body><article><h1>Quantum Free Asolo Factory 130</h1><div class="meta__row meta__row--posted">
                <p class="meta__content"><time datetime="2022-01-21" class="meta__label">21.01.2022 - 13:30</time></p></div>
                <p>Text.</p></article></body>""", null);
        assertThat(specific.published()).startsWith("2022-01-26");
    }

    @Test
    void aParagraphOpeningWithItsDateline() {
        // energiezukunft.eu, bmz.de (extraction-dev): no date in the markup; the text opens with it.
        Metadata md = extract("""
                <body><article><h1>Bundesregierung drosselt Bioenergie</h1><p>Die Strompreisbremse sieht eine
                Erlösabschöpfung vor.</p><div><p>29.11.2022 – Mehrfach und vehement hatte die Erneuerbaren-Branche die
                Bundesregierung aufgefordert, die Bioenergie von der Erlösabschöpfung auszunehmen, vergebens.</p></div>
                </article></body>""", null);
        assertThat(md.published()).isEqualTo("2022-11-29");
        Metadata release = extract("""
                <body><main><h1>Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms</h1>
                <p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem
                Welternährungsprogramm stand im Mittelpunkt eines Gesprächs der Ministerin mit dem Exekutivdirektor.</p>
                </main></body>""", null);
        assertThat(release.published()).isEqualTo("2022-01-25");
        // A date in the middle of the text is not the article's.
        Metadata inText = extract("""
                <body><article><h1>Bundesregierung drosselt Bioenergie</h1><p>Die Branche hatte schon vor Monaten,
                genauer am 29.11.2022 – dem Tag der Anhörung im Ausschuss –, auf die Folgen für die Anlagen hingewiesen.</p>
                </article></body>""", null);
        assertThat(inText.published()).isNull();
    }

    @Test
    void aDateAfterAPublicationCueInALongLine() {
        // literaturkritik.de (extraction-dev): the review's footer line lists the change, then the publication.
        Metadata md = extract("""
                <body><article><h1>Vom Boden aus gedacht</h1><p>Text.</p>
                <p class="footerFrstLn">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>
                Lesungen: 61<br> &copy; bei der Autorin und bei literaturkritik.de; alle Rechte vorbehalten.</p>
                </article></body>""", null);
        assertThat(md.published()).isEqualTo("2023-11-01");
    }

    @Test
    void aDateRightAboveTheHeadlineInATeaserMarkedBox() {
        // mluk.brandenburg.de (extraction-dev): the press release's day sits just above its <h1>.
        Metadata md = extract("""
                <body><div class="columns"><h3 class="bb-teaser-meta bb-h6">02.01.2022</h3>
                <h1>Land zahlte rund 1,4 Millionen Euro Erlegungsprämie</h1><p>Text.</p></div></body>""", null);
        assertThat(md.published()).isEqualTo("2022-01-02");
    }
}
