package org.dateline.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written forms of two expressions of {@link Dates} against the expressions themselves. */
class DatesRewritesTest {

    private static final String PIECES = " \t\n\u000B\f\r\u00A0\u2003aZ9.ö-";

    @Test
    void spacesCollapseAsTheRegularExpressionCollapsesThem() {
        Random r = new Random(14);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                s.append(PIECES.charAt(r.nextInt(PIECES.length())));
            }
            assertThat(Dates.collapseSpaces(s)).as("'%s'", s).isEqualTo(s.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void theGroupedCueFindsWhatThePlainAlternationFinds() {
        Pattern plain = Pattern.compile("(?iu)" + Dates.CUE_WORDS);
        String[] words = Dates.CUE_WORDS.split("\\|");
        Random r = new Random(3);
        List<String> texts = new ArrayList<>(List.of(
                "Dieser Beitrag wurde am 12.03.2020 um 10:00 Uhr von X VERÖFFENTLICHT.",
                "This entry was Posted on March 4, 2011 — a Press Release of the council (communiqué).",
                "Publié le 3 mars, publicado el 4, pubblicato il 5, gepubliceerd op 6, opublikowano dnia 7"));
        for (int k = 0; k < 2_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(6); i >= 0; i--) {
                String w = words[r.nextInt(words.length)];
                w = r.nextBoolean() ? w.toUpperCase() : w;
                s.append("xy".substring(r.nextInt(2))).append(w, 0, 1 + r.nextInt(w.length())).append(' ');
            }
            texts.add(s.toString());
        }
        for (String t : texts) {
            assertThat(matches(Dates.CUE, t)).as(t).isEqualTo(matches(plain, t));
        }
    }

    private static List<String> matches(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
