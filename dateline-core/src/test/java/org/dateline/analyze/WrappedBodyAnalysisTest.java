package org.dateline.analyze;

import org.dateline.extract.Article;
import org.dateline.extract.text.BodyExtractor;
import org.dateline.extract.text.TextDumpExtractor;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.testing.TextDumps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clean body given hard-wrapped at 72 columns (as newswire copy and mail often are) is analysed
 * as if its paragraphs were single lines, while the record keeps the lines as given.
 */
class WrappedBodyAnalysisTest {

    @Test
    void wrappedBodyGivesTheQuotesOfTheUnwrappedOne() throws IOException {
        String dump;
        try (InputStream in = WrappedBodyAnalysisTest.class.getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = new TextDumpExtractor().extract(new Page("rt.txt", new byte[0], null, null, null, InputFormat.TEXT), dump).text();
        String wrapped = TextDumps.wrapped(body.replace("\n\n", "\n"), 72);
        assertThat(wrapped.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(72);

        Analysis plain = analyse(body);
        Article given = new BodyExtractor().extract(new Page("rt-wrapped.txt", new byte[0], null, null, null, InputFormat.BODY), wrapped);
        Analysis fromWrapped = new NewsAnalyzer("en").analyze(given);

        assertThat(given.text()).isEqualTo(wrapped.strip());
        assertThat(plain.quotes()).isNotEmpty();
        assertThat(summary(fromWrapped)).isEqualTo(summary(plain));
        for (Analysis.Quote q : fromWrapped.quotes()) {
            assertThat(q.text()).doesNotContain("\n");
        }
    }

    private static Analysis analyse(String body) {
        Article a = new BodyExtractor().extract(new Page("rt-body.txt", new byte[0], null, null, null, InputFormat.BODY), body);
        return new NewsAnalyzer("en").analyze(a);
    }

    private static List<String> summary(Analysis a) {
        return a.quotes().stream()
                .map(q -> q.kind() + "|" + q.text().replaceAll("\\s+", " ") + "|" + (q.speaker() == null ? null : q.speaker().name()))
                .toList();
    }
}
