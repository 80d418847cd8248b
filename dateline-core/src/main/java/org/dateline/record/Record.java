package org.dateline.record;

import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;

import java.util.Objects;

/**
 * One article as Dateline reports it: the extraction fields, the analysis fields, and, when the
 * analysis stage failed, a note saying so (extraction fields stay intact).
 *
 * @param article       the extraction half
 * @param analysis      the analysis half, or null when analysis was not run ({@code --no-analysis})
 * @param analysisError one-line reason when the analysis stage failed, else null
 */
public record Record(Article article, Analysis analysis, String analysisError) {

    public Record {
        Objects.requireNonNull(article, "article");
    }

    public static Record of(Article article) {
        return new Record(article, null, null);
    }
}
