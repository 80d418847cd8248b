package org.dateline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's declaration, checked against its text. */
class LanguagesTest {

    private static final String GERMAN = "Die Bundesregierung hat am Mittwoch beschlossen, die Steuern für kleine und "
            + "mittlere Unternehmen im kommenden Jahr deutlich zu senken. Das teilte ein Sprecher des "
            + "Finanzministeriums in Berlin mit. Die Opposition kritisierte den Plan als unzureichend und forderte "
            + "weitere Entlastungen für Familien mit Kindern, die unter den hohen Energiepreisen leiden. ";
    private static final String ENGLISH = "Protesters opposed to the pension reform gathered outside a theater in "
            + "Paris on Friday night, where the president was attending a play, and tried to force their way in. "
            + "Police escorted him out of the building while the crowd chanted slogans against the government. ";

    @Test
    void normalisesTags() {
        assertThat(Languages.normalise("en-US")).isEqualTo("en");
        assertThat(Languages.normalise("de_DE")).isEqualTo("de");
        assertThat(Languages.normalise("deu")).isEqualTo("de");
        assertThat(Languages.normalise("ger")).isEqualTo("de");
        assertThat(Languages.normalise("iw")).isEqualTo("he");
        assertThat(Languages.normalise("utf-8")).isNull();
        assertThat(Languages.normalise("")).isNull();
        assertThat(Languages.normalise(null)).isNull();
    }

    @Test
    void theDeclarationStandsWhenTheTextAgrees() {
        assertThat(Languages.settle("en-US", ENGLISH.repeat(3), "Protesters gather")).isEqualTo("en");
        assertThat(Languages.settle("no", "Det er en nedgang fra fjorårets deltagere, men vi er utrolig stolte av "
                + "alle som har vært med på fotballskolen i sommer, sier lederen.", null)).isEqualTo("no");
    }

    @Test
    void aTemplateDeclaringTheWrongLanguageIsOverruled() {
        assertThat(Languages.settle("en", GERMAN.repeat(4), "Steuern sinken")).isEqualTo("de");
    }

    @Test
    void aLongQuotationDoesNotOverruleTheDeclaration() {
        // pointofsail-kiel.de (extraction-dev): a German post quoting a long English press text.
        String text = "So manch einer der eingefleischten Waverider kennt sie schon, die kompromisslos auf "
                + "Waveriding ausgelegten Boards und Kites. Gerade ist die neue Palette eingetroffen. Hier etwas O-Ton: "
                + ENGLISH.repeat(4);
        assertThat(Languages.settle("de", text, null)).isEqualTo("de");
    }

    @Test
    void withoutADeclarationTheTextTells() {
        assertThat(Languages.settle(null, GERMAN, null)).isEqualTo("de");
        assertThat(Languages.settle(null, "ok", null)).isNull();
    }

    @Test
    void shortTextsCannotContradict() {
        assertThat(Languages.settle("fr", "Die Steuern sinken.", null)).isEqualTo("fr");
    }
}
