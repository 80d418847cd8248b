package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real {@code dateline extract} output validated against {@code docs/record.schema.json}: a field
 * added to the output without the schema (and docs/record.md) knowing it fails here.
 */
class RecordSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;

    @TempDir
    Path dir;

    private static Schema schema() throws IOException {
        Path file = Path.of("../docs/record.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(in));
        }
    }

    private List<JsonNode> run(String... args) throws IOException {
        out.reset();
        Main.run(args);
        List<JsonNode> recs = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                recs.add(JSON.readTree(line));
            }
        }
        return recs;
    }

    private static void assertValid(Schema schema, List<JsonNode> records) {
        assertThat(records).isNotEmpty();
        for (JsonNode r : records) {
            List<Error> errors = schema.validate(r);
            assertThat(errors).as("record of %s", r.path("input").asText()).isEmpty();
        }
    }

    @Test
    void seedWithAndWithoutAnalysisAndErrorRecordsMatchTheSchema() throws IOException {
        Schema schema = schema();
        Path seed = dir.resolve("rt.txt");
        try (InputStream in = getClass().getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            Files.copy(in, seed);
        }
        List<JsonNode> analysed = run("extract", seed.toString());
        assertValid(schema, analysed);
        assertThat(analysed.get(0).has("quotes")).isTrue();
        assertValid(schema, run("extract", "--no-analysis", seed.toString()));

        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        List<JsonNode> errors = run("extract", empty.toString(), dir.resolve("missing.html").toString());
        assertValid(schema, errors);
        assertThat(errors).allSatisfy(e -> assertThat(e.has("error")).isTrue());
    }

    @Test
    void devPagesAndWarcsMatchTheSchema() throws IOException {
        Schema schema = schema();
        List<String> inputs = new ArrayList<>(List.of("extract", "--no-analysis"));
        // Every tenth page of each dev set: many sites and languages, quickly.
        for (String set : List.of("metadata-dev/pages", "extraction-dev/pages", "dates-dev/pages")) {
            Path pages = SharedData.require(set);
            try (Stream<Path> files = Files.list(pages)) {
                List<Path> sorted = files.sorted().toList();
                for (int i = 0; i < sorted.size(); i += 10) {
                    inputs.add(sorted.get(i).toString());
                }
            }
        }
        inputs.add(SharedData.require("warc").toString());
        assertValid(schema, run(inputs.toArray(String[]::new)));
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() throws IOException {
        Schema schema = schema();
        assertThat(schema.validate(JSON.readTree("{\"input\":\"a\",\"error\":\"x\",\"extra\":1}"))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"input\":\"a\"}"))).isNotEmpty();
        String ok = "{\"input\":\"a\",\"url\":null,\"site\":null,\"title\":null,\"published\":\"2016-03-17T20:47\","
                + "\"modified\":null,\"authors\":[],\"language\":\"en\",\"description\":null,\"tags\":[],\"media\":[],"
                + "\"text\":\"\",\"related\":[]}";
        assertThat(schema.validate(JSON.readTree(ok))).isEmpty();
        assertThat(schema.validate(JSON.readTree(ok.replace("2016-03-17T20:47", "17 March 2016")))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree(ok.replace("\"media\":[]", "\"media\":[\"podcast\"]")))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree(ok.replace("\"related\":[]", "\"related\":[],\"new_field\":1")))).isNotEmpty();
    }
}
