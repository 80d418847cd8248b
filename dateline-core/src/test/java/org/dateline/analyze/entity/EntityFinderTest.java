package org.dateline.analyze.entity;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityFinderTest {

    static List<Analysis.Entity> find(String lang, String text, List<Analysis.Quote> quotes) {
        return EntityFinder.forLanguage(lang).find(Lexed.of(Text.of(text, lang)), quotes);
    }

    static Analysis.Entity named(List<Analysis.Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + es));
    }

    @Test
    void aliasesOfAKnownOrganisationAreOneEntity() {
        List<Analysis.Entity> es = find("en", "ISIS is losing ground. IS fighters fled Raqqa. Daesh, the Arabic "
                + "acronym, is used by its enemies. Islamic State denies it. The report is long.", List.of());
        Analysis.Entity is = named(es, "Islamic State");
        assertThat(is.type()).isEqualTo("organization");
        assertThat(is.aliases()).containsExactlyInAnyOrder("ISIS", "IS", "Daesh");
        assertThat(is.count()).isEqualTo(4);
        assertThat(named(es, "Raqqa").type()).isEqualTo("place");
    }

    @Test
    void aSurnameIsTheAliasOfTheFullNameAndRolesAreNotPartOfIt() {
        List<Analysis.Entity> es = find("en", "US State Department spokesman John Kirby spoke on Tuesday. "
                + "Later, Kirby added more. Russian President Vladimir Putin ordered a withdrawal, Putin's office said. "
                + "Mr. Smith disagreed. Prime Minister Theresa May arrived on Monday.", List.of());
        Analysis.Entity kirby = named(es, "John Kirby");
        assertThat(kirby.type()).isEqualTo("person");
        assertThat(kirby.aliases()).containsExactly("Kirby");
        assertThat(kirby.count()).isEqualTo(2);
        assertThat(named(es, "Vladimir Putin").aliases()).containsExactly("Putin");
        assertThat(named(es, "US State Department").type()).isEqualTo("organization");
        assertThat(named(es, "Smith").type()).isEqualTo("person");
        assertThat(named(es, "Theresa May").type()).isEqualTo("person");
        assertThat(es).extracting(Analysis.Entity::name)
                .doesNotContain("Russian", "Russian President Vladimir Putin", "Later", "Tuesday", "Mr");
    }

    @Test
    void aSentenceDenseWithNamesIsNotATitleCaseHeadline() {
        // three in four words capitalised, but "spoke" and "first" are a sentence's lower-case words
        List<Analysis.Entity> es = find("en", "White House Press Secretary Karoline Leavitt spoke first.", List.of());
        assertThat(named(es, "Karoline Leavitt").type()).isEqualTo("person");
        // a headline in title case still counts only the known names in it
        List<Analysis.Entity> title = find("en", "Clinton Hid Past Health Problems From Public", List.of());
        assertThat(title).extracting(Analysis.Entity::name).doesNotContain("Hid Past Health Problems", "Public");
    }

    @Test
    void organisationAndPlaceNamesAreTypedByTheirLastWord() {
        List<Analysis.Entity> es = find("en", "The Russian Defense Ministry said the strikes near Palmyra were hitting "
                + "targets on Baker Street. Officials in Kandahar Province agreed.", List.of());
        assertThat(named(es, "Russian Defense Ministry").type()).isEqualTo("organization");
        assertThat(named(es, "Baker Street").type()).isEqualTo("place");
        assertThat(named(es, "Kandahar Province").type()).isEqualTo("place");
        assertThat(named(es, "Palmyra").type()).isEqualTo("place");
    }

    @Test
    void titlesInQuotesCountOnlyTheKnownNamesInThem() {
        List<Analysis.Entity> es = find("en", "The report, entitled “Children of Islamic State”, and the video "
                + "“To the Son of Jews” were published.", List.of());
        assertThat(es).extracting(Analysis.Entity::name).containsExactly("Islamic State");
    }

    @Test
    void aQuotationsSpeakerIsTypedAsTheQuotationSays() {
        String text = "“We will win,” said Gazprom Neft on Monday.";
        Analysis.Quote q = new Analysis.Quote("We will win", "direct",
                new Analysis.Speaker("Gazprom Neft", "Gazprom Neft", null, null, "organization"), "said", 1, 12);
        assertThat(named(find("en", text, List.of(q)), "Gazprom Neft").type()).isEqualTo("organization");
        assertThat(named(find("en", text, List.of()), "Gazprom Neft").type()).isEqualTo("person");
    }

    @Test
    void germanEntities() {
        List<Analysis.Entity> es = find("de", "Bundeskanzlerin Angela Merkel sprach am Dienstag in Berlin. Merkel sagte, "
                + "die Terrormiliz Islamischer Staat (IS) verliere an Boden. Das Verteidigungsministerium widersprach. "
                + "Die Regierung in Damaskus schwieg.", List.of());
        Analysis.Entity merkel = named(es, "Angela Merkel");
        assertThat(merkel.type()).isEqualTo("person");
        assertThat(merkel.aliases()).contains("Merkel");
        assertThat(named(es, "Islamischer Staat").aliases()).contains("IS");
        assertThat(named(es, "Berlin").type()).isEqualTo("place");
        // Places named alike in many languages are grouped under one name, the German spelling as an alias.
        assertThat(named(es, "Damascus").aliases()).containsExactly("Damaskus");
        assertThat(named(es, "Verteidigungsministerium").type()).isEqualTo("organization");
        assertThat(es).extracting(Analysis.Entity::name).doesNotContain("Regierung", "Das", "Die", "Dienstag");
    }

    @Test
    void aRoleAtTheEndOfARunAndShoutedLinesAreNotEntities() {
        List<Analysis.Entity> es = find("en", "US President Donald Trump criticised the alliance. Later the US President "
                + "wrote: \"NATO WASN'T THERE WHEN WE NEEDED THEM.\"",
                List.of());
        assertThat(es).extracting(Analysis.Entity::name)
                .contains("Donald Trump", "United States", "NATO")
                .doesNotContain("US President", "NATO WASN'T THERE WHEN WE NEEDED THEM");
        assertThat(named(es, "United States").count()).isEqualTo(2);
    }

    @Test
    void aRoleOfSeveralWordsSeparatesTheOrganisationFromThePerson() {
        List<Analysis.Entity> es = find("en", "White House Press Secretary Karoline Leavitt spoke to reporters on Monday. "
                + "Republican Secretary of State Jon Husted disagreed.", List.of());
        assertThat(es).extracting(Analysis.Entity::name)
                .contains("White House", "Karoline Leavitt", "Jon Husted")
                .doesNotContain("White House Press", "of State Jon Husted");
    }

    @Test
    void provincesStatesAndLaenderArePlaces() {
        List<Analysis.Entity> es = find("en", "Flooding hit British Columbia and Nova Scotia this week, while Saskatchewan "
                + "stayed dry.", List.of());
        assertThat(named(es, "British Columbia").type()).isEqualTo("place");
        assertThat(named(es, "Nova Scotia").type()).isEqualTo("place");
        assertThat(named(es, "Saskatchewan").type()).isEqualTo("place");
        List<Analysis.Entity> de = find("de", "In Nordrhein-Westfalen und Mecklenburg-Vorpommern wird gewählt.", List.of());
        assertThat(named(de, "Nordrhein-Westfalen").type()).isEqualTo("place");
    }
}
