package org.dateline.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;
import org.dateline.store.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline export}: what a spreadsheet, DuckDB or pandas gets from real pages. */
class ExportCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private int run(String... args) {
        console.out.reset();
        console.err.reset();
        return Main.run(args);
    }

    private String stderr() {
        return console.err.toString(StandardCharsets.UTF_8);
    }

    /** A real page (9news.com.au, 2 May 2024: metadata-dev) with its headline replaced everywhere it is stated. */
    private Path pageTitled(String title) throws IOException {
        String page;
        try (InputStream s = getClass().getResourceAsStream("/htmltests/ninenews-2024-05-02-related.html")) {
            page = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        String headline = "Nearly 3000 pages of Jeffrey Epstein documents released, but some questions remain unanswered";
        assertThat(page).contains(headline);
        Path p = dir.resolve("page.html");
        Files.writeString(p, page.replace(headline, title.replace("\"", "&quot;")));
        return p;
    }

    static List<Map<String, String>> readCsv(Path csv) throws IOException {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Map<String, String>> rows = new ArrayList<>();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (MappingIterator<Map<String, String>> it = m.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @Test
    void aPageTitledWithAFormulaIsExportedAsText() throws Exception {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        Path index = dir.resolve("ix");
        assertThat(run("ingest", "--index", index.toString(), pageTitled(formula).toString())).as(stderr()).isZero();
        Path csv = dir.resolve("out.csv");
        assertThat(run("export", "--index", index.toString(), "--format", "csv", csv.toString())).as(stderr()).isZero();
        List<Map<String, String>> rows = readCsv(csv);
        assertThat(rows).hasSize(1);
        String title = rows.get(0).get("title");
        assertThat(title).doesNotStartWith("=").isEqualTo("'" + formula);
        // The raw bytes too: the cell is quoted (it holds quote marks) and starts with the single quote.
        assertThat(Files.readString(csv)).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
                .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        // JSON Lines keep the title as the page gave it: only CSV is for spreadsheets.
        Path jsonl = dir.resolve("out.jsonl");
        assertThat(run("export", "--index", index.toString(), "--format", "jsonl", jsonl.toString())).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(jsonl)).get("title").asText())
                .isEqualTo(formula);
    }

    @Test
    void excelGetsAByteOrderMarkAndCellsCutToItsLimitWithAMarker() throws Exception {
        String body = TestRecords.body("harvest", 420) + " Ünïcødé – “quoted” 😀 end.";
        assertThat(body.length()).isGreaterThan(40_000);
        Record longOne = TestRecords.record("https://example.com/long", "example.com", "@channel a long one", "2016-03-18",
                "en", body, List.of(), List.of());
        Record shortOne = TestRecords.record("https://example.com/short", "example.com", "-10% in a day", "2016-03-18",
                "en", TestRecords.body("markets", 40), List.of(), List.of());
        Path in = dir.resolve("records.jsonl");
        Files.writeString(in, RecordJson.toJson(longOne) + "\n" + RecordJson.toJson(shortOne) + "\n");
        Path index = dir.resolve("ix");
        assertThat(run("ingest", "--index", index.toString(), in.toString())).as(stderr()).isZero();

        Path excel = dir.resolve("excel.csv");
        assertThat(run("export", "--index", index.toString(), "--format", "csv", "--excel", excel.toString()))
                .as(stderr()).isZero();
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<Map<String, String>> rows = readCsv(excel);
        assertThat(rows).extracting(r -> r.get("title")).containsExactlyInAnyOrder("'@channel a long one", "'-10% in a day");
        Map<String, String> cut = rows.stream().filter(r -> r.get("title").contains("long")).findFirst().orElseThrow();
        assertThat(cut.get("text")).hasSizeLessThanOrEqualTo(32_767)
                .startsWith(body.substring(0, 1000))
                .endsWith("cut at Excel's 32,767-character cell limit; the full text is in the JSON Lines or Parquet export]");
        for (Map<String, String> r : rows) {
            r.values().forEach(v -> assertThat(v).hasSizeLessThanOrEqualTo(32_767));
        }

        Path plain = dir.resolve("plain.csv");
        assertThat(run("export", "--index", index.toString(), "--format", "csv", plain.toString())).isZero();
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'i');
        assertThat(readCsv(plain)).anySatisfy(r -> assertThat(r.get("text")).isEqualTo(body));

        assertThat(run("export", "--index", index.toString(), "--format", "jsonl", "--excel", plain.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--excel is for --format csv");
    }
}
