package org.dateline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A quote as the index stores and prints it: the quote, its speaker, and the article it is from. */
final class QuoteJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private QuoteJson() {
    }

    static String of(Analysis.Quote q, String canonicalSpeaker, String articleId, Article a) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            g.writeStringField("kind", q.kind());
            org.dateline.record.RecordJson.writeSpeaker(g, q.speaker(), canonicalSpeaker);
            g.writeStringField("cue", q.cue());
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            org.dateline.record.RecordJson.writeSpans(g, q.spans());
            g.writeStringField("cue_type", q.cueType());
            g.writeStringField("article", articleId);
            g.writeStringField("title", a.title());
            g.writeStringField("site", a.site());
            g.writeStringField("published", a.published());
            g.writeStringField("url", a.url());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
