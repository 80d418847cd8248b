package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input through the command line in one batch, and every input kind the
 * issue names: one stderr line and one error record per failure, the batch goes on, exit 1.
 */
class BadInputCliTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @TempDir
    Path dir;

    private List<JsonNode> records() throws IOException {
        return console.records();
    }

    private List<String> errLines() {
        return console.errLines();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(o)) {
            gz.write(b);
        }
        return o.toByteArray();
    }

    private static final String ARTICLE = "<html lang=\"de\"><head><title>Straßensperre bis März</title></head><body><article>"
            + "<p>Der Bürgermeister sagte am Dienstag, die Straße bleibt bis März gesperrt, weil die Brücke saniert wird.</p>"
            + "<p>Für Anwohner gibt es Ausnahmen, teilte die Stadtverwaltung mit. Die Öffnung ist für Ende Mai geplant.</p>"
            + "</article></body></html>";

    @Test
    void everyBadInputFailsAloneAndTheBatchGoesOn() throws IOException, InterruptedException {
        byte[] random = new byte[8000];
        new Random(11).nextBytes(random);
        byte[] gz = gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
        Path dangling = Files.createSymbolicLink(dir.resolve("e-dangling.html"), dir.resolve("nowhere.html"));
        Path fifo = dir.resolve("f-fifo.html");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        List<String> inputs = new ArrayList<>(List.of(
                Files.write(dir.resolve("a-random.bin"), random).toString(),
                Files.write(dir.resolve("b-empty.html"), new byte[0]).toString(),
                Files.write(dir.resolve("c-cut.html.gz"), Arrays.copyOf(gz, gz.length / 2)).toString(),
                dir.resolve("d-missing.html").toString(),
                dangling.toString()));
        if (haveFifo) {
            inputs.add(fifo.toString());
        }
        String nested = "<html><body>" + "<div>".repeat(200_000) + "<p>deep</p>" + "</div>".repeat(200_000) + "</body></html>";
        inputs.add(Files.writeString(dir.resolve("g-nested.html"), nested).toString());
        String label = ARTICLE.replace("<head>", "<head><meta charset=\"x-no-such-charset\">");
        inputs.add(Files.write(dir.resolve("h-unknown-label.html"), label.getBytes(Charset.forName("windows-1252"))).toString());
        inputs.add(Files.write(dir.resolve("i-good.html.gz"), gzip(ARTICLE.getBytes(StandardCharsets.UTF_8))).toString());
        int failures = haveFifo ? 6 : 5;

        List<String> args = new ArrayList<>(List.of("extract", "--no-analysis", "--threads", "2"));
        args.addAll(inputs);
        int status = Main.run(args.toArray(String[]::new));

        assertThat(status).isEqualTo(1);
        List<JsonNode> recs = records();
        assertThat(recs).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(recs.get(i).get("input").asText()).isEqualTo(inputs.get(i));
        }
        assertThat(recs.subList(0, failures)).allSatisfy(r -> {
            assertThat(r.size()).isEqualTo(2);
            assertThat(r.get("error").asText()).isNotBlank();
        });
        assertThat(recs.get(0).get("error").asText()).contains("binary");
        assertThat(recs.get(1).get("error").asText()).contains("empty");
        assertThat(recs.get(2).get("error").asText()).contains("gzip");
        assertThat(recs.get(3).get("error").asText()).contains("no such file");
        assertThat(recs.get(4).get("error").asText()).contains("symbolic link");
        // The nested page, the unknown label and the good page are records.
        assertThat(recs.get(failures).has("text")).isTrue();
        assertThat(recs.get(failures + 1).get("text").asText()).contains("Der Bürgermeister sagte am Dienstag");
        assertThat(recs.get(failures + 2).get("title").asText()).isEqualTo("Straßensperre bis März");

        List<String> lines = errLines();
        assertThat(lines).hasSize(failures + 1);
        for (int i = 0; i < failures; i++) {
            assertThat(lines.get(i)).startsWith(inputs.get(i) + ": ");
        }
        assertThat(lines.get(failures)).isEqualTo("dateline: 3 records, " + failures + " failed");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void fuzzFolderGivesARecordOrAnErrorForEveryFile() throws IOException {
        Path fuzz = SharedData.require("fuzz-html");
        long files;
        try (var s = Files.list(fuzz)) {
            files = s.filter(p -> !p.toString().endsWith(".md")).count();
        }
        Main.run("extract", "--threads", "2", fuzz.toString());
        List<JsonNode> recs = records();
        // README.md is a text input too: one record for it.
        assertThat(recs).hasSize((int) files + 1);
        assertThat(recs).allSatisfy(r -> assertThat(r.has("text") || r.has("error")).isTrue());
        // One line per failed input (or per failed analysis), then the summary: no stack trace.
        assertThat(errLines()).allSatisfy(l -> assertThat(l).matches("(/|\\.\\.|dateline: ).*"))
                .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by"));
    }

    @Test
    void warcFilesGivePagesAndTheSummaryCountsWhatWasSkipped() throws IOException {
        Path warc = SharedData.require("warc");
        int status = Main.run("extract", "--no-analysis", warc.toString());
        List<JsonNode> recs = records();
        // clipped.warc.gz has one record cut short: an error naming that record; the others are pages.
        assertThat(status).isEqualTo(1);
        assertThat(recs).filteredOn(r -> r.has("error")).singleElement()
                .satisfies(r -> assertThat(r.get("input").asText()).contains("clipped.warc.gz#urn:uuid:"));
        assertThat(recs).filteredOn(r -> r.has("text")).hasSizeGreaterThanOrEqualTo(15).allSatisfy(r -> {
            assertThat(r.get("input").asText()).contains(".warc.gz#urn:uuid:");
            assertThat(r.get("url").asText()).startsWith("http");
        });
        assertThat(errLines().get(errLines().size() - 1)).matches("dateline: \\d+ records, 1 failed.*");
    }

    @Test
    void standardInputUrlAndFormatOverride() throws IOException {
        System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
        int status = Main.run("extract", "--no-analysis", "--url", "https://www.example.de/lokales/2024/05/03/strasse.html", "-");
        assertThat(status).isZero();
        JsonNode r = records().get(0);
        assertThat(r.get("input").asText()).isEqualTo("-");
        assertThat(r.get("site").asText()).isEqualTo("example.de");
        assertThat(r.get("title").asText()).isEqualTo("Straßensperre bis März");

        out.reset();
        Path body = Files.writeString(dir.resolve("body.txt"), "First line of the body.\nSecond line, kept as is.\n");
        assertThat(Main.run("extract", "--no-analysis", "--input-format", "body", body.toString())).isZero();
        assertThat(records().get(0).get("text").asText()).isEqualTo("First line of the body.\nSecond line, kept as is.");

        out.reset();
        err.reset();
        assertThat(Main.run("extract", "--input-format", "pdf", body.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown input format 'pdf'");
    }
}
