package org.dateline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.analyze.Analysis;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Result;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality gate for quotations and speakers: the analyzer over quotes-dev (English, PolNeAR) and
 * quotes-dev-de (German), read as {@code dateline extract --input-format body} reads them, scored
 * with {@link QuoteScorer} against the floors in {@code quality-floors.properties}; and the seed's
 * hand-made gold, element by element.
 */
@Tag("quality")
class QuoteQualityGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs the analyzer over a dev set; writes the predictions as JSON Lines for the reference scorer. */
    private static QuoteScorer score(Path set, Path predictions) throws IOException {
        QuoteScorer scorer = new QuoteScorer();
        QuoteScorer tune = new QuoteScorer();
        QuoteScorer check = new QuoteScorer();
        QuoteScorer speechOnly = new QuoteScorer();
        Options options = Options.DEFAULTS.withFormat(InputFormat.BODY);
        try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (JsonNode gold : DevSet.gold(set)) {
                String id = gold.get("id").asText();
                Path file = set.resolve(id + ".txt");
                List<Analysis.Quote> quotes = null;
                String body = "";
                if (Files.exists(file)) {
                    Result r = Dateline.process(Page.of(file.getFileName().toString(), Files.readAllBytes(file), null),
                            options);
                    if (r instanceof Result.Extracted e && e.record().analysis() != null) {
                        quotes = e.record().analysis().quotes();
                        body = e.record().article().text();
                    }
                }
                scorer.add(gold, quotes, body);
                speechOnly.add(gold, quotes == null ? null : quotes.stream().filter(q -> !Analysis.CUE_EVIDENCE.equals(q.cueType())
                        && !Analysis.CUE_ACTION.equals(q.cueType())).toList(), body);
                (DevSet.tune(id + ".txt") ? tune : check).add(gold, quotes, body);
                out.write(JSON.writeValueAsString(predictionRow(id, quotes, body)));
                out.newLine();
            }
        }
        System.out.println(set.getFileName() + ":\n" + scorer.table() + "all:    " + scorer.summary("all")
                + "\ndirect: " + scorer.summary("direct"));
        System.out.println(set.getFileName() + " tune:  all " + tune.summary("all") + " | direct " + tune.summary("direct"));
        System.out.println(set.getFileName() + " check: all " + check.summary("all") + " | direct " + check.summary("direct"));
        // The annotation conventions differ on findings and acts ("the study found", "he denied"):
        // the same predictions without evidence and action cues, for comparison (not gated).
        System.out.println(set.getFileName() + " without evidence/action cues: all " + speechOnly.summary("all")
                + " | direct " + speechOnly.summary("direct"));
        return scorer;
    }

    private static ObjectNode predictionRow(String id, List<Analysis.Quote> quotes, String body) {
        ObjectNode row = JSON.createObjectNode();
        row.put("id", id);
        row.put("text", body);
        ArrayNode qs = row.putArray("quotes");
        for (Analysis.Quote q : quotes == null ? List.<Analysis.Quote>of() : quotes) {
            ObjectNode o = qs.addObject();
            o.put("text", q.text());
            o.put("kind", q.kind());
            ArrayNode spans = o.putArray("spans");
            for (Analysis.Fragment f : q.spans()) {
                spans.addObject().put("start", f.start()).put("end", f.end());
            }
            if (q.speaker() != null) {
                ObjectNode s = o.putObject("speaker");
                s.put("mention", q.speaker().mention());
                s.put("name", q.speaker().name());
            } else {
                o.putNull("speaker");
            }
        }
        return row;
    }

    /**
     * The Java port must print what the reference scorer prints. Checked when python3 and the
     * scorer are there; skipped with a printed reason otherwise.
     */
    private static void sameAsReferenceScorer(Path set, Path predictions, QuoteScorer scorer)
            throws IOException, InterruptedException {
        Path root = SharedData.root();
        Path script = root == null ? null : root.resolve("eval/score_quotes.py");
        if (script == null || !Files.exists(script)) {
            System.out.println("skipped comparison with score_quotes.py: the scorer is not present");
            return;
        }
        for (String subset : new String[]{"all", "direct"}) {
            Process p;
            try {
                p = new ProcessBuilder("python3", script.toString(), set.resolve("gold.jsonl").toString(),
                        predictions.toString(), "--subset", subset).redirectErrorStream(true).start();
            } catch (IOException e) {
                System.out.println("skipped comparison with score_quotes.py: python3 is not available");
                return;
            }
            String output;
            try (InputStream in = p.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("score_quotes.py failed on " + set + ":\n" + output);
            }
            String[] lines = output.strip().split("\n");
            assertThat(scorer.summary(subset)).as("Java port vs score_quotes.py on %s, %s", set.getFileName(), subset)
                    .isEqualTo(lines[lines.length - 1].strip());
        }
    }

    private static void gate(String name) throws IOException, InterruptedException {
        Path set = SharedData.require(name);
        Path predictions = Files.createTempFile("dateline-" + name, ".jsonl");
        try {
            QuoteScorer s = score(set, predictions);
            sameAsReferenceScorer(set, predictions, s);
            assertThat(s.f1("all", 0.3)).as(name + " all F1@0.3").isGreaterThanOrEqualTo(DevSet.floor(name + ".all_f1"));
            assertThat(s.e2eF1("all", 0.3)).as(name + " all e2e F1").isGreaterThanOrEqualTo(DevSet.floor(name + ".all_e2e"));
            assertThat(s.f1("direct", 0.3)).as(name + " direct F1@0.3")
                    .isGreaterThanOrEqualTo(DevSet.floor(name + ".direct_f1"));
            assertThat(s.e2eF1("direct", 0.3)).as(name + " direct e2e F1")
                    .isGreaterThanOrEqualTo(DevSet.floor(name + ".direct_e2e"));
        } finally {
            Files.deleteIfExists(predictions);
        }
    }

    @Test
    void quotesDevEnglish() throws IOException, InterruptedException {
        gate("quotes-dev");
    }

    @Test
    void quotesDevGerman() throws IOException, InterruptedException {
        gate("quotes-dev-de");
    }

    // ---- the seed ------------------------------------------------------------------------------

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = QuoteQualityGateTest.class.getResourceAsStream("/seed/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<Analysis.Quote> seedQuotes() throws IOException {
        Result r = Dateline.process(Page.of("rt-2016-03-17-isis-child-jihadists.txt",
                resource("rt-2016-03-17-isis-child-jihadists.txt"), null), Options.DEFAULTS.withFormat(InputFormat.TEXT));
        assertThat(r).isInstanceOf(Result.Extracted.class);
        return ((Result.Extracted) r).record().analysis().quotes();
    }

    /** The share of the expected text's words that the quote's text holds (the scorer's coverage). */
    private static double coverage(String expected, String got) {
        List<String> e = QuoteScorer.tokens(expected);
        List<String> t = new ArrayList<>(QuoteScorer.tokens(got));
        int hit = 0;
        for (String w : e) {
            if (t.remove(w)) {
                hit++;
            }
        }
        return e.isEmpty() ? 0 : (double) hit / e.size();
    }

    private static Analysis.Quote best(List<Analysis.Quote> quotes, String expected, boolean speech) {
        Analysis.Quote best = null;
        double cov = 0;
        for (Analysis.Quote q : quotes) {
            if (speech == "term".equals(q.kind())) {
                continue;
            }
            double c = coverage(expected, q.text());
            if (c > cov || c == cov && best != null && q.text().length() < best.text().length()) {
                cov = c;
                best = q;
            }
        }
        return cov >= 0.8 ? best : null;
    }

    @Test
    void seedQuotationsAndSpeakers() throws IOException {
        JsonNode gold = JSON.readTree(resource("expected.json"));
        List<Analysis.Quote> quotes = seedQuotes();
        for (JsonNode e : gold.get("quotes")) {
            String text = e.get("text").asText();
            Analysis.Quote q = best(quotes.stream().filter(x -> !"indirect".equals(x.kind())).toList(), text, true);
            assertThat(q).as("quotation %s", text).isNotNull();
            assertThat(q.cue()).as("cue of %s", text).isEqualToIgnoringCase(e.get("cue").asText());
            if (e.hasNonNull("kind")) {
                assertThat(q.kind()).as("kind of %s", text).isEqualTo(e.get("kind").asText());
            }
            assertThat(q.speaker()).as("speaker of %s", text).isNotNull();
            if (e.hasNonNull("speaker")) {
                assertThat(q.speaker().name()).as("speaker of %s", text).isEqualTo(e.get("speaker").asText());
            } else {
                assertThat(q.speaker().name()).as("unnamed speaker of %s", text).isNull();
            }
            if (e.hasNonNull("mention")) {
                assertThat(q.speaker().mention()).as("mention of %s", text).isEqualTo(e.get("mention").asText());
            }
            if (e.hasNonNull("role")) {
                assertThat(q.speaker().role()).as("role of %s", text).isEqualTo(e.get("role").asText());
            }
            if (e.hasNonNull("organization")) {
                assertThat(q.speaker().organization()).as("organization of %s", text)
                        .isEqualTo(e.get("organization").asText());
            }
            assertThat(q.start()).isLessThan(q.end());
        }
    }

    @Test
    void seedTitlesScareQuotesAndNicknamesAreNotSpeech() throws IOException {
        JsonNode gold = JSON.readTree(resource("expected.json"));
        List<Analysis.Quote> quotes = seedQuotes();
        for (JsonNode n : gold.get("not_quotes")) {
            for (Analysis.Quote q : quotes) {
                if (!"term".equals(q.kind()) && !"indirect".equals(q.kind())) {
                    assertThat(q.text().strip()).as("not a quotation").isNotEqualToIgnoringCase(n.asText());
                }
            }
        }
    }

    @Test
    void seedReportedSpeechIsIndirect() throws IOException {
        JsonNode gold = JSON.readTree(resource("expected.json"));
        List<Analysis.Quote> quotes = seedQuotes();
        for (JsonNode a : gold.get("attributions")) {
            String content = a.get("content").asText();
            Analysis.Quote q = best(quotes.stream().filter(x -> "indirect".equals(x.kind())).toList(), content, true);
            assertThat(q).as("reported speech %s", content).isNotNull();
            assertThat(q.cue().toLowerCase(Locale.ROOT)).isEqualTo(a.get("cue").asText().toLowerCase(Locale.ROOT));
            String source = a.get("source").asText().toLowerCase(Locale.ROOT);
            String mention = q.speaker().mention().toLowerCase(Locale.ROOT);
            assertThat(source.contains(mention) || mention.contains(source) || source.startsWith(mention.split(" ")[0]))
                    .as("source %s vs %s", source, mention).isTrue();
        }
    }
}
