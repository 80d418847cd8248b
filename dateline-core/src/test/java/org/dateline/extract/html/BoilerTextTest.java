package org.dateline.extract.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chrome wording rules on blocks as real pages have them. */
class BoilerTextTest {

    private final ContentExtractor extractor = new ContentExtractor();

    private static final String P1 = "<p>La fiscalía presentó el lunes nuevas pruebas contra el exdirector de la empresa estatal, "
            + "acusado de desviar fondos públicos durante tres años.</p>";
    private static final String P2 = "<p>El juez decidirá la próxima semana si mantiene la prisión preventiva, según informaron "
            + "fuentes del tribunal a los periodistas presentes.</p>";

    @Test
    void aLabelAndALinkAreAPromoInAnyLanguage() {
        String html = "<body><article>" + P1
                + "<p>LE PUEDE INTERESAR: <a href='/politica/otra-noticia'>La ficha del exdirector en el tribunal de Nueva York</a></p>"
                + "<p>FUNDA OLUNYE UDABA LAPHA | <a href='/izindaba/123'>Kuboshwe abahlanu besolwa ngokugwaza umfundi</a></p>"
                + P2 + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), null, "https://example.com/a");
        assertThat(body.text()).contains("La fiscalía presentó", "El juez decidirá")
                .doesNotContain("LE PUEDE INTERESAR", "FUNDA OLUNYE");
        assertThat(body.related()).extracting(l -> l.title())
                .contains("La ficha del exdirector en el tribunal de Nueva York");
    }

    @Test
    void aSentenceEndingInALinkOrACitedAddressStays() {
        assertThat(BoilerText.isLabelledLink("Die Petition: www.openpetition.de", 31, 19)).isFalse();
        // more words outside the link than a label has
        String s = "The report says the agency knew of the risk: read the full findings";
        assertThat(BoilerText.isLabelledLink(s, 57, 22)).isFalse();
        assertThat(BoilerText.isLabelledLink("14:30 Uhr: Pressekonferenz", 23, 17)).isFalse();
        assertThat(BoilerText.isLabelledLink("MORE : The daily cartoon", 20, 16)).isTrue();
    }

    @Test
    void relatedLabelsWithATopicAreLabels() {
        assertThat(BoilerText.isRelatedLabel("Mehr zum Thema Gesundheit:")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Weitere Beiträge aus der Kolumne:")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Veja Também:")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Weitere Beiträge zeigen, dass die Lage ernst ist.")).isFalse();
        assertThat(BoilerText.isRelatedLabel("Related")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Relatedness of species")).isFalse();
    }
}
