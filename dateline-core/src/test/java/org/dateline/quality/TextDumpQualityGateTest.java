package org.dateline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.extract.Article;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Result;
import org.dateline.testing.SharedData;
import org.dateline.testing.TextDumps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text-dump extractor on other pages than the seed: every metadata-dev page turned into the
 * text a scraper would save (menus, share bars, cookie banners, footers and all, see
 * {@link TextDumps}), extracted with {@code --input-format text}, scored with the reference
 * metrics against the page's gold.
 */
@Tag("quality")
class TextDumpQualityGateTest {

    @Test
    void metadataDevAsTextDumps() throws IOException {
        gate("metadata-dev-text-dumps", 0);
    }

    /** The same dumps wrapped at 78 columns, as html2text gives them: joined back by HardWraps. */
    @Test
    void metadataDevAsWrappedTextDumps() throws IOException {
        gate("metadata-dev-wrapped-text-dumps", 78);
    }

    private static void gate(String floors, int wrap) throws IOException {
        Path set = SharedData.require("metadata-dev");
        ExtractionScorer scorer = new ExtractionScorer();
        Options options = Options.DEFAULTS.withAnalysis(false).withFormat(InputFormat.TEXT);
        for (JsonNode gold : DevSet.gold(set)) {
            Path file = set.resolve(gold.get("file").asText());
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String text = TextDumps.of(html);
            byte[] dump = (wrap > 0 ? TextDumps.wrapped(text, wrap) : text).getBytes(StandardCharsets.UTF_8);
            Result r = Dateline.process(new Page(file.getFileName().toString(), dump, null, null, null, InputFormat.TEXT), options);
            Article article = r instanceof Result.Extracted e ? e.record().article() : null;
            scorer.add(gold, article);
        }
        System.out.println(floors + ": " + scorer.summary());
        assertThat(scorer.bodyF1()).as("body F1").isGreaterThanOrEqualTo(DevSet.floor(floors + ".body_f1"));
        assertThat(scorer.title()).as("title").isGreaterThanOrEqualTo(DevSet.floor(floors + ".title"));
        assertThat(scorer.date()).as("date").isGreaterThanOrEqualTo(DevSet.floor(floors + ".date"));
        assertThat(scorer.authorsF1()).as("authors F1").isGreaterThanOrEqualTo(DevSet.floor(floors + ".authors_f1"));
    }
}
