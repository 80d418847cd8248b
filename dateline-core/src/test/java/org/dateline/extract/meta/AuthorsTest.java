package org.dateline.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bylines as pages write them (examples from the dev sets), and each source of authors. */
class AuthorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            By Jane Doe and John Smith                          # Jane Doe;John Smith
            Von Felix Schröder, Jörg Soldwisch, dpa             # Felix Schröder;Jörg Soldwisch;dpa
            Trine Juncher Jørgensen og Tôrtia Reimer-Johansen   # Trine Juncher Jørgensen;Tôrtia Reimer-Johansen
            Corina Gall (cog.)                                  # Corina Gall
            VON MORITZ GATHMANN am 21. April 2020               # MORITZ GATHMANN
            capital von Jemima Kelly 05. November 2024 15:36 Uhr 3 Min # Jemima Kelly
            Christoph von Ritter                                # Christoph von Ritter
            Fouzia van der Fort                                 # Fouzia van der Fort
            Nada Tawfik, BBC News, New York                     # Nada Tawfik
            Christoph Hein Chefredakteur                        # Christoph Hein
            Interview: Harald Willenbrock                        # Harald Willenbrock
            신현주 기자                                            # 신현주
            Veröffentlicht von Chris Jung                       # Chris Jung
            By Kyle Wiggers 7 hours ago                         # Kyle Wiggers
            Por Williams Perdomo @wperdomod -                   # Williams Perdomo
            Published by                                        # 
            Ryan Merkley, CEO                                   # Ryan Merkley
            Tomas Spahn Fr, 18. Oktober 2019                    # Tomas Spahn
            FOCUS-online-Experte Robin Tschöpe                  # Robin Tschöpe
            Richard David Precht im Gespräch mit Karin Fischer  # Richard David Precht;Karin Fischer
            Hinterlasse einen Kommentar                         # 
            CC BY                                               # 
            jane.doe@example.com                                # 
            sophie-foster                                       # 
            Redaktion                                           # 
            """)
    void cleansAndSplitsBylines(String raw, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(Authors.names(raw)).containsExactlyElementsOf(want);
    }

    @Test
    void theOutletAloneIsNotAPersonButIsGivenWhenNoOneIsNamed() {
        var parsed = Authors.parse("Deutsche Welle (www.dw.com)", List.of("DW.COM", "Deutsche Welle"), "dw.com");
        assertThat(parsed).containsExactly(new Authors.Name("Deutsche Welle", true));
        Metadata md = new MetadataExtractor().extract(Jsoup.parse("""
                <meta name="author" content="Deutsche Welle (www.dw.com)"><meta property="og:site_name" content="DW.COM">
                <h1>Ukrainische Gegenoffensive</h1>"""), "https://www.dw.com/de/a-65464327", LocalDate.of(2026, 1, 1));
        assertThat(md.authors()).containsExactly("Deutsche Welle");
    }

    @Test
    void aPersonInTheBylineBeatsAnOrganisationInJsonLd() {
        // de_Stern_2024_11_05: JSON-LD names the magazine, the page the writer.
        Metadata md = new MetadataExtractor().extract(Jsoup.parse("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Warum Kritik verpufft",
                  "author":{"@type":"Organization","name":"STERN.de"}}</script>
                <meta property="og:site_name" content="STERN.de">
                <body><article><h1>Warum Kritik verpufft</h1>
                <div class="authors">capital von <a href="/autoren/jemima-kelly">Jemima Kelly</a> 05. November 2024</div>
                <p>Text.</p></article></body>"""), "https://www.stern.de/x.html", LocalDate.of(2026, 1, 1));
        assertThat(md.authors()).containsExactly("Jemima Kelly");
    }

    @Test
    void authorLinksNearTheHeadlineNotThoseOfRelatedStories() {
        Metadata md = new MetadataExtractor().extract(Jsoup.parse("""
                <body><article><h1>Main story</h1><p class="byline">By <a rel="author" href="/author/ann-lee">Ann Lee</a>
                and <a rel="author" href="/author/bo-chan">Bo Chan</a></p><p>Text.</p></article>
                <div class="related-stories"><a href="/author/someone-else">Someone Else</a></div></body>"""),
                "https://example.com/story", LocalDate.of(2026, 1, 1));
        assertThat(md.authors()).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void aSignatureClosingTheArticle() {
        // eishockeynews.de (extraction-dev): the writer signs the last paragraph in bold italics.
        Metadata md = new MetadataExtractor().extract(Jsoup.parse("""
                <body><article><h1>Tappara im Finale</h1><p>Heljanko sicherte sich mit 25 Paraden ein Shutout.</p>
                <p>Tappara Tampere gastiert nun am 1. März im schwedischen Ängelholm.</p>
                <p><b><i>Stefan Wasmer</i></b></p></article></body>"""), null, LocalDate.of(2026, 1, 1));
        assertThat(md.authors()).containsExactly("Stefan Wasmer");
    }

    @Test
    void theNearestBylineThatNamesSomeoneWhenTheNearestNamesNoOne() {
        // WordPress themes (grossefragen.wordpress.com, murdeltas.wordpress.com in extraction-dev):
        // "Posted on" is marked like the byline and comes first; the post's author is a user name.
        Metadata md = new MetadataExtractor().extract(Jsoup.parse("""
                <body><article><header><h1 class="entry-title">Politcamp</h1><div class="entry-meta">
                <span class="meta-prep meta-prep-author">Posted on</span> <span class="entry-date">2015-04-05</span>
                <span class="by-author"><span class="sep">by</span> <span class="author vcard">
                <a class="url fn n" href="https://example.wordpress.com/author/murdelta/" rel="author">marc</a></span></span>
                </div></header><p>Text.</p></article></body>"""), "https://example.wordpress.com/2015/04/05/politcamp/",
                LocalDate.of(2026, 1, 1));
        assertThat(md.authors()).containsExactly("marc");
    }

    @Test
    void aUserNameIsANameOnlyInALinkToTheAuthorsPage() {
        Metadata linked = new MetadataExtractor().extract(Jsoup.parse("""
                <body><article><h1>Bundesregierung 2017</h1><span class="byline">
                <a href="/author/tlow/">tlow</a></span><p>Text.</p></article></body>"""),
                "https://example.com/2017/11/26/groko/", LocalDate.of(2026, 1, 1));
        assertThat(linked.authors()).containsExactly("tlow");
        Metadata plain = new MetadataExtractor().extract(Jsoup.parse("""
                <body><article><h1>Bundesregierung 2017</h1><span class="byline">tlow</span>
                <p>Text.</p></article></body>"""), "https://example.com/2017/11/26/groko/", LocalDate.of(2026, 1, 1));
        assertThat(plain.authors()).isEmpty();
    }

    @Test
    void theFooterOfTheArticleSignsThePostThePagesFooterDoesNot() {
        // peptalks.de (extraction-dev): "Posted by" in the post's <footer>, far below the headline.
        String text = "<p>Ein Absatz.</p>".repeat(50);
        String footer = """
                <footer class="post-footer"><span class="author">Posted by <span class="vcard">
                <a href="/author/gwk/" rel="author">Günter W. Kienitz</a></span> at 18:52</span></footer>""";
        Metadata inArticle = new MetadataExtractor().extract(Jsoup.parse("<body><article><h1>Mozarts Schulnoten</h1>"
                + text + footer + "</article></body>"), "https://example.com/schulnoten/", LocalDate.of(2026, 1, 1));
        assertThat(inArticle.authors()).containsExactly("Günter W. Kienitz");
        Metadata pageFooter = new MetadataExtractor().extract(Jsoup.parse("<body><article><h1>Mozarts Schulnoten</h1>"
                + text + "</article>" + footer + "</body>"), "https://example.com/schulnoten/", LocalDate.of(2026, 1, 1));
        assertThat(pageFooter.authors()).isEmpty();
    }

    @Test
    void aBylineOpeningATeaserBlock() {
        // zdf.de (extraction-dev): "von …" is a span opening the block that holds the teaser.
        Metadata md = new MetadataExtractor().extract(Jsoup.parse("""
                <body><main><h1>US-Sport in Zeiten von Corona</h1><div class="details"><span class="teaser-cat"> von
                Andreas Kürten </span><p class="item-description">New York ist das Epizentrum der Corona-Krise in den USA,
                und der Sport steht still: keine Spiele, keine Zuschauer, keine Einnahmen.</p></div></main></body>"""),
                "https://www.zdf.de/nachrichten/sport/corona.html", LocalDate.of(2026, 1, 1));
        assertThat(md.authors()).containsExactly("Andreas Kürten");
    }

    @Test
    void theOutletOnceAndNeverACompanyUnderItsLegalForm() {
        Metadata twice = new MetadataExtractor().extract(Jsoup.parse("""
                <meta name="author" content="Automobilwoche"><meta property="og:site_name" content="Automobilwoche">
                <body><h1>VW-Betriebsversammlung</h1><div class="author">automobilwoche.de</div></body>"""),
                "https://www.automobilwoche.de/a", LocalDate.of(2026, 1, 1));
        assertThat(twice.authors()).containsExactly("Automobilwoche");
        Metadata agency = new MetadataExtractor().extract(Jsoup.parse("""
                <meta name="author" content="Wegewerk GmbH"><body><h1>Förderungsstopp</h1></body>"""),
                "https://www.zdh.de/a", LocalDate.of(2026, 1, 1));
        assertThat(agency.authors()).isEmpty();
    }
}
