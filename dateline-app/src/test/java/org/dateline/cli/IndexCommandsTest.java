package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.record.Record;
import org.dateline.store.NewsIndex;
import org.dateline.store.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest, search, quotes, speakers and export through the command line, as a user runs them. */
class IndexCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @TempDir
    Path dir;
    Path index;

    @BeforeEach
    void setUp() {
        index = dir.resolve("ix");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String line : stdout().split("\n")) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (InputStream s = getClass().getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            Files.copy(s, in.resolve("rt-2016-03-17-isis-child-jihadists.txt"));
        }
        List<Record> records = List.of(
                TestRecords.record("https://example.com/kirby", "example.com", "Pentagon says ISIS recruits children",
                        "2016-03-18T10:00:00Z", "en", TestRecords.body("pentagon", 40),
                        List.of(TestRecords.quote("The group is desperate", "John Kirby", "spokesman", "US State Department"),
                                TestRecords.quote("We will keep the pressure on", "Kirby", null, null)),
                        List.of(TestRecords.person("John Kirby", "Kirby"))),
                TestRecords.record("https://zeit.de/merkel", "zeit.de", "Merkel verteidigt ihre Politik", "2016-03-10", "de",
                        TestRecords.body("politik", 40),
                        List.of(TestRecords.quote("Wir schaffen das", "Angela Merkel", "Bundeskanzlerin", "CDU")), List.of()));
        try (Writer w = Files.newBufferedWriter(in.resolve("records.jsonl"))) {
            for (Record r : records) {
                w.write(org.dateline.record.RecordJson.toJson(r));
                w.write('\n');
            }
            w.write("{\"title\": broken\n");
        }
        return in;
    }

    @Test
    void ingestSearchQuotesSpeakersExport() throws Exception {
        Path in = inputs();
        assertThat(run("ingest", "--index", index.toString(), "--no-analysis", in.toString())).isEqualTo(1);
        assertThat(stderr()).contains("records.jsonl:3: malformed JSON")
                .contains("dateline ingest: 3 new, 0 updated, 0 duplicates, 0 unchanged, 1 failed");
        assertThat(run("ingest", "--index", index.toString(), "--no-analysis", in.toString())).isEqualTo(1);
        assertThat(stderr()).contains("0 new, 0 updated, 0 duplicates, 3 unchanged, 1 failed (index " + index + ": 3 articles)");

        assertThat(run("search", "--index", index.toString(), "--format", "jsonl", "child", "jihadists")).isZero();
        List<JsonNode> hits = lines();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("title").asText()).startsWith("ISIS increasingly relies on child jihadists");
        assertThat(hits.get(0).get("copies").asInt()).isEqualTo(1);

        assertThat(run("search", "--index", index.toString(), "--format", "table", "--lang", "en")).isZero();
        assertThat(stdout()).contains("2 articles").contains("DATE").contains("Pentagon says ISIS recruits children")
                .contains("languages: en (2)").contains("speakers:").contains("John Kirby");

        assertThat(run("search", "--index", index.toString(), "--format", "jsonl", "--from", "2016-03-18", "--sort", "newest")).isZero();
        assertThat(lines()).extracting(n -> n.get("site").asText()).containsExactly("example.com");
        assertThat(run("search", "--index", index.toString(), "title:")).isEqualTo(2);
        assertThat(stderr()).startsWith("dateline search: the query ends too early");
        assertThat(run("search", "--index", index.toString(), "--limit", "5000", "x")).isEqualTo(2);
        assertThat(stderr()).contains("limit must be between 1 and 1000");

        assertThat(run("quotes", "--index", index.toString(), "--speaker", "Kirby", "--format", "jsonl")).isZero();
        assertThat(lines()).hasSize(2).allMatch(q -> q.get("speaker").get("name").asText().equals("John Kirby"));
        assertThat(run("quotes", "--index", index.toString(), "--about", "schaffen", "--format", "table")).isZero();
        assertThat(stdout()).contains("Angela Merkel (Bundeskanzlerin, CDU)").contains("Wir schaffen das");

        assertThat(run("speakers", "--index", index.toString(), "--format", "jsonl")).isZero();
        List<JsonNode> speakers = lines();
        assertThat(speakers.get(0).get("name").asText()).isEqualTo("John Kirby");
        assertThat(speakers.get(0).get("quotes").asInt()).isEqualTo(2);

        // Export: JSON Lines round-trips into a new index with the same ids.
        Path jsonl = dir.resolve("all.jsonl");
        assertThat(run("export", "--index", index.toString(), "--format", "jsonl", jsonl.toString())).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(3);
        Path copy = dir.resolve("copy");
        assertThat(run("ingest", "--index", copy.toString(), jsonl.toString())).isZero();
        try (NewsIndex a = NewsIndex.open(index, NewsIndex.Mode.READ); NewsIndex b = NewsIndex.open(copy, NewsIndex.Mode.READ)) {
            for (String line : Files.readAllLines(jsonl)) {
                String id = JSON.readTree(line).get("id").asText();
                assertThat(b.get(id).json()).isEqualTo(a.get(id).json());
            }
        }

        // Parquet and CSV, read back by DuckDB (an independent reader, as Spark or pandas would be).
        Path parquet = dir.resolve("all.parquet");
        Path csv = dir.resolve("all.csv");
        assertThat(run("export", "--index", index.toString(), "--format", "parquet", parquet.toString())).as(stderr()).isZero();
        assertThat(run("export", "--index", index.toString(), "--format", "csv", "--lang", "en", csv.toString())).as(stderr()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id), sum(len(quotes)) FROM read_parquet('" + parquet + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(3);
                assertThat(rs.getLong(3)).isEqualTo(3);
            }
            try (ResultSet rs = st.executeQuery("SELECT title, quotes[1].speaker.name, quotes[1].speaker.organization, authors[1], "
                    + "typeof(published_at), strftime(published_at, '%Y-%m-%d %H:%M'), len(text) > 100, cluster = id, duplicate_of IS NULL "
                    + "FROM read_parquet('" + parquet + "') WHERE site = 'example.com'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Pentagon says ISIS recruits children");
                assertThat(rs.getString(2)).isEqualTo("John Kirby");
                assertThat(rs.getString(3)).isEqualTo("US State Department");
                assertThat(rs.getString(4)).isEqualTo("Jane Reporter");
                assertThat(rs.getString(5)).isEqualTo("TIMESTAMP WITH TIME ZONE");
                assertThat(rs.getBoolean(7)).isTrue();
                assertThat(rs.getBoolean(8)).isTrue();
                assertThat(rs.getBoolean(9)).isTrue();
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), min(language), max(authors) FROM read_csv('" + csv + "', header = true)")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
                assertThat(rs.getString(2)).isEqualTo("en");
            }
        }
        assertThat(run("export", "--index", index.toString(), "--format", "parquet", "-")).isEqualTo(2);
        assertThat(run("export", "--index", index.toString(), "--format", "xml", "x")).isEqualTo(2);
    }

    @Test
    void ingestSaysWhichRecordsLostTheirAnalysisAndExitsOne() throws Exception {
        Record ok = TestRecords.record("https://example.com/a", "example.com", "Analysed", "2016-03-18", "en",
                TestRecords.body("analysed", 40), List.of(), List.of());
        Record plain = TestRecords.record("https://example.com/b", "example.com", "Not analysed", "2016-03-18", "en",
                TestRecords.body("plain", 40), List.of(), List.of());
        Record lost = new Record(plain.article(), org.dateline.analyze.Analysis.EMPTY,
                "analysis failed: IndexOutOfBoundsException: Index 2 out of bounds for length 2");
        Path jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, org.dateline.record.RecordJson.toJson(ok) + "\n"
                + org.dateline.record.RecordJson.toJson(lost) + "\n");
        assertThat(run("ingest", "--index", index.toString(), jsonl.toString())).isEqualTo(1);
        assertThat(stderr()).contains(plain.article().input() + ": analysis failed: IndexOutOfBoundsException")
                .contains("dateline ingest: 2 new, 0 updated, 0 duplicates, 0 unchanged, 0 failed, 1 without analysis");
    }

    @Test
    void recordsThatBreakTheSchemaAreRefusedWithTheirLineAndField() throws Exception {
        Record ok = TestRecords.record("https://example.com/a", "example.com", "A valid record", "2016-03-18", "en",
                TestRecords.body("valid", 40), List.of(TestRecords.quote("The group is desperate", "John Kirby",
                        "spokesman", "US State Department")), List.of());
        String good = org.dateline.record.RecordJson.toJson(ok);
        com.fasterxml.jackson.databind.node.ObjectNode badDate = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(good);
        badDate.put("published", "not a date").put("url", "https://example.com/b");
        com.fasterxml.jackson.databind.node.ObjectNode numberText = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(good);
        numberText.put("url", "https://example.com/c");
        ((com.fasterxml.jackson.databind.node.ObjectNode) numberText.get("quotes").get(0)).put("text", 42);
        com.fasterxml.jackson.databind.node.ObjectNode pastEnd = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(good);
        pastEnd.put("url", "https://example.com/d");
        ((com.fasterxml.jackson.databind.node.ObjectNode) pastEnd.get("quotes").get(0)).put("end", 1_000_000);
        com.fasterxml.jackson.databind.node.ObjectNode extra = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(good);
        extra.put("url", "https://example.com/e").put("headline", "x");
        Path jsonl = dir.resolve("mixed.jsonl");
        Files.writeString(jsonl, String.join("\n", "{}", badDate.toString(), numberText.toString(), pastEnd.toString(),
                extra.toString(), good) + "\n");

        assertThat(run("ingest", "--index", index.toString(), jsonl.toString())).isEqualTo(1);
        assertThat(stderr()).contains(jsonl + ":1: field input: ")
                .contains(jsonl + ":2: field published: ")
                .contains(jsonl + ":3: field quotes[0].text: ")
                .contains(jsonl + ":4: field quotes[0]: end 1000000 is past the end of text")
                .contains(jsonl + ":5: field headline: ")
                .contains("dateline ingest: 1 new, 0 updated, 0 duplicates, 0 unchanged, 5 failed");
        assertThat(stderr().lines().filter(l -> l.startsWith(jsonl.toString()))).hasSize(5);
        try (NewsIndex idx = NewsIndex.open(index, NewsIndex.Mode.READ)) {
            assertThat(idx.articleCount()).isEqualTo(1);
        }
        // An export of the index, with its own fields (id, cluster, duplicate_of), is valid input.
        Path export = dir.resolve("export.jsonl");
        assertThat(run("export", "--index", index.toString(), "--format", "jsonl", export.toString())).isZero();
        assertThat(run("ingest", "--index", dir.resolve("copy").toString(), export.toString())).as(stderr()).isZero();
    }

    @Test
    void feedsAndSitemapsAreRefusedWithAPointerToWatch() throws Exception {
        Path feeds = org.dateline.testing.SharedData.require("feeds");
        long files;
        try (var s = Files.list(feeds)) {
            files = s.count();
        }
        assertThat(run("extract", feeds.toString())).isEqualTo(1);
        assertThat(stderr().lines().filter(l -> l.contains("not an article page: use `dateline watch` to follow it")))
                .hasSize((int) files);
        assertThat(stderr()).contains("feed.json: this is a JSON Feed").contains("feed2.rss: this is an RSS feed")
                .contains("feed1.atom: this is an Atom feed").contains("sitemap2.xml: this is a sitemap index")
                .contains("sitemap.xml.gz: this is a sitemap,");
        assertThat(run("ingest", "--index", index.toString(), feeds.toString())).isEqualTo(1);
        assertThat(stderr()).contains("0 new, 0 updated, 0 duplicates, 0 unchanged, " + files + " failed");
        // The same on standard input: a JSON Feed is not taken for JSON Lines of records.
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(feeds.resolve("feed.json"))));
            assertThat(run("ingest", "--index", index.toString(), "-")).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
        assertThat(stderr()).contains("-: this is a JSON Feed, not an article page");
    }

    @Test
    void theIndexKeepsNoAbsolutePathOfTheMachineThatIngested() throws Exception {
        Path in = inputs().resolve("rt-2016-03-17-isis-child-jihadists.txt").toAbsolutePath();
        assertThat(run("ingest", "--index", index.toString(), "--no-analysis", in.toString())).isZero();
        assertThat(run("search", "--index", index.toString(), "--format", "jsonl", "jihadists")).isZero();
        String stored = lines().get(0).get("input").asText();
        assertThat(stored).doesNotStartWith("/").endsWith("rt-2016-03-17-isis-child-jihadists.txt");
        assertThat(Path.of("").toAbsolutePath().resolve(stored).normalize()).isEqualTo(in);
        assertThat(IngestCommand.storedInput("/a/b.warc.gz#urn:uuid:1f2e")).doesNotStartWith("/").endsWith("a/b.warc.gz#urn:uuid:1f2e");
        assertThat(IngestCommand.storedInput("pages/x.html")).isEqualTo("pages/x.html");
        assertThat(IngestCommand.storedInput("-")).isEqualTo("-");
        assertThat(IngestCommand.storedInput("https://example.com/a")).isEqualTo("https://example.com/a");
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() throws Exception {
        Path in = inputs();
        try (NewsIndex held = NewsIndex.open(index, NewsIndex.Mode.WRITE)) {
            assertThat(run("ingest", "--index", index.toString(), in.toString())).isEqualTo(2);
            assertThat(stderr().strip()).startsWith("dateline ingest: index " + index + " is in use by another writer")
                    .doesNotContain("\n").doesNotContain("Exception");
            // reading meanwhile is fine
            assertThat(run("search", "--index", index.toString(), "--format", "jsonl", "x")).isZero();
        }
        assertThat(run("search", "--index", dir.resolve("none").toString(), "x")).isEqualTo(2);
        assertThat(stderr()).startsWith("dateline search: no index at");
    }
}
