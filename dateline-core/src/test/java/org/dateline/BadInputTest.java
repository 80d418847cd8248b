package org.dateline;

import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Result;
import org.dateline.testing.SharedData;
import org.dateline.testing.Warcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the library does with input that is not a good page: a result for every one (a record or a
 * one-line reason), never an exception, in bounded time.
 */
class BadInputTest {

    private static final Options OPTIONS = Options.DEFAULTS.withAnalysis(false);

    private static Result process(String name, byte[] bytes) {
        return Dateline.process(Page.of(name, bytes, null), OPTIONS);
    }

    private static String reason(Result r) {
        assertThat(r).isInstanceOf(Result.Rejected.class);
        String reason = ((Result.Rejected) r).failure().reason();
        assertThat(reason).doesNotContain("\n").doesNotContain("Exception").isNotBlank();
        return reason;
    }

    private static String text(Result r) {
        assertThat(r).isInstanceOf(Result.Extracted.class);
        return ((Result.Extracted) r).record().article().text();
    }

    @Test
    void randomBytesAreRejectedAsBinary() {
        Random random = new Random(20240503);
        for (int size : new int[] {1, 17, 512, 5000, 200_000}) {
            byte[] b = new byte[size];
            random.nextBytes(b);
            Result r = process("random-" + size, b);
            // One byte can be anything, even a letter; larger random buffers must be seen as binary.
            if (size >= 512) {
                assertThat(reason(r)).contains("binary");
            }
        }
    }

    @Test
    void emptyAndBlankInputsAreRejected() {
        assertThat(reason(process("empty.html", new byte[0]))).contains("empty");
        assertThat(reason(process("blank.html", " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)))).contains("empty");
    }

    @Test
    void truncatedGzipIsRejectedWithItsReason() throws IOException {
        byte[] gz = Warcs.gzip("<html><body><p>A paragraph of news.</p></body></html>".repeat(200).getBytes(StandardCharsets.UTF_8));
        for (int cut : new int[] {3, 10, gz.length / 2, gz.length - 4}) {
            assertThat(reason(process("cut.html.gz", Arrays.copyOf(gz, cut)))).contains("gzip");
        }
    }

    @Test
    void gzipBombIsRefused() throws IOException {
        byte[] bomb = Warcs.gzip(new byte[Options.DEFAULT_MAX_PAGE_BYTES + 1024]);
        assertThat(reason(process("bomb.html.gz", bomb))).contains("over the limit");
    }

    @Test
    void twoHundredThousandNestedElementsGiveARecord() {
        String html = "<html><body>" + "<div>".repeat(200_000) + "<p>Deep inside the nest there is a sentence.</p>"
                + "</div>".repeat(200_000) + "</body></html>";
        Result r = process("nested.html", html.getBytes(StandardCharsets.UTF_8));
        // jsoup caps the tree depth, so the page parses; whatever the body is, it is a record, not a crash.
        assertThat(r).isInstanceOf(Result.Extracted.class);
        String unclosed = "<html><body>" + "<span><b><i>".repeat(70_000) + "text";
        assertThat(process("unclosed.html", unclosed.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Result.Extracted.class);
    }

    @Test
    void twentyMegabytePageWithAMillionParagraphsGivesARecord() {
        StringBuilder sb = new StringBuilder(24 << 20).append("<html><head><title>Big</title></head><body><article>");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of it.</p>");
        }
        sb.append("</article></body></html>");
        byte[] page = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(page.length).isGreaterThan(20_000_000);
        String text = text(process("big.html", page));
        assertThat(text).startsWith("Paragraph 0 of it.").endsWith("Paragraph 999999 of it.");
    }

    @Test
    void unknownCharsetLabelIsSniffedAndTheRecordKept() {
        String html = "<html><head><meta charset=\"x-klingon-9\"><title>Bürgermeister</title></head><body><article>"
                + "<p>Der Bürgermeister sagte, die Straße bleibt bis März gesperrt. Für Anwohner gibt es Ausnahmen.</p>"
                + "</article></body></html>";
        Result latin = process("latin.html", html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(text(latin)).contains("Der Bürgermeister sagte, die Straße bleibt bis März gesperrt.");
        Result utf8 = process("utf8.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(text(utf8)).contains("Der Bürgermeister sagte");
    }

    @Test
    void aWarcGivenAsOnePageIsRejectedWithAHint() {
        Result r = Dateline.process(new Page("x.warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                null, null, null, InputFormat.AUTO), OPTIONS);
        assertThat(reason(r)).contains("WARC");
    }

    @Test
    void aSpentTimeBudgetSkipsAnalysisButKeepsTheExtraction() {
        String html = "<html><body><article><p>" + "The minister said the plan would work. ".repeat(50)
                + "</p></article></body></html>";
        Options tiny = new Options(InputFormat.AUTO, true, Options.DEFAULT_MAX_PAGE_BYTES, 1);
        StringBuilder big = new StringBuilder(html);
        for (int i = 0; i < 200; i++) {
            big.append("<div><p>").append("Filler sentence number ").append(i).append(" for the page.</p></div>");
        }
        Result r = Dateline.process(Page.of("slow.html", big.toString().getBytes(StandardCharsets.UTF_8), null), tiny);
        // Where the budget runs out depends on the machine's load: either the extraction finished
        // and analysis was skipped, or an extraction stage stopped the page. Both name the limit.
        if (r instanceof Result.Extracted e) {
            assertThat(e.record().article().text()).contains("The minister said");
            assertThat(e.record().analysisError()).contains("time limit of 1 ms");
        } else {
            assertThat(reason(r)).contains("time limit of 1 ms exceeded in");
        }
    }

    @Test
    void deadlineCheckFailsOnlyInsideASpentPage() {
        Deadline.check("outside any page"); // no budget open: nothing happens
        try (Deadline.Scope s = Deadline.open(0)) {
            assertThat(Deadline.expiredNow()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deadline.check("a long stage"))
                    .isInstanceOf(DatelineException.class).hasMessageContaining("a long stage");
        }
        assertThat(Deadline.expiredNow()).isFalse();
    }

    static Stream<Path> fuzzFiles() throws IOException {
        Path dir = SharedData.require("fuzz-html");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    /** Inputs that once crashed or hung an HTML parser: each gives a record or a clean reason, quickly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fuzzFiles")
    void fuzzedPagesGiveARecordOrACleanReason(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long start = System.nanoTime();
        Result r = Dateline.process(Page.of(file.toString(), bytes, null), Options.DEFAULTS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (r instanceof Result.Rejected) {
            reason(r);
        }
        // Generous against a slow CI machine; a hang or a quadratic blow-up takes far longer.
        assertThat(millis).as("milliseconds for %s", file).isLessThan(15_000);
    }
}
