package org.dateline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.extract.Article;
import org.dateline.page.Page;
import org.dateline.record.Result;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality gate for extraction: the dev sets of ../shared/data scored with the reference
 * scorer's metrics, against the floors in {@code quality-floors.properties}.
 */
@Tag("quality")
class ExtractionQualityGateTest {

    private static ExtractionScorer score(Path set) throws IOException {
        ExtractionScorer scorer = new ExtractionScorer();
        ExtractionScorer tune = new ExtractionScorer();
        ExtractionScorer check = new ExtractionScorer();
        Options options = Options.DEFAULTS.withAnalysis(false);
        for (JsonNode gold : DevSet.gold(set)) {
            Path file = set.resolve(gold.get("file").asText());
            Article article = null;
            if (Files.exists(file)) {
                Result r = Dateline.process(Page.of(file.getFileName().toString(), Files.readAllBytes(file), null), options);
                if (r instanceof Result.Extracted e) {
                    article = e.record().article();
                }
            }
            scorer.add(gold, article);
            (DevSet.tune(gold.get("file").asText()) ? tune : check).add(gold, article);
        }
        System.out.println(set.getFileName() + ": " + scorer.summary());
        System.out.println(set.getFileName() + " tune:  " + tune.summary());
        System.out.println(set.getFileName() + " check: " + check.summary());
        return scorer;
    }

    @Test
    void extractionDev() throws IOException {
        ExtractionScorer s = score(SharedData.require("extraction-dev"));
        assertThat(s.segmentsF1()).as("extraction-dev segments F1").isGreaterThanOrEqualTo(DevSet.floor("extraction-dev.segments_f1"));
        assertThat(s.title()).as("extraction-dev title").isGreaterThanOrEqualTo(DevSet.floor("extraction-dev.title"));
        assertThat(s.date()).as("extraction-dev date").isGreaterThanOrEqualTo(DevSet.floor("extraction-dev.date"));
        assertThat(s.authorsF1()).as("extraction-dev authors F1").isGreaterThanOrEqualTo(DevSet.floor("extraction-dev.authors_f1"));
    }

    @Test
    void metadataDev() throws IOException {
        ExtractionScorer s = score(SharedData.require("metadata-dev"));
        assertThat(s.bodyF1()).as("metadata-dev body F1").isGreaterThanOrEqualTo(DevSet.floor("metadata-dev.body_f1"));
        assertThat(s.title()).as("metadata-dev title").isGreaterThanOrEqualTo(DevSet.floor("metadata-dev.title"));
        assertThat(s.authorsF1()).as("metadata-dev authors F1").isGreaterThanOrEqualTo(DevSet.floor("metadata-dev.authors_f1"));
        assertThat(s.date()).as("metadata-dev date").isGreaterThanOrEqualTo(DevSet.floor("metadata-dev.date"));
    }

    @Test
    void datesDev() throws IOException {
        ExtractionScorer s = score(SharedData.require("dates-dev"));
        assertThat(s.date()).as("dates-dev date").isGreaterThanOrEqualTo(DevSet.floor("dates-dev.date"));
    }
}
