package org.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.analyze.Analyzers;
import org.dateline.extract.Article;
import org.dateline.extract.Extractors;
import org.dateline.extract.Languages;
import org.dateline.page.Charsets;
import org.dateline.page.Gzip;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.page.Sniffer;
import org.dateline.record.Record;
import org.dateline.record.Result;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes to page to article, the way {@code dateline extract} takes a file: any bytes give a record
 * or one of the documented rejections ({@link Dateline#process}), never a stage's exception, in
 * bounded time and memory.
 *
 * <p>Run without {@code JAZZER_FUZZ}, each method replays its corpus in
 * {@code PageFuzzTestInputs/<method>/} (real pages, inputs that crashed HTML parsers, and every input
 * fuzzing once found to fail); {@code mvn -P fuzz} fuzzes one of them (docs/fuzzing.md).
 */
class PageFuzzTest {

    static final String URL = "https://www.example.com/news/2024/05/03/fuzzed-page";
    /**
     * Inputs are small (libFuzzer keeps them to the corpus' sizes): a few seconds means a stage grew
     * super-linearly. Dateline's own budget reports it (as a time-limit rejection, naming the stage);
     * the JUnit timeout, which Jazzer turns into its own, catches a loop that never checks the budget.
     */
    static final long TIME_LIMIT_MILLIS = 5_000;

    /** Rejections that are a finding: a stage threw, ran out of its time or of memory. */
    private static final List<String> FINDINGS = List.of("extraction failed", "internal error", "document too large",
            "time limit");

    /** An HTML page (the format given, as in {@code --format html}), extraction only. */
    @FuzzTest
    @Timeout(30)
    void html(byte[] data) {
        check(new Page("fuzz.html", data, URL, null, null, InputFormat.HTML), false);
    }

    /** A text dump (lynx, w3m, get-text), extraction only. */
    @FuzzTest
    @Timeout(30)
    void text(byte[] data) {
        check(new Page("fuzz.txt", data, URL, null, null, InputFormat.TEXT), false);
    }

    /** The whole flow on what a user names: gzip, sniffing (feeds, WARC, binary), extraction and analysis. */
    @FuzzTest
    @Timeout(30)
    void auto(byte[] data) {
        check(Page.of("fuzz", data, URL), true);
    }

    private static void check(Page page, boolean analysis) {
        Options options = new Options(InputFormat.AUTO, analysis, Options.DEFAULT_MAX_PAGE_BYTES, TIME_LIMIT_MILLIS);
        Result r = Dateline.process(page, options);
        if (r instanceof Result.Rejected rejected) {
            String reason = rejected.failure().reason();
            if (FINDINGS.stream().anyMatch(reason::contains)) {
                rethrow(page, analysis);
                throw new AssertionError("rejected: " + reason);
            }
            assertThat(reason).doesNotContain("\n");
            return;
        }
        Record record = ((Result.Extracted) r).record();
        if (record.analysisError() != null) {
            rethrow(page, analysis);
            throw new AssertionError(record.analysisError());
        }
        Article a = record.article();
        assertThat(a.input()).isEqualTo(page.input());
        assertThat(a.text()).isNotNull();
    }

    /**
     * The stages of {@link Dateline#process} again, outside its catch-all, so that a finding is
     * reported with the exception and stack trace that caused it (by which Jazzer also tells
     * findings apart).
     */
    private static void rethrow(Page page, boolean analysis) {
        byte[] bytes = page.content();
        if (Sniffer.isGzip(bytes)) {
            bytes = Gzip.decompress(bytes, Options.DEFAULT_MAX_PAGE_BYTES);
        }
        InputFormat format = page.format();
        if (format == InputFormat.AUTO) {
            format = Sniffer.sniff(bytes) == Sniffer.Kind.TEXT ? InputFormat.TEXT : InputFormat.HTML;
        }
        Article article = Extractors.forFormat(format).extract(page.withFormat(format),
                Charsets.decode(bytes, page.contentType()).text());
        article = article.withLanguage(Languages.settle(article.language(), article.text(), article.title()));
        if (analysis) {
            Analyzers.forLanguage(article.language()).analyze(article);
        }
    }
}
