package org.dateline.extract;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@link LanguageScorer} gives OpenNLP's own probabilities, on real text of several languages and scripts. */
class LanguageScorerTest {

    private static LanguageDetectorModel model;
    private static LanguageScorer scorer;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LanguageScorerTest.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        scorer = new LanguageScorer(model);
    }

    /** 300-character windows of the bundled real pages (English, German, Italian, Malay). */
    private static List<String> samples() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : List.of("/seed/rt-2016-03-17-isis-child-jihadists.txt", "/text-dumps/de_SZ_2023_04_28.get-text.txt",
                "/text-dumps/it_IlGiornale_2025_02_04.w3m.txt", "/text-dumps/my_MalayMail_2024_11_22.get-text.txt")) {
            try (InputStream in = LanguageScorerTest.class.getResourceAsStream(name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (int i = 0; i + 300 <= text.length() && out.size() < 400; i += 150) {
                    out.add(text.substring(i, i + 300));
                }
            }
        }
        // other scripts, and what the normalisers remove (links, handles, numbers, emoji, repeats)
        out.add("Глава МИД России заявил во вторник, что переговоры продолжатся в Женеве 12 марта.");
        out.add("東京都は２５日、新型コロナウイルスの感染者が新たに確認されたと発表した。");
        out.add("国务院新闻办公室周二举行新闻发布会，介绍经济运行情况。");
        out.add("قال المتحدث باسم وزارة الخارجية إن المحادثات ستستمر الأسبوع المقبل");
        out.add("서울시는 25일 신규 확진자가 발생했다고 밝혔다.");
        out.add("Read more at https://example.com/news?id=42 or follow @dateline #news 😀😀 sooooo good!!! 12,345.67");
        out.add("a");
        out.add("");
        return out;
    }

    @Test
    void probabilitiesAreOpenNlps() throws IOException {
        LanguageDetectorME reference = new LanguageDetectorME(model);
        int compared = 0;
        for (String s : samples()) {
            double[] mine = scorer.probabilities(s);
            Language[] theirs = reference.predictLanguages(s);
            assertThat(theirs).hasSize(mine.length);
            for (Language l : theirs) {
                int i = indexOf(l.getLang());
                assertThat(mine[i]).as("%s on \"%s\"", l.getLang(), s).isCloseTo(l.getConfidence(), within(1e-9));
                compared++;
            }
            assertThat(bestOf(mine)).as(s).isEqualTo(theirs[0].getLang());
        }
        assertThat(compared).isGreaterThan(100 * 103);
    }

    private static int indexOf(String outcome) {
        for (int i = 0; i < scorer.outcomes(); i++) {
            if (scorer.outcome(i).equals(outcome)) {
                return i;
            }
        }
        throw new AssertionError("unknown outcome " + outcome);
    }

    private static String bestOf(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return scorer.outcome(best);
    }
}
