package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Quote;
import org.dateline.analyze.Analyzers;
import org.dateline.analyze.NewsAnalyzer;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** German: „…“ and »…«, separable verbs, "laut", "zufolge", "so", and reported speech in the subjunctive. */
class GermanQuoteFinderTest {

    private static List<Quote> speech(String text) {
        return new QuoteFinder("de").find(Text.of(text, "de")).stream().filter(q -> !q.kind().equals("term")).toList();
    }

    private static Quote only(List<Quote> quotes, String kind) {
        List<Quote> k = quotes.stream().filter(q -> q.kind().equals(kind)).toList();
        assertThat(k).as("%s quotes in %s", kind, quotes).hasSize(1);
        return k.get(0);
    }

    @Test
    void germanIsPickedFromItsDataFile() {
        assertThat(((NewsAnalyzer) Analyzers.forLanguage("de")).language()).isEqualTo("de");
        assertThat(((NewsAnalyzer) Analyzers.forLanguage("xx")).language()).isEqualTo("en");
    }

    @Test
    void quotationBeforeAnInvertedAttribution() {
        Quote q = only(speech("„Wir sind zuversichtlich“, sagte der Sprecher des Finanzministeriums."), "direct");
        assertThat(q.text()).isEqualTo("Wir sind zuversichtlich");
        assertThat(q.speaker().mention()).isEqualTo("der Sprecher des Finanzministeriums");
        assertThat(q.speaker().role()).isEqualTo("sprecher");
    }

    @Test
    void chevronsAfterAColon() {
        Quote q = only(speech("Der Flughafenmanager Vedat Muftuoglu sagte: »Niemand sollte so etwas tun.«"), "direct");
        assertThat(q.text()).isEqualTo("Niemand sollte so etwas tun.");
        assertThat(q.speaker().name()).isEqualTo("Vedat Muftuoglu");
    }

    @Test
    void separableVerbWithItsParticleAtTheEnd() {
        Quote q = only(speech("Sonia und Willy Bogner teilten daraufhin mit: „Das erschüttert uns als Eltern sehr.“"),
                "direct");
        assertThat(q.cue()).isEqualTo("teilten mit");
    }

    @Test
    void reportedSpeechInTheSubjunctiveContinuesTheSpeaker() {
        List<Quote> s = speech("Der Staatsanwalt sagte, der Sohn habe sich selbst getötet. "
                + "Dies sei eindeutig nachzuweisen gewesen. Die Beerdigung findet am Freitag statt.");
        List<Quote> indirect = s.stream().filter(q -> q.kind().equals("indirect")).toList();
        assertThat(indirect).extracting(Quote::text)
                .containsExactly("der Sohn habe sich selbst getötet", "Dies sei eindeutig nachzuweisen gewesen");
        assertThat(indirect.get(1).speaker().mention()).isEqualTo("Der Staatsanwalt");
    }

    @Test
    void lautAndNachAngaben() {
        Quote laut = only(speech("Laut Polizei wurden drei Menschen verletzt."), "indirect");
        assertThat(laut.speaker().mention()).isEqualTo("Polizei");
        assertThat(laut.text()).isEqualTo("wurden drei Menschen verletzt");
        Quote nach = only(speech("Nach Angaben der Polizei sind die Gruppen sehr mobil."), "indirect");
        assertThat(nach.speaker().mention()).isEqualTo("Angaben der Polizei");
    }

    @Test
    void zufolgeAfterItsSource() {
        Quote q = only(speech("Dem Bericht zufolge ist der Schaden sehr hoch."), "indirect");
        assertThat(q.speaker().mention()).isEqualTo("Dem Bericht");
        assertThat(q.speaker().type()).isEqualTo("document");
    }

    @Test
    void soAfterTheQuotation() {
        Quote q = only(speech("„Ich freue mich auf Rostock“, so Kondé."), "direct");
        assertThat(q.speaker().mention()).isEqualTo("Kondé");
        assertThat(q.cue()).isEqualTo("so");
    }

    @Test
    void aSingleQuotedWordOfASpeakerIsAQuotation() {
        Quote q = only(speech("Er bezeichnete die Erweiterung als „maßvoll“."), "direct");
        assertThat(q.text()).isEqualTo("maßvoll");
        assertThat(q.speaker().mention()).isEqualTo("Er");
    }

