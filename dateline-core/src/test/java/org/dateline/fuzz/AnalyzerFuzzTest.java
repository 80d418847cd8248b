package org.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dateline.analyze.Analysis;
import org.dateline.analyze.Analyzers;
import org.dateline.extract.Article;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis stage over arbitrary text, English and German rules: it never throws, and every
 * offset it gives lies inside the text ({@code text.substring(start, end)} is the span, as
 * docs/record.md promises). An input is a header line, {@code <language> <published>}, then the
 * body: {@code de 2023-04-28} reads the body with German rules, resolving times against that day.
 */
class AnalyzerFuzzTest {

    @FuzzTest
    @Timeout(30)
    void analyze(byte[] data) {
        String all = new String(data, StandardCharsets.UTF_8);
        int nl = all.indexOf('\n');
        String header = nl < 0 ? "" : all.substring(0, nl);
        String text = nl < 0 ? all : all.substring(nl + 1);
        String language = header.startsWith("de") ? "de" : "en";
        String published = header.length() > 3 ? header.substring(3).strip() : null;
        Article article = new Article("fuzz", null, null, null, published, null, List.of(), language, null, List.of(),
                List.of(), text, List.of());

        Analysis a = Analyzers.forLanguage(language).analyze(article);

        int n = text.length();
        for (Analysis.Quote q : a.quotes()) {
            assertThat(q.text()).isNotNull();
            inside(q.start(), q.end(), n, "quote");
            for (Analysis.Fragment f : q.spans()) {
                inside(f.start(), f.end(), n, "quote fragment");
            }
        }
        for (Analysis.Claim c : a.claims()) {
            inside(c.start(), c.end(), n, "claim");
        }
        for (Analysis.TimeExpression t : a.times()) {
            inside(t.start(), t.end(), n, "time");
        }
    }

    private static void inside(int start, int end, int length, String what) {
        assertThat(start).as("%s start", what).isBetween(0, length);
        assertThat(end).as("%s end", what).isBetween(start, length);
    }
}
