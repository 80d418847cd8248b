package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline delete} and {@code dateline reanalyze} on a small index of real pages. */
class MaintenanceCommandsTest {

    private static final String RT = "https://www.rt.com/news/336013-isis-child-soldiers/";
    private static final String COPY = "https://www.example.org/syndicated/isis-child-soldiers";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;
    Path index;
    Path rt;
    Path pages;

    private int run(String... args) {
        console.out.reset();
        console.err.reset();
        return Main.run(args);
    }

    private String stderr() {
        return console.err.toString(StandardCharsets.UTF_8);
    }

    private Path copy(String resource, Path to) throws IOException {
        try (InputStream s = getClass().getResourceAsStream(resource)) {
            Files.copy(s, to);
        }
        return to;
    }

    @BeforeEach
    void pages() throws IOException {
        index = dir.resolve("ix");
        rt = copy("/seed/rt-2016-03-17-isis-child-jihadists.txt", dir.resolve("rt.txt"));
        pages = Files.createDirectories(dir.resolve("pages"));
        for (String page : List.of("ninenews-2024-05-02-related.html", "timeslive-2025-05-22-widgets.html",
                "wordpress-blog-with-comments.html")) {
            copy("/htmltests/" + page, pages.resolve(page));
        }
    }

    /** id → the article's export line. */
    private Map<String, JsonNode> exported() throws IOException {
        assertThat(run("export", "--index", index.toString(), "--format", "jsonl", "-")).isZero();
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode n : console.records()) {
            m.put(n.get("id").asText(), n);
        }
        return m;
    }

    private void ingest(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "ingest";
        args[1] = "--index";
        args[2] = index.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        assertThat(run(args)).as(stderr()).isZero();
    }

    @Test
    void deleteByIdByQueryAndRefusals() throws Exception {
        ingest("--url", RT, rt.toString());
        ingest("--url", COPY, rt.toString());
        assertThat(stderr()).contains("0 new, 0 updated, 1 duplicates");
        ingest(pages.toString());
        Map<String, JsonNode> all = exported();
        assertThat(all).hasSize(5);
        JsonNode original = all.values().stream().filter(n -> n.get("url").asText().equals(RT)).findFirst().orElseThrow();
        JsonNode copy = all.values().stream().filter(n -> n.get("url").asText().equals(COPY)).findFirst().orElseThrow();
        assertThat(copy.get("duplicate_of").asText()).isEqualTo(original.get("id").asText());
        assertThat(run("quotes", "--index", index.toString(), "--format", "jsonl", "--limit", "1000")).isZero();
        int storyQuotes = console.records().size();
        assertThat(storyQuotes).isPositive();

        // Refused: nothing named; both ids and a query. Nothing is deleted.
        assertThat(run("delete", "--index", index.toString())).isEqualTo(2);
        assertThat(stderr()).contains("give the ids of the articles to delete, or --query QUERY (nothing deleted)");
        assertThat(run("delete", "--index", index.toString(), "--query", "epstein", original.get("id").asText())).isEqualTo(2);
        assertThat(exported()).hasSize(5);

        // By id: the story's first article goes, its copy takes its place; an unknown id is reported, exit 1.
        assertThat(run("delete", "--index", index.toString(), original.get("id").asText(), "u0000000000nosuchid")).isEqualTo(1);
        assertThat(stderr()).contains("dateline delete: no article u0000000000nosuchid in " + index)
                .contains("dateline delete: 1 articles deleted, 1 not found, 1 copies linked to a new first article (index "
                        + index + ": 4 articles)");
        Map<String, JsonNode> left = exported();
        assertThat(left).hasSize(4).doesNotContainKey(original.get("id").asText());
        JsonNode promoted = left.get(copy.get("id").asText());
        assertThat(promoted.get("duplicate_of").isNull()).isTrue();
        assertThat(promoted.get("cluster").asText()).isEqualTo(original.get("cluster").asText());
        assertThat(promoted.get("quotes")).isEqualTo(copy.get("quotes"));
        // The copy's quotes are listed now (a duplicate's are not): the story keeps its quotes.
        assertThat(run("quotes", "--index", index.toString(), "--format", "jsonl", "--limit", "1000")).isZero();
        assertThat(console.records()).hasSize(storyQuotes)
                .allMatch(q -> q.get("article").asText().equals(copy.get("id").asText()) || !q.get("site").asText().equals("example.org"));

        // By query: every matching article; a dry run first changes nothing.
        assertThat(run("delete", "--index", index.toString(), "--query", "epstein", "--dry-run")).isZero();
        assertThat(stderr()).contains("1 articles would be deleted (dry run; index " + index + ": 4 articles)");
        assertThat(exported()).hasSize(4);
        assertThat(run("delete", "--index", index.toString(), "--query", "epstein")).isZero();
        assertThat(stderr()).contains("dateline delete: 1 articles deleted (index " + index + ": 3 articles)");
        assertThat(run("search", "--index", index.toString(), "--format", "jsonl", "epstein")).isZero();
        assertThat(console.records()).isEmpty();
        assertThat(run("delete", "--index", dir.resolve("none").toString(), "x")).isEqualTo(2);
        assertThat(stderr()).startsWith("dateline delete: no index at");
        assertThat(dir.resolve("none")).doesNotExist();
        // Ingesting the deleted page again brings it back, as new.
        ingest(pages.toString());
        assertThat(stderr()).contains("1 new, 0 updated, 0 duplicates, 2 unchanged");
    }

    @Test
    void reanalyzeAddsTheAnalysisAnIngestWouldHaveMadeAndThenChangesNothing() throws Exception {
        // The same pages, once analysed on ingest, once without analysis (as an older or faster ingest left them).
        Path analysed = dir.resolve("analysed");
        assertThat(run("ingest", "--index", analysed.toString(), "--url", RT, rt.toString())).isZero();
        assertThat(run("ingest", "--index", analysed.toString(), pages.toString())).isZero();
        ingest("--no-analysis", "--url", RT, rt.toString());
        ingest("--no-analysis", pages.toString());
        Map<String, JsonNode> before = exported();
        assertThat(before).hasSize(4).allSatisfy((id, n) -> assertThat(n.has("quotes")).isFalse());

        assertThat(run("reanalyze", "--index", index.toString(), "--query", "epstein")).as(stderr()).isZero();
        assertThat(stderr()).contains("dateline reanalyze: 1 reanalysed, 0 unchanged, 0 failed (index " + index + ": 4 articles)");
        assertThat(run("reanalyze", "--index", index.toString())).as(stderr()).isZero();
        assertThat(stderr()).contains("dateline reanalyze: 3 reanalysed, 1 unchanged, 0 failed");

        Map<String, JsonNode> after = exported();
        Path saved = index;
        index = analysed;
        Map<String, JsonNode> reference = exported();
        index = saved;
        assertThat(after.keySet()).isEqualTo(before.keySet()).isEqualTo(reference.keySet());
        for (String id : after.keySet()) {
            JsonNode a = after.get(id);
            assertThat(a.get("quotes")).as(id).isEqualTo(reference.get(id).get("quotes"));
            assertThat(a.get("entities")).as(id).isEqualTo(reference.get(id).get("entities"));
            assertThat(a.get("text")).as(id).isEqualTo(before.get(id).get("text"));
            assertThat(a.get("cluster")).as(id).isEqualTo(before.get(id).get("cluster"));
        }
        assertThat(run("quotes", "--index", index.toString(), "--speaker", "Kirby", "--format", "jsonl")).isZero();
        assertThat(console.records()).isNotEmpty();

        assertThat(run("reanalyze", "--index", index.toString())).isZero();
        assertThat(stderr()).contains("dateline reanalyze: 0 reanalysed, 4 unchanged, 0 failed");
        assertThat(run("reanalyze", "--index", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("dateline reanalyze: no index at");
        assertThat(dir.resolve("missing")).doesNotExist();
        assertThat(run("reanalyze", "--index", index.toString(), "--query", "title:")).isEqualTo(2);
        assertThat(stderr()).startsWith("dateline reanalyze: ").doesNotContain("Exception");
    }
}