    @Test
    void namesInQuotationMarksAreNotSpeech() {
        assertThat(speech("Der Kommentar erschien in der Tageszeitung „Neues Deutschland“. Im „Black Lion Hospital“ "
                + "liegen viele Verletzte.")).isEmpty();
    }

    @Test
    void nounsAreNotNames() {
        Quote q = only(speech("Der Staatsanwalt sagte, der Sohn habe sich selbst getötet."), "indirect");
        assertThat(q.speaker().name()).isNull();
        assertThat(q.speaker().type()).isEqualTo("person");
    }

    @Test
    void compoundRoleBeforeANameGivesRoleAndOrganisation() {
        Quote q = only(speech("SWR-Intendant Peter Boudgoust hat die Nominierung bereits bestätigt: „Ich habe mich "
                + "entschieden, Frau Christine Strobl mit der Nachfolge zu betrauen.“"), "direct");
        assertThat(q.speaker().name()).isEqualTo("Peter Boudgoust");
        assertThat(q.speaker().role()).isEqualTo("intendant");
        assertThat(q.speaker().organization()).isEqualTo("SWR");
    }

    @Test
    void aSurnameResolvesToTheNameWithoutTheInflectedRole() {
        List<Quote> qs = speech("Der Konzern wird vom VW-Vorstandsvorsitzenden Martin Winterkorn geführt. "
                + "„Wir wollen unsere Produktionssysteme eng verzahnen“, sagte Winterkorn.");
        Quote q = only(qs, "direct");
        assertThat(q.speaker().name()).isEqualTo("Martin Winterkorn");
        assertThat(q.speaker().role()).isEqualTo("vorstandsvorsitzende");
        assertThat(q.speaker().organization()).isEqualTo("VW");
    }
    @Test
    void frontedTimePhraseIsNotTheSubject() {
        // quotes-dev-de 56334: "Erst vergangene Woche" was taken as the speaker.
        Quote q = only(speech("Erst vergangene Woche kündigte der Konzern an, sämtliche Check-In-Schalter zu schließen."),
                "indirect");
        assertThat(q.speaker().mention()).isEqualTo("der Konzern");
    }

    @Test
    void oneWordHeadingBeforeAColonIsNoSpeaker() {
        // quotes-dev-de 7771: "Bildung:", "Verkehr:" were taken as speakers of a party programme.
        List<Quote> qs = speech("Die SPD hat ihr Wahlprogramm vorgestellt.\n\n"
                + "Bildung: Die SPD will so genannte Eliteuniversitäten mit zusätzlich 1,9 Mrd. Euro fördern.");
        assertThat(qs).isNotEmpty().allSatisfy(q -> assertThat(q.speaker() == null ? null : q.speaker().mention())
                .isNotEqualTo("Bildung"));
    }

    @Test
    void interviewLabelOfAPersonNamedBeforeIsASpeaker() {
        List<Quote> qs = speech("Der Minister Thomas Steg sprach mit uns über die Reform.\n\n"
                + "Steg: Wir werden die Reform noch in diesem Jahr beschließen.");
        assertThat(qs).anySatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Thomas Steg"));
    }
    @Test
    void pronounSkipsARunOfCapitalisedNounsThatIsNoPerson() {
        // quotes-dev-de 52532: "Er" stood for "Erwerbslosen Forum Deutschland".
        Quote q = only(speech("Die Mutter wandte sich daraufhin an das Erwerbslosen Forum Deutschland. "
                + "Martin Behrsing, Sprecher des Erwerbslosen Forum Deutschland, kommentierte den Sachverhalt am Sonntag. "
                + "Der Verein Erwerbslosen Forum Deutschland prüft eine Klage. "
                + "„Das ist eine bodenlose Unsensibilität“, sagte er."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Martin Behrsing");
    }

    @Test
    void feminineRoleGivesTheGenderAPronounAgreesWith() {
        // quotes-dev-de 30032: "Sie" stood for Angela Merkel, named before the FDP's Gisela Piltz.
        Quote q = only(speech("Bundeskanzlerin Angela Merkel verteidigte die Pläne. Auch die innenpolitische Sprecherin "
                + "der FDP-Bundestagsfraktion, Gisela Piltz, schloss sich der Kritik an. "
                + "„Das sind massive Einschränkungen der Grundrechte“, sagte sie."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Gisela Piltz");
    }
}
