package org.dateline.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline among several {@code <h1>}s (shapes from extraction-dev pages). */
class MetadataExtractorTest {

    private static String title(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return new MetadataExtractor().extract(doc, url, LocalDate.of(2024, 1, 1)).title();
    }

    @Test
    void theH1ThatWordsTheMetadataHeadlineIsTheArticles() {
        // bka.de: the authority's name in a first <h1>, the press release's headline in a second.
        String html = """
                <html><head><title>BKA - Pressemitteilungen 2022 - Messengerdienste sind kein rechtsfreier Raum</title>
                <meta name="twitter:title" content="Messengerdienste sind kein rechtsfreier Raum"></head>
                <body><div class="aural"><h1>Bundeskriminalamt (BKA)</h1></div>
                <div id="content"><h1>Messengerdienste sind kein rechtsfreier Raum</h1><p>Text.</p></div></body></html>""";
        assertThat(title(html, "https://www.bka.de/DE/Presse/x.html")).isEqualTo("Messengerdienste sind kein rechtsfreier Raum");
    }

    @Test
    void anH1InsideTheArticleWinsWhenNoneAgreesWithTheMetadata() {
        String html = """
                <html><head><title>Startseite</title></head>
                <body><header><h1><a href="/">Example</a></h1></header>
                <article><h1>Ein Fest im Park</h1><p>Text.</p></article></body></html>""";
        assertThat(title(html, "https://example.org/fest")).isEqualTo("Ein Fest im Park");
    }

    @Test
    void aKickerTheH1SetsApartIsNotTheHeadline() {
        // hss.de (extraction-dev): the country as a <small> kicker above the headline.
        String html = """
                <html><head><title>Große Aufgaben für die neue Regierung</title>
                <meta property="og:title" content="Große Aufgaben für die neue Regierung"></head>
                <body><article><h1 itemprop="headline"> <small>Tunesien</small><br> Große Aufgaben für die neue Regierung </h1>
                <p>Text.</p></article></body></html>""";
        assertThat(title(html, "https://www.hss.de/news/x/")).isEqualTo("Große Aufgaben für die neue Regierung");
        // oekologisch-bauen.info (extraction-dev): a classed span, no metadata headline to agree with.
        String bare = """
                <html><head><title>Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen</title></head>
                <body><h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte </h1>
                <p>Text.</p></body></html>""";
        assertThat(title(bare, "https://www.oekologisch-bauen.info/x")).isEqualTo("Kostenloser Stromcheck für private Haushalte");
    }

    @Test
    void aDateAndCategoriesInTheH1AreNotTheHeadline() {
        // hvw-online.org and bundeskanzleramt.gv.at (extraction-dev): a date line after and before the headline.
        String after = """
                <html><head><title>Zuschauerrückkehr bei den Proficlubs der Region | HVW - Handballverband Württemberg e.V.</title></head>
                <body><h1> Zuschauerrückkehr bei den Proficlubs der Region<br><small><span class="glyphicon"></span>&nbsp; 02.02.2022 •&nbsp;
                <span class="news-list-category"> HVW-Verband <span class="separator">, </span> Presse </span></small></h1><p>Text.</p></body></html>""";
        assertThat(title(after, "https://www.hvw-online.org/x")).isEqualTo("Zuschauerrückkehr bei den Proficlubs der Region");
        String before = """
                <html><head><title>Bundesministerin Raab: Mit Ländern gestalten - Bundeskanzleramt Österreich</title></head>
                <body><h1> <span class="supertitle"> <time datetime="2022-02-01">1. Februar 2022</time> </span>
                <span class="title"> Bundesministerin Raab: Mit Ländern gestalten </span> </h1><p>Text.</p></body></html>""";
        assertThat(title(before, "https://www.bundeskanzleramt.gv.at/x")).isEqualTo("Bundesministerin Raab: Mit Ländern gestalten");
    }

    @Test
    void aKickerTheMetadataStatesWithTheHeadlineStaysInIt() {
        // golem.de (metadata-dev): the kicker is a span of the <h1>, and JSON-LD and OpenGraph state both as one.
        String html = """
                <html><head><title>Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de</title>
                <meta property="og:title" content="Akkutechnik: Hat Quantumscape genug Akkus gebaut?"></head>
                <body><article><h1 class="go-heading"><span class="go-article-header__kicker"> Akkutechnik<span class="go-vh">:</span></span>
                <span class="go-article-header__title">Hat Quantumscape genug Akkus gebaut?</span></h1><p>Text.</p></article></body></html>""";
        assertThat(title(html, "https://www.golem.de/news/x.html")).isEqualTo("Akkutechnik: Hat Quantumscape genug Akkus gebaut?");
    }

    @Test
    void theSitesLogoSetAsAnH1IsNotTheHeadline() {
        // l-mag.de (extraction-dev): the logo is the only <h1>, a link to the home page; the
        // headline is an <h2>, and the <title> states it.
        String html = """
                <html><head><title>Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung</title></head>
                <body><div id="head"><h1><a href="http://www.l-mag.de/"></a><i>L-Mag</i></h1></div>
                <div id="content"><h2>Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung</h2><p>Text.</p></div></body></html>""";
        assertThat(title(html, "http://www.l-mag.de/artikel/x")).isEqualTo("Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung");
        // jan-grosser.de (extraction-dev): the logo links to "../index.html"
        String relative = """
                <html><head><title>XUM1541: Dateien zwischen Linux und C64 austauschen</title></head>
                <body><h1><a href="../index.html">jan-grosser.de</a></h1><p>Text.</p></body></html>""";
        assertThat(title(relative, "http://jan-grosser.de/comp/xum1541.html")).isEqualTo("XUM1541: Dateien zwischen Linux und C64 austauschen");
        // a page with nothing but its logo keeps the site's name as its title
        String bare = """
                <html><head></head><body><h1><a href="/">Gaby’s - Colours of the Soul</a></h1><p>Text.</p></body></html>""";
        assertThat(title(bare, "http://colours-of-the-soul.alhelm.net/x")).isEqualTo("Gaby’s - Colours of the Soul");
    }

    @Test
    void anH1TheOpenGraphHeadlineStatesIsNotTheSitesName() {
        // pluralsight.com (extraction-dev): "<title>Blog | Headline</title>" with the <h1> the last
        // segment would read as a site heading, but og:title states the <h1> as the headline.
        String html = """
                <html><head><title>Pluralsight Tech Blog | Managing Python Environments</title>
                <meta property="og:title" content="Managing Python Environments"></head>
                <body><h1 class="f1 mb1">Managing Python Environments</h1><p>Text.</p></body></html>""";
        assertThat(title(html, "https://www.pluralsight.com/tech-blog/managing-python-environments/"))
                .isEqualTo("Managing Python Environments");
    }

    @Test
    void aHeadingOfFiguresAloneIsNoHeadline() {
        // diem25.org (extraction-dev): a donation box's amounts set as <h1>s before the article.
        String html = """
                <html><head><title>The EU’s Green Deal isn’t enough - DiEM25</title>
                <meta property="og:title" content="The EU’s Green Deal isn’t enough - DiEM25"><meta property="og:site_name" content="DiEM25"></head>
                <body><div class="modal"><h1>€5</h1><h1>€10</h1><h1>€20</h1></div>
                <h2 class="title-block">The EU’s Green Deal isn’t enough</h2><p>Text.</p></body></html>""";
        assertThat(title(html, "https://diem25.org/x/")).isEqualTo("The EU’s Green Deal isn’t enough");
    }
}
