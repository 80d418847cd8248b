package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end through the command line, as a user runs it. */
class ExtractCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @TempDir
    Path dir;

    private List<JsonNode> records() throws IOException {
        return console.records();
    }

    private Path seed() throws IOException {
        Path p = dir.resolve("rt-2016-03-17-isis-child-jihadists.txt");
        try (InputStream in = getClass().getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void seedGivesOneRecordWithTheContractFields() throws IOException {
        int status = Main.run("extract", "--no-analysis", seed().toString());
        assertThat(status).isZero();
        List<JsonNode> recs = records();
        assertThat(recs).hasSize(1);
        JsonNode r = recs.get(0);
        for (String f : List.of("input", "url", "site", "title", "published", "modified", "authors", "language",
                "description", "tags", "media", "text", "related")) {
            assertThat(r.has(f)).as(f).isTrue();
        }
        assertThat(r.get("title").asText()).startsWith("ISIS increasingly relies on child jihadists");
        assertThat(r.get("published").asText()).isEqualTo("2016-03-17T20:47");
        assertThat(r.get("language").asText()).isEqualTo("en");
        assertThat(r.has("quotes")).isFalse();
    }

    @Test
    void badInputsGiveOneLineErrorsAndTheBatchGoesOn() throws IOException {
        Path empty = Files.write(dir.resolve("a-empty.html"), new byte[0]);
        byte[] random = new byte[5000];
        new java.util.Random(7).nextBytes(random);
        Path binary = Files.write(dir.resolve("b-random.bin"), random);
        Path truncated = Files.write(dir.resolve("c-cut.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        Path good = seed();
        int status = Main.run("extract", "--no-analysis", empty.toString(), binary.toString(), truncated.toString(),
                dir.resolve("d-missing.html").toString(), good.toString());
        assertThat(status).isEqualTo(1);
        List<JsonNode> recs = records();
        assertThat(recs).hasSize(5);
        assertThat(recs.subList(0, 4)).allSatisfy(r -> {
            assertThat(r.get("error").asText()).isNotBlank();
            assertThat(r.size()).isEqualTo(2);
        });
        assertThat(recs.get(4).get("title").asText()).startsWith("ISIS");
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(5); // four failures and the summary
        assertThat(lines[0]).startsWith(empty.toString()).contains("empty");
        assertThat(lines[1]).startsWith(binary.toString()).contains("binary");
        assertThat(lines[2]).startsWith(truncated.toString()).contains("gzip");
        assertThat(lines[3]).contains("no such file");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void analysisRunsByDefaultAndAddsTheAnalysisFields() throws IOException {
        int status = Main.run("extract", seed().toString());
        assertThat(status).isZero();
        JsonNode r = records().get(0);
        for (String f : List.of("quotes", "claims", "times", "entities", "unattributed")) {
            assertThat(r.get(f)).as(f).isNotNull();
            assertThat(r.get(f).isArray()).as(f).isTrue();
        }
        assertThat(r.has("analysis_error")).as(r.path("analysis_error").asText()).isFalse();
    }
}
