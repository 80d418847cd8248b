package org.dateline.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline export}: what a spreadsheet, DuckDB or pandas gets from real pages. */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void quotesExportGivesOneRowPerQuoteOfARealPageInEveryFormat() throws Exception {
        Path page = dir.resolve("rt.txt");
        try (InputStream s = getClass().getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            Files.copy(s, page);
        }
        Path index = dir.resolve("ix");
        assertThat(run("ingest", "--index", index.toString(), "--url", "https://www.rt.com/news/336013-isis-child-soldiers/",
                page.toString())).as(stderr()).isZero();
        assertThat(run("export", "--index", index.toString(), "--format", "jsonl", "-")).isZero();
        JsonNode article = console.records().get(0);
        String text = article.get("text").asText();
        List<JsonNode> speech = new ArrayList<>();
        article.get("quotes").forEach(q -> {
            if (!q.get("kind").asText().equals("term")) {
                speech.add(q);
            }
        });
        assertThat(speech).hasSizeGreaterThanOrEqualTo(3);

        // JSON Lines: the record's quotes, one flat object each, with the article's fields.
        Path jsonl = dir.resolve("quotes.jsonl");
        assertThat(run("export", "--index", index.toString(), "--quotes", "--format", "jsonl", jsonl.toString())).as(stderr()).isZero();
        assertThat(stderr()).contains("dateline export: " + speech.size() + " quotes to " + jsonl + " (jsonl)");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows).hasSize(speech.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            JsonNode q = speech.get(i);
            assertThat(r.fieldNames()).toIterable().containsExactlyElementsOf(org.dateline.export.QuoteExport.COLUMNS);
            assertThat(r.get("article").asText()).isEqualTo(article.get("id").asText());
            assertThat(r.get("site").asText()).isEqualTo("rt.com");
            assertThat(r.get("published").asText()).isEqualTo(article.get("published").asText());
            assertThat(r.get("text").asText()).isEqualTo(q.get("text").asText());
            assertThat(r.get("kind").asText()).isEqualTo(q.get("kind").asText());
            assertThat(r.get("spans")).isEqualTo(q.get("spans"));
            assertThat(r.get("cue_type").asText(null)).isEqualTo(q.path("cue_type").asText(null));
            for (JsonNode span : r.get("spans")) {
                assertThat(r.get("text").asText()).contains(text.substring(span.get("start").asInt(), span.get("end").asInt()).strip());
            }
        }
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("speaker").asText()).isEqualTo("John Kirby");
            assertThat(r.get("organization").asText()).contains("State Department");
            assertThat(r.get("cue").asText()).isEqualTo("said");
            assertThat(r.get("cue_type").asText()).isEqualTo("speech");
        });

        // CSV: the same rows and columns, spans as JSON text.
        Path csv = dir.resolve("quotes.csv");
        assertThat(run("export", "--index", index.toString(), "--quotes", "--format", "csv", csv.toString())).isZero();
        List<Map<String, String>> cells = readCsv(csv);
        assertThat(cells).hasSize(rows.size());
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(String.join(",", org.dateline.export.QuoteExport.COLUMNS));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(cells.get(i).get("text")).isEqualTo(rows.get(i).get("text").asText());
            assertThat(JSON.readTree(cells.get(i).get("spans"))).isEqualTo(rows.get(i).get("spans"));
            assertThat(cells.get(i).get("speaker")).isEqualTo(rows.get(i).get("speaker").asText(""));
        }

        // Parquet, read by DuckDB: typed columns, spans a list of structs.
        Path parquet = dir.resolve("quotes.parquet");
        assertThat(run("export", "--index", index.toString(), "--quotes", "--format", "parquet", parquet.toString())).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT article), sum(len(spans)), "
                     + "count(*) FILTER (WHERE speaker = 'John Kirby'), typeof(any_value(spans)), typeof(any_value(start)) "
                     + "FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows.size());
            assertThat(rs.getLong(2)).isEqualTo(1);
            long spans = 0;
            for (JsonNode r : rows) {
                spans += r.get("spans").size();
            }
            assertThat(rs.getLong(3)).isEqualTo(spans);
            assertThat(rs.getLong(4)).isEqualTo(rows.stream().filter(r -> r.get("speaker").asText("").equals("John Kirby")).count());
            assertThat(rs.getString(5)).isEqualTo("STRUCT(\"start\" INTEGER, \"end\" INTEGER)[]");
            assertThat(rs.getString(6)).isEqualTo("INTEGER");
        }

        // The article export carries the spans in its quote struct, as the record does.
        Path articles = dir.resolve("articles.parquet");
        assertThat(run("export", "--index", index.toString(), "--format", "parquet", articles.toString())).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT q.text, to_json(q.spans), q.cue_type FROM (SELECT unnest(quotes) AS q FROM read_parquet('"
                     + articles + "'))")) {
            int i = 0;
            while (rs.next()) {
                JsonNode q = article.get("quotes").get(i++);
                assertThat(rs.getString(1)).isEqualTo(q.get("text").asText());
                assertThat(JSON.readTree(rs.getString(2))).isEqualTo(q.get("spans"));
                assertThat(rs.getString(3)).isEqualTo(q.path("cue_type").asText(null));
            }
            assertThat(i).isEqualTo(article.get("quotes").size());
        }

        // --speaker keeps the quotes of that speaker only; --query the quotes whose words match.
        assertThat(run("export", "--index", index.toString(), "--quotes", "--speaker", "Kirby", "--format", "jsonl", "-")).isZero();
        assertThat(console.records()).isNotEmpty().allMatch(r -> r.get("speaker").asText().equals("John Kirby"));
        assertThat(run("export", "--index", index.toString(), "--quotes", "--query", "defectors", "--format", "jsonl", "-")).isZero();
        assertThat(console.records()).hasSize(1).allMatch(r -> r.get("text").asText().contains("defectors"));
        assertThat(run("export", "--index", index.toString(), "--quotes", "--entity", "Nobody Known", "--format", "jsonl", "-")).isZero();
        assertThat(console.records()).isEmpty();
    }
}
