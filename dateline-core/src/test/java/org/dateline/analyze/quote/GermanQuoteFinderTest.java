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
    void theSubjectAfterTheVerbInVerbSecondOrder() {
        // quotes-dev-de 16696: a fronted dative (the listener) before the verb, the speaker after it.
        Quote q = only(speech("Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten, "
                + "aber das entmutigt nicht meinen Geist für die Freiheit von Papua zu kämpfen.“"), "direct");
        assertThat(q.speaker().mention()).isEqualTo("Filep Karma");
        // a fronted adverbial, a pronoun after the verb (the example): the pronoun is the subject
        List<Quote> two = speech("Der Bürgermeister Hans Weber rief zur Ruhe auf. In einem Aufruf schrieb er: "
                + "„Wir stehen zusammen und lassen uns nicht spalten.“");
        Quote call = two.stream().filter(x -> x.text().startsWith("Wir stehen")).findFirst().orElseThrow();
        assertThat(call.speaker().mention()).isEqualTo("er");
        assertThat(call.speaker().name()).isEqualTo("Hans Weber");
        // a fronted object that names nobody, a role after the verb ("schilderte X wie folgt:", the example)
        Quote told2 = only(speech("Die Lage schilderte der Bürgermeister Hans Weber wie folgt: "
                + "„Wir haben die Kontrolle über die Stadt verloren.“"), "direct");
        assertThat(told2.speaker().name()).isEqualTo("Hans Weber");
        // an article after the verb may open the listener: the phrase before the verb stays the subject
        Quote told = only(speech("Filep Karma sagte der Zeitung: „Ich werde weiter für die Freiheit kämpfen.“"), "direct");
        assertThat(told.speaker().mention()).isEqualTo("Filep Karma");
    }

    @Test
    void theAgentOrDocumentOfAnImpersonalHeisstEs() {
        // "heißt es" has no subject of its own: the agent before it, or the document after it, is the source
        Quote union = only(speech("Von der Gewerkschaft heißt es, die Löhne seien zu niedrig."), "indirect");
        assertThat(union.speaker().mention()).isEqualTo("der Gewerkschaft");
        Quote ministry = only(speech("Aus dem Ministerium hieß es: „Die Versorgung ist gesichert.“"), "direct");
        assertThat(ministry.speaker().mention()).isEqualTo("dem Ministerium");
        // quotes-dev-de 52532, shortened: the letter after the verb
        Quote letter = only(speech("Den Eltern wurde mit der Wegnahme ihrer Kinder gedroht. So heißt es in dem Schreiben wörtlich: "
                + "„Wir werden Ihre Kinder in Obhut nehmen.“"), "direct");
        assertThat(letter.speaker().mention()).isEqualTo("dem Schreiben");
        // a place is no document: nobody is named
        Quote rumour = only(speech("Im Ort heißt es, die Lage sei ruhig."), "indirect");
        assertThat(rumour.speaker()).isNull();
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
        // a verb of naming: the word is part of what he said, a partial quotation of his
        Quote q = only(speech("Er bezeichnete die Erweiterung als „maßvoll“."), "partial");
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

    @Test
    void sourcePhraseWithAnAdjectiveOrACompoundNoun() {
        Quote q = only(speech("Nach ersten Erkenntnissen der Ermittler war der Fahrer zu schnell unterwegs."), "indirect");
        assertThat(q.text()).isEqualTo("war der Fahrer zu schnell unterwegs");
        assertThat(q.speaker().mention()).isEqualTo("ersten Erkenntnissen der Ermittler");

        Quote c = only(speech("Nach Unternehmensangaben arbeiten am Standort rund 2.000 Menschen."), "indirect");
        assertThat(c.text()).isEqualTo("arbeiten am Standort rund 2.000 Menschen");
        assertThat(c.speaker().mention()).isEqualTo("Unternehmensangaben");
    }

    @Test
    void aSourcePhraseInsideAClauseIsADetailNotAnAttribution() {
        assertThat(speech("Ein Brand, der nach bisherigen Erkenntnissen drei Häuser zerstörte, beschäftigt die Stadt."))
                .isEmpty();
    }

    @Test
    void aRelativeClauseAfterTheSourceBelongsToTheSource() {
        Quote q = only(speech("Nach Angaben der Ämter, die ihre Daten jährlich veröffentlichen, stieg die Zahl um fünf Prozent."),
                "indirect");
        assertThat(q.text()).isEqualTo("stieg die Zahl um fünf Prozent");
    }

    @Test
    void verbsOfBeliefReportASubjunctiveClauseWithoutDass() {
        Quote q = only(speech("Die Polizei glaubt, der Täter sei über die Grenze geflohen."), "indirect");
        assertThat(q.text()).isEqualTo("der Täter sei über die Grenze geflohen");
        assertThat(q.cue()).isEqualTo("glaubt");
        // Without a subjunctive or "dass" the clause is the writer's: "glaubt, ist" reports nothing.
        assertThat(speech("Wer an Wunder glaubt, wird hier enttäuscht.")).isEmpty();
    }

    @Test
    void aCorrelateStandsForTheClauseAfterIt() {
        Quote q = only(speech("Die Ministerin verwies darauf, dass die Mittel längst verplant seien."), "indirect");
        assertThat(q.text()).isEqualTo("die Mittel längst verplant seien");
        Quote a = only(speech("Der Trainer geht davon aus, dass die Mannschaft am Samstag gewinnt."), "indirect");
        assertThat(a.speaker().mention()).isEqualTo("Der Trainer");
        assertThat(speech("Das Licht ging aus, als der Redner die Bühne betrat.")).isEmpty();
    }

    @Test
    void reportingVerbsOfAnnouncementAndRumour() {
        Quote q = only(speech("Wie das Ministerium bekannt gab, wird die Brücke im Mai gesperrt."), "indirect");
        assertThat(q.text()).isEqualTo("wird die Brücke im Mai gesperrt");
        Quote v = only(speech("Der Konzern ließ verlauten, die Zahlen würden im Mai veröffentlicht."), "indirect");
        assertThat(v.cue()).isEqualTo("ließ verlauten");
        assertThat(v.text()).isEqualTo("die Zahlen würden im Mai veröffentlicht");
    }

    @Test
    void aCapitalisedNounIsNotASubjunctiveVerb() {
        List<Quote> s = speech("Der Sprecher sagte, der Zug habe Verspätung. Im Vergleich steht Bremen an erster Stelle.");
        assertThat(s).extracting(Quote::text).containsExactly("der Zug habe Verspätung");
    }

    @Test
    void aConjunctionOrAGreetingBeforeANameIsNotTheName() {
        List<Quote> qs = speech("Liat Atzili wurde entführt. Obwohl Liat sagte, die Männer seien Muslime, blieb sie ruhig.\n\n"
                + "Hallo Friederike, sagte Liat, es sei vorbei.\n\nLiat: „Ich wusste nicht, was mit Aviv geschehen war.“");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Liat", "Liat", "Liat Atzili");
    }

    @Test
    void aBareRoleBeforeAFullNameIsTheRole() {
        List<Quote> qs = speech("„Das Problem ist das Auto“, sagt Philosoph Richard David Precht. "
                + "„Wir sind dagegen“, sagte AfD-Politiker Keuter. "
                + "„Bargeld bleibt wichtig“, sagte Zahlungsverkehr-Spezialistin Neumüller.");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Richard David Precht", "Keuter", "Neumüller");
        assertThat(qs.get(1).speaker().role()).isEqualTo("politiker");
        assertThat(qs.get(1).speaker().organization()).isEqualTo("AfD");
    }

    @Test
    void particlesJoinANameButNotAPrepositionBeforeAFirstName() {
        List<Quote> qs = speech("Die Präsidentin Ursula von der Leyen betonte, es gebe viele Frauen. "
                + "Nach Angaben von Kritikern fehlen noch 130.000 Plätze. "
                + "„Ban Ki Moon bleibt“, sagte UN-Sprecher Stéphane Dujarric.");
        assertThat(qs).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .contains("Ursula von der Leyen").doesNotContain("von Kritikern");
    }

    @Test
    void wordsCompletingAVerbOfNamingArePartOfTheSubjectsSpeech() {
        List<Quote> qs = speech("Der Minister sprach von „einer historischen Chance“.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("partial");
            assertThat(q.text()).isEqualTo("einer historischen Chance");
        });
    }

    @Test
    void aClauseOfTimeAfterTheVerbIsNotWhatWasSaid() {
        assertThat(speech("Der Minister sagte, bevor er abreiste, dass er zurückkommen werde."))
                .extracting(Quote::text).containsExactly("er zurückkommen werde");
        assertThat(speech("Sie sagte, nachdem sie gewählt worden war, die Partei sei stark."))
                .extracting(Quote::text).containsExactly("die Partei sei stark");
    }

    @Test
    void aStatementIntroducedByNachIsASource() {
        assertThat(speech("Nach einer Erklärung des Ministeriums sind zehn Menschen gestorben."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("sind zehn Menschen gestorben");
                    assertThat(q.cue()).isEqualTo("Nach");
                });
    }

    @Test
    void aTeaserLineIsNoSpeech() {
        List<Quote> quotes = speech("Lesen Sie auch: Minister sagt, die Renten seien sicher.\n\nDer Minister sagte: „Die Renten sind sicher.“");
        assertThat(quotes).extracting(Quote::text).containsExactly("Die Renten sind sicher.");
    }
}
