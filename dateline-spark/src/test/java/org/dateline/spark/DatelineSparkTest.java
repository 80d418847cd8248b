package org.dateline.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.record.Failure;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.source.Sources;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in Spark's local mode (two executor threads), with dateline-core on the class path as a
 * cluster has it: core's "relocated" jar (its Jackson inside) next to Spark's own Jackson, Hadoop's
 * file systems reading the inputs, rows written by Spark's Parquet and JSON writers and read back.
 */
// A mismatched jar on Spark's class path shows as a hang (a pool thread dies, its future never
// completes), not as an error: a bound turns it into a failure. Each test takes 1-10 s.
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DatelineSparkTest {

    private static final Path FIXTURE = Path.of("src/test/resources/warc/voanews-2024-04-28-child-care.warc.gz");
    private static final String TITLE = "America's child care crisis is holding back moms without college degrees";

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        long t0 = System.nanoTime();
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("dateline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        System.out.printf("Spark %s local[2] started in %d ms%n", spark.version(), (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What core gives for one input read in-process, keyed by input: the reference for the job's rows. */
    private static Map<String, Object> direct(String name, Path file, Options options) throws IOException {
        Map<String, Object> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); Sources s = Sources.ofStream(name, in, options)) {
            while (s.hasNext()) {
                Item item = s.next();
                if (item instanceof Item.PageItem p) {
                    Result r = Dateline.process(p.page(), options);
                    out.put(r.input(), r instanceof Result.Extracted e ? e.record() : ((Result.Rejected) r).failure());
                } else if (item instanceof Item.FailedItem f) {
                    out.put(f.failure().input(), f.failure());
                }
            }
        }
        return out;
    }

    private static Path clip(Path whole, Path to) throws IOException {
        byte[] b = Files.readAllBytes(whole);
        // Half-way through the file is inside the response record's gzip body (2 KB request and
        // revisit records around a 14 KB response).
        return Files.write(to, Arrays.copyOf(b, b.length / 2));
    }

    private static String uri(Path p) {
        return p.toAbsolutePath().toUri().toString().replaceFirst("^file:///", "file:/");
    }

    @Test
    void bundledWarcGivesItsArticleWithQuotesAndAClippedCopyAndAnUnlistableInputGiveErrorRows() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path warc = Files.copy(FIXTURE, in.resolve("voa.warc.gz"));
        Path clipped = clip(FIXTURE, in.resolve("voa-clipped.warc.gz"));
        Path out = dir.resolve("out");

        DatelineJob.Args args = DatelineJob.Args.parse("--input", in.toString(), "--input", "nosuch://bucket/x/",
                "--output", out.toString(), "--format", "parquet");
        Counters counters = DatelineJob.run(spark, args);
        assertThat(counters.summary()).isEqualTo("1 records, 2 failed, 1 skipped");

        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(r -> "nosuch://bucket/x/".equals(r.getAs("input"))).singleElement()
                .satisfies(r -> assertThat(r.<String>getAs("error")).startsWith("cannot list: "));
        Row article = rows.stream().filter(r -> r.isNullAt(r.fieldIndex("error"))).findFirst().orElseThrow();
        assertThat(article.<String>getAs("input")).startsWith(uri(warc) + "#urn:uuid:");
        assertThat(article.<String>getAs("url")).startsWith("https://www.voanews.com/a/");
        assertThat(article.<String>getAs("site")).isEqualTo("voanews.com");
        assertThat(article.<String>getAs("title")).isEqualTo(TITLE);
        assertThat(article.<String>getAs("published")).startsWith("2024-04-28");
        assertThat(article.<String>getAs("language")).isEqualTo("en");
        assertThat(article.<String>getAs("text")).contains("Nicole Slemp finally landed one she loved")
                .doesNotContain("<p>");
        List<Row> quotes = article.getList(article.fieldIndex("quotes"));
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.<String>getAs("kind")).isEqualTo("direct");
            assertThat(q.<String>getAs("text")).isEqualTo("I really didn't want to quit my job");
            Row speaker = q.getAs("speaker");
            assertThat(speaker.<String>getAs("name")).isEqualTo("Nicole Slemp");
            assertThat(speaker.<String>getAs("type")).isEqualTo("person");
        });
        // Offsets point into the row's own text, as in the JSON record.
        String text = article.getAs("text");
        for (Row q : quotes) {
            int start = q.getAs("start");
            int end = q.getAs("end");
            assertThat(text.substring(start, end)).isNotBlank();
            List<Row> spans = q.getList(q.fieldIndex("spans"));
            assertThat(spans).isNotEmpty().allSatisfy(f -> {
                int from = f.getAs("start");
                int to = f.getAs("end");
                assertThat(from).isBetween(start, to);
                assertThat(to).isBetween(from, end);
                assertThat(q.<String>getAs("text")).contains(text.substring(from, to).strip());
            });
        }
        assertThat(article.getList(article.fieldIndex("claims"))).isNotEmpty();
        assertThat(article.getList(article.fieldIndex("entities"))).extracting(e -> ((Row) e).<String>getAs("name"))
                .contains("Nicole Slemp", "Jessica Calarco");

        // The cut file: the error core gives for it, naming the file and where it broke.
        Failure cut = (Failure) direct(uri(clipped), clipped, Options.DEFAULTS).values().stream()
                .filter(v -> v instanceof Failure).findFirst().orElseThrow();
        Row error = rows.stream().filter(r -> r.<String>getAs("input").startsWith(uri(clipped))).findFirst()
                .orElseThrow();
        assertThat(error.<String>getAs("input")).isEqualTo(cut.input());
        assertThat(error.<String>getAs("error")).isEqualTo(cut.reason()).contains("WARC cut or corrupt");
        for (String field : List.of("title", "text", "quotes", "url")) {
            assertThat(error.isNullAt(error.fieldIndex(field))).as(field).isTrue();
        }
    }

    @Test
    void jsonLinesAreTheRecordsCoreMakesAndFailuresAreInputAndErrorOnly() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path warc = Files.copy(FIXTURE, in.resolve("voa.warc.gz"));
        Path clipped = clip(FIXTURE, in.resolve("voa-clipped.warc.gz"));
        Path out = dir.resolve("out");
        Options options = Options.DEFAULTS;

        Counters counters = Counters.register(spark.sparkContext());
        DatelineSpark.write(spark, List.of(in.toString()), options, counters, out.toString(),
                DatelineSpark.Format.JSONL, false);

        // Core in-process, as `dateline extract` prints it: the job's lines are the same lines.
        List<String> expected = new ArrayList<>();
        for (Object o : direct(uri(warc), warc, options).values()) {
            expected.add(o instanceof Record r ? RecordJson.toJson(r) : RecordJson.toJson((Failure) o));
        }
        for (Object o : direct(uri(clipped), clipped, options).values()) {
            expected.add(o instanceof Record r ? RecordJson.toJson(r) : RecordJson.toJson((Failure) o));
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSize(2).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(counters.summary()).isEqualTo("1 records, 1 failed, 1 skipped");
        // Every extraction field is present, null or not; an error record is input and error only.
        String article = lines.stream().filter(l -> !l.contains("\"error\":")).findFirst().orElseThrow();
        for (String field : RecordRows.SCHEMA.fieldNames()) {
            if (!field.equals("error") && !field.equals("analysis_error")) {
                assertThat(article).contains("\"" + field + "\":");
            }
        }
        String error = lines.stream().filter(l -> l.contains("\"error\":")).findFirst().orElseThrow();
        assertThat(error).matches("\\{\"input\":\"[^\"]+\",\"error\":\"[^\"]+\"\\}");
    }

    @Test
    void foldersOfPagesGiveRecordsAndEachBadInputAnErrorRow() throws IOException {
        Path in = Files.createDirectories(dir.resolve("pages"));
        Path sub = Files.createDirectories(in.resolve("2016"));
        Files.copy(Path.of("../samples/rt-2016-03-17-isis-child-jihadists.txt"), sub.resolve("rt.txt"));
        Files.write(in.resolve("empty.html"), new byte[0]);
        Files.write(in.resolve("binary.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0});
        Files.writeString(in.resolve(".hidden.html"), "<p>left out</p>");
        Files.writeString(in.resolve("_SUCCESS"), "");
        String missing = dir.resolve("no-such-dir").toString();
        Path out = dir.resolve("out");

        String unknownScheme = "nosuch://bucket/pages/";
        DatelineJob.Args args = DatelineJob.Args.parse("--input", in.toString(), "--input", missing,
                "--input", unknownScheme, "--output", out.toString(), "--format", "jsonl", "--no-analysis");
        Counters counters = DatelineJob.run(spark, args);
        assertThat(counters.summary()).isEqualTo("1 records, 4 failed, 0 skipped");

        Map<String, Row> byInput = new HashMap<>();
        for (Row r : spark.read().schema(RecordRows.SCHEMA).json(out.toString()).collectAsList()) {
            byInput.put(r.getAs("input"), r);
        }
        assertThat(byInput).containsOnlyKeys(uri(sub.resolve("rt.txt")), uri(in.resolve("empty.html")),
                uri(in.resolve("binary.html")), missing, unknownScheme);
        Row rt = byInput.get(uri(sub.resolve("rt.txt")));
        assertThat(rt.<String>getAs("title"))
                .isEqualTo("ISIS increasingly relies on child jihadists amid mass losses and desertion (VIDEO)");
        assertThat(rt.<String>getAs("text")).startsWith("Islamic State tries to fill up its dramatically dwindling ranks");
        assertThat(rt.isNullAt(rt.fieldIndex("quotes"))).as("--no-analysis leaves the analysis out").isTrue();
        assertThat(byInput.get(uri(in.resolve("empty.html"))).<String>getAs("error")).isEqualTo("empty input");
        assertThat(byInput.get(uri(in.resolve("binary.html"))).<String>getAs("error")).contains("binary content");
        assertThat(byInput.get(missing).<String>getAs("error")).isEqualTo("no such file");
        assertThat(byInput.get(unknownScheme).<String>getAs("error")).startsWith("cannot list: ").contains("nosuch");
    }

    @Test
    void sharedWarcsGiveTheRecordsCoreGivesWithTitlesAndBodies() throws IOException {
        Path warcs = SharedData.require("warc");
        Path out = dir.resolve("out");
        Options options = Options.DEFAULTS;
        String glob = warcs.toAbsolutePath() + "/*.warc.gz";

        Counters counters = Counters.register(spark.sparkContext());
        DatelineSpark.writeParquet(DatelineSpark.records(spark, List.of(glob), options, counters), out.toString(),
                false);
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();

        Map<String, Object> expected = new HashMap<>();
        try (Stream<Path> files = Files.list(warcs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".warc.gz")).toList()) {
                expected.putAll(direct(uri(f), f, options));
            }
        }
        assertThat(rows).hasSize(expected.size());
        int articles = 0;
        int spansSeen = 0;
        for (Row row : rows) {
            Object want = expected.get(row.<String>getAs("input"));
            assertThat(want).as(row.<String>getAs("input")).isNotNull();
            if (want instanceof Failure f) {
                assertThat(row.<String>getAs("error")).isEqualTo(f.reason());
                continue;
            }
            Record r = (Record) want;
            articles++;
            assertThat(row.isNullAt(row.fieldIndex("error"))).isTrue();
            assertThat(row.<String>getAs("url")).isEqualTo(r.article().url()).startsWith("http");
            assertThat(row.<String>getAs("title")).isEqualTo(r.article().title());
            assertThat(row.<String>getAs("text")).isEqualTo(r.article().text());
            List<Row> quotes = row.getList(row.fieldIndex("quotes"));
            assertThat(quotes).hasSameSizeAs(r.analysis().quotes());
            for (int i = 0; i < quotes.size(); i++) {
                List<Row> spans = quotes.get(i).getList(quotes.get(i).fieldIndex("spans"));
                assertThat(spans).as("spans of quote %d of %s", i, r.article().input())
                        .extracting(f -> new org.dateline.analyze.Analysis.Fragment(f.<Integer>getAs("start"), f.<Integer>getAs("end")))
                        .containsExactlyElementsOf(r.analysis().quotes().get(i).spans());
                spansSeen += spans.size();
                assertThat(quotes.get(i).<String>getAs("cue_type")).isEqualTo(r.analysis().quotes().get(i).cueType());
            }
            assertThat(row.getList(row.fieldIndex("entities"))).hasSameSizeAs(r.analysis().entities());
        }
        assertThat(articles).isGreaterThanOrEqualTo(11);
        assertThat(spansSeen).isPositive();
        assertThat(rows).filteredOn(r -> !r.isNullAt(r.fieldIndex("title"))).hasSizeGreaterThanOrEqualTo(articles * 9 / 10);
        assertThat(rows).filteredOn(r -> r.<String>getAs("text") != null && r.<String>getAs("text").length() > 200)
                .hasSizeGreaterThanOrEqualTo(articles / 2);
        // clipped.warc.gz: one record cut short, one error row naming it.
        assertThat(rows).filteredOn(r -> r.<String>getAs("input").contains("clipped.warc.gz"))
                .singleElement().satisfies(r -> assertThat(r.<String>getAs("error")).isNotBlank());
        assertThat(counters.records()).isEqualTo(articles);
        assertThat(counters.failed()).isEqualTo(rows.size() - articles);
    }

    @Test
    void sparkKeepsItsJacksonAndCoreUsesItsOwnRelocatedCopy() throws ReflectiveOperationException {
        // Spark's classes resolve com.fasterxml.jackson to Spark's own version (jackson-module-scala
        // refuses any other minor version); core's writer runs on the relocated copy it carries.
        Object sparkJackson = Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);
        Object coreJackson = Class.forName("org.dateline.shaded.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);
        System.out.printf("Jackson: Spark's %s, core's (relocated) %s%n", sparkJackson, coreJackson);
        assertThat(sparkJackson.toString()).startsWith(spark.version().startsWith("4.1") ? "2.21." : "2.");
        assertThat(RecordJson.class.getClassLoader().getResource(
                "org/dateline/shaded/jackson/databind/ObjectMapper.class")).isNotNull();
        assertThat(RecordJson.class.getProtectionDomain().getCodeSource().getLocation().toString()).contains("relocated");
    }
}
