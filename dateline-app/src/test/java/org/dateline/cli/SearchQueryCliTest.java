package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.analyze.Analysis;
import org.dateline.record.Record;
import org.dateline.store.Ids;
import org.dateline.store.NewsIndex;
import org.dateline.store.RealPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline search} with the query language's fields and errors, over an index of real pages. */
class SearchQueryCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;
    private String ix;
    private List<Record> records;

    @BeforeEach
    void index() {
        Path folder = dir.resolve("ix");
        try (NewsIndex idx = NewsIndex.open(folder, NewsIndex.Mode.WRITE)) {
            records = RealPages.fill(idx);
        }
        ix = folder.toString();
    }

    private int run(String... args) {
        console.out.reset();
        console.err.reset();
        return Main.run(args);
    }

    private List<String> ids(String... query) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--index", ix, "--format", "jsonl", "--limit", "50", "--all"));
        args.addAll(Arrays.asList(query));
        assertThat(run(args.toArray(String[]::new))).as(String.join(" ", query) + ": " + stderr()).isZero();
        List<String> ids = new ArrayList<>();
        for (String line : console.out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                ids.add(n.get("id").asText());
            }
        }
        return ids;
    }

    private String stderr() {
        return console.err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badQueriesExitTwoWithOneSentence() {
        assertThat(run("search", "--index", ix, "isis \"child")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("dateline search: unbalanced quote at character 6 of the query (a phrase needs a closing quote)"
                + System.lineSeparator());
        assertThat(console.out.size()).isZero();
        assertThat(run("search", "--index", ix, "isis", "OR")).isEqualTo(2);
        assertThat(stderr()).startsWith("dateline search: the query ends too early: something must follow \"OR\" at character 6")
                .doesNotContain("Encountered").doesNotContain("<EOF>");
        assertThat(run("search", "--index", ix, "--lang", "english", "isis")).isEqualTo(2);
        assertThat(stderr()).contains("languages are ISO 639-1 codes like en");
        assertThat(run("search", "--index", ix, "--format", "table", "--site", "no-such-outlet.example", "isis")).isZero();
        assertThat(console.out.toString(StandardCharsets.UTF_8)).contains("0 articles");
    }

    @Test
    void urlQuoteNegationAndTypographicQuotes() throws IOException {
        Record rt = records.get(0);
        String rtId = Ids.id(rt);
        assertThat(ids("url:https://www.rt.com/news/336013-isis-child-soldiers/")).containsExactly(rtId);
        assertThat(ids("url:http://rt.com/news/336013-isis-child-soldiers?utm_medium=social")).containsExactly(rtId);
        assertThat(ids("url:https://example.com/a/b")).isEmpty();

        String quote = rt.analysis().quotes().stream().filter(q -> !"term".equals(q.kind())).map(Analysis.Quote::text)
                .findFirst().orElseThrow();
        String word = Arrays.stream(quote.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(ids("quote:" + word)).contains(rtId);

        List<String> all = ids();
        List<String> isis = ids("isis");
        assertThat(ids("--", "-isis")).hasSize(all.size() - isis.size()).doesNotContainAnyElementsOf(isis);
        assertThat(ids("\u201Echild jihadists\u201C")).containsExactly(rtId);
        assertThat(ids("\u201Ejihadists child\u201C")).isEmpty();
    }
}
