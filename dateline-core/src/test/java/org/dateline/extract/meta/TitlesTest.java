package org.dateline.extract.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Site names off the ends of titles, and the vote between a page's headlines (examples from the dev sets). */
class TitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung                        # Börsen-Zeitung # boersen-zeitung.de     # Steigende US-Zinsen setzen Dax zu
            Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | Europa | DW | 28.04.2023 # DW.COM # dw.com        # Ukrainische Gegenoffensive: Ziele, Chancen, Risiken
            Iranischer Angriff auf Israel: «Die Zurückhaltung» - News - SRF           # SRF News       # srf.ch                 # Iranischer Angriff auf Israel: «Die Zurückhaltung»
            Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden                 #                # disfunctions.de        # Podcasts in Plex einbinden
            BDZV: Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen     # BDZV           # bdzv.de                # Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen
            南海トラフ、一時調査　巨大地震、基準達せず：中日新聞Web                         # 中日新聞Web     # chunichi.co.jp         # 南海トラフ、一時調査　巨大地震、基準達せず
            Bundesministerin Raab: Mit Ländern gestalten - Bundeskanzleramt Österreich #                # bundeskanzleramt.gv.at # Bundesministerin Raab: Mit Ländern gestalten
            FUTURE of HOPE – Island befreit sich – der Film | tv-orange                # tv-orange      # tv-orange.de           # FUTURE of HOPE – Island befreit sich – der Film
            Welpen kaufen – Tipps zu jeder Hunderasse | Welpenkaufen24                 # Welpen         # welpenkaufen24.de      # Welpen kaufen – Tipps zu jeder Hunderasse
            Tony Blair: Why there has to be compromise in Ukraine                     # The Standard   # standard.co.uk         # Tony Blair: Why there has to be compromise in Ukraine
            Get in the Spooky Spirit - My Daily Magazine - Art, Design, DIY, Fashion and Beauty ! # My Daily Magazine - Art, Design, DIY, Fashion and Beauty ! # mydailymagazine.com # Get in the Spooky Spirit
            Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin #              # petri-heil.ch          # Bielersee-Winterhechte
            08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance               # Regenbogenportal # regenbogenportal.de  # Online-Fachtag zum Intersex Day of Remembrance
            Pferdesport definitiv bei Olympia 2028 dabei -                            # St.GEORG       # st-georg.de            # Pferdesport definitiv bei Olympia 2028 dabei
            Lockdown: Gottesdienste bleiben unter strengen Auflagen möglich › evang.at #               # evang.at               # Lockdown: Gottesdienste bleiben unter strengen Auflagen möglich
            Macron sur la « gravité de la situation dans le pays »                    # Le Monde       # lemonde.fr             # Macron sur la « gravité de la situation dans le pays »
            UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen #             # drk.de                 # UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen
            """)
    void stripsTheSiteName(String title, String siteName, String host, String expected) {
        List<String> names = siteName == null ? List.of() : List.of(siteName);
        assertThat(Titles.strip(title, names, host)).isEqualTo(expected);
    }

    @Test
    void doublyEscapedEntitiesAreDecoded() {
        assertThat(Titles.strip("T&uuml;rkiye&#039;de orman yang&#305;nlar&#305;!", List.of(), null))
                .isEqualTo("Türkiye'de orman yangınları!");
    }

    @Test
    void theHeadlineMostSourcesAgreeOnWins() {
        // de_FAZ_2023_04_28: JSON-LD carries an SEO headline; OpenGraph, <h1> and <title> agree.
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("ld", "49-Euro-Ticket: Pendler sparen 60 Prozent bei Bus und Bahn", 1.0),
                new Titles.Candidate("og", "49-Euro-Ticket: Pendler zahlen 60 Prozent weniger", 1.0),
                new Titles.Candidate("h1", "49-Euro-Ticket: Pendler zahlen 60 Prozent weniger", 1.0),
                new Titles.Candidate("title", "49-Euro-Ticket: Pendler zahlen 60 Prozent weniger", 0.5)),
                List.of("FAZ"), "faz.net");
        assertThat(chosen).isEqualTo("49-Euro-Ticket: Pendler zahlen 60 Prozent weniger");
    }

    @Test
    void aStructuredHeadlineWithoutTheKickerWins() {
        // de_NTV_2023_04_28: OpenGraph drops the kicker the JSON-LD headline and the <h1> carry.
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("ld", "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig", 1.0),
                new Titles.Candidate("og", "Judy Lybke, ganz und gar nicht eigenartig", 1.0),
                new Titles.Candidate("twitter", "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig", 0.5),
                new Titles.Candidate("title", "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig - n-tv.de", 0.5)),
                List.of("n-tv.de"), "n-tv.de");
        assertThat(chosen).isEqualTo("Judy Lybke, ganz und gar nicht eigenartig");
    }

    @Test
    void theTypographicSpellingOfTheWinningHeadlineIsKept() {
        // bondyblog.fr (extraction-dev): OpenGraph and <title> flatten the apostrophe the <h1> shows.
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("og", "A Paris-8, un peu de tension, beaucoup d'actions - Bondy Blog", 1.0),
                new Titles.Candidate("h1", "A Paris-8, un peu de tension, beaucoup d’actions", 1.5),
                new Titles.Candidate("title", "A Paris-8, un peu de tension, beaucoup d'actions - Bondy Blog", 0.3)),
                List.of("Bondy Blog"), "bondyblog.fr");
        assertThat(chosen).isEqualTo("A Paris-8, un peu de tension, beaucoup d’actions");
        // A different wording is not a spelling: the vote's winner stays.
        assertThat(Titles.choose(List.of(
                new Titles.Candidate("og", "Tote Hummeln unter Linden", 1.0),
                new Titles.Candidate("title", "Tote Hummeln unter Linden – Die Erklärung", 0.3)),
                List.of(), "example.org")).isEqualTo("Tote Hummeln unter Linden");
    }

    @Test
    void aSiteNameNotDeclaredIsFoundFromTheHost() {
        // it_Tageszeitung_2025_04_16: no og:site_name; the <h1> shows the headline alone.
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("og", "„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung", 1.0),
                new Titles.Candidate("h1", "„Unermüdlicher Einsatz“", 1.0),
                new Titles.Candidate("title", "„Unermüdlicher Einsatz“ – Die Neue Südtiroler Tageszeitung", 0.5)),
                List.of(), "tageszeitung.it");
        assertThat(chosen).isEqualTo("„Unermüdlicher Einsatz“");
    }

    @Test
    void aSiteNameGluedToTheHeadlineAndRepeatedIsCut() {
        // wir-empfehlen.info (extraction-dev): the theme prints the headline and the site's name with
        // no space between them, then the name again; og:site_name declares another name.
        String t = "Truckwash A31Das etwas andere Branchenbuch für mittelständige Firmen | Das etwas andere Branchenbuch für mittelständige Firmen";
        assertThat(Titles.strip(t, List.of("WIRempfehlen - Die innovativsten Unternehmen im Mittelstand"), "wir-empfehlen.info"))
                .isEqualTo("Truckwash A31");
        // a headline that merely ends as its last segment begins is no glue
        assertThat(Titles.strip("Ein Jahr in Berlin | Berlin", List.of(), "example.org")).isEqualTo("Ein Jahr in Berlin | Berlin");
    }

    @Test
    void anUnknownSloganAfterTheHeadlineIsDropped() {
        // backen.de (extraction-dev): "- Rezept von Backen.de" follows the headline in OpenGraph and <title>.
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("og", "Maulwurfkuchen mit Erdbeeren - Rezept vom Blech", 1.0),
                new Titles.Candidate("h1", "Maulwurfkuchen mit Erdbeeren", 1.0),
                new Titles.Candidate("title", "Maulwurfkuchen mit Erdbeeren - Rezept vom Blech", 0.5)),
                List.of(), "example.org");
        assertThat(chosen).isEqualTo("Maulwurfkuchen mit Erdbeeren");
    }

    @Test
    void onlyTheSiteNameIsBetterThanNothing() {
        assertThat(Titles.choose(List.of(new Titles.Candidate("title", "Spiegel Online", 0.5)),
                List.of("Spiegel Online"), "spiegel.de")).isEqualTo("Spiegel Online");
        assertThat(Titles.choose(List.of(), List.of(), null)).isNull();
    }
}
