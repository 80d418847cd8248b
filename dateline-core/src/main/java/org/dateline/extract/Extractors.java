package org.dateline.extract;

import org.dateline.extract.html.HtmlExtractor;
import org.dateline.extract.text.BodyExtractor;
import org.dateline.extract.text.TextDumpExtractor;
import org.dateline.page.InputFormat;

/** The extractor for each input format. The extractors are immutable and shared. */
public final class Extractors {

    private static final Extractor HTML = new HtmlExtractor();
    private static final Extractor TEXT = new TextDumpExtractor();
    private static final Extractor BODY = new BodyExtractor();

    private Extractors() {
    }

    public static Extractor forFormat(InputFormat format) {
        return switch (format) {
            case HTML -> HTML;
            case TEXT -> TEXT;
            case BODY -> BODY;
            case AUTO, WARC -> throw new IllegalArgumentException("no single-page extractor for " + format);
        };
    }
}
