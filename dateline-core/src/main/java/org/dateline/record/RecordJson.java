package org.dateline.record;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes records as JSON, field order as in the record contract ({@code docs/record.md}), and reads
 * them back ({@link #read(String)}). Thread-safe (the factory is immutable after construction).
 */
public final class RecordJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RecordJson() {
    }

    /** One record as a single JSON line (no trailing newline). */
    public static String toJson(Record record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A failure as {@code {"input": …, "error": …}}. */
    public static String toJson(Failure failure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("input", failure.input());
            g.writeStringField("error", failure.reason());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads one record from a JSON line as {@link #toJson(Record)} writes it (the inverse:
     * {@code read(toJson(r))} equals {@code r}). Fields the writer does not know (an index's
     * {@code id}, {@code cluster}, {@code duplicate_of}) are ignored. The analysis half is present
     * when any of its fields is.
     *
     * @throws org.dateline.DatelineException with a one-line reason when the line is not a record
     *         (malformed JSON, a failure line {@code {"input", "error"}}, a field of the wrong type)
     */
    public static Record read(String line) {
        return RecordReader.read(line);
    }

    public static void write(Writer writer, Record record) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(writer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(g, record);
        }
    }

    static void write(JsonGenerator g, Record r) throws IOException {
        Article a = r.article();
        g.writeStartObject();
        g.writeStringField("input", a.input());
        g.writeStringField("url", a.url());
        g.writeStringField("site", a.site());
        g.writeStringField("title", a.title());
        g.writeStringField("published", a.published());
        g.writeStringField("modified", a.modified());
        writeStrings(g, "authors", a.authors());
        g.writeStringField("language", a.language());
        g.writeStringField("description", a.description());
        writeStrings(g, "tags", a.tags());
        writeStrings(g, "media", a.media());
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("related");
        for (Article.Link l : a.related()) {
            g.writeStartObject();
            g.writeStringField("title", l.title());
            g.writeStringField("url", l.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        Analysis an = r.analysis();
        if (an != null) {
            writeAnalysis(g, an);
        }
        if (r.analysisError() != null) {
            g.writeStringField("analysis_error", r.analysisError());
        }
        g.writeEndObject();
    }

    /**
     * The {@code speaker} field of a quote as the record contract writes it (null when unknown),
     * with {@code name} given: the index writes its canonical form of the name there.
     */
    public static void writeSpeaker(JsonGenerator g, Analysis.Speaker s, String name) throws IOException {
        if (s == null) {
            g.writeNullField("speaker");
            return;
        }
        g.writeObjectFieldStart("speaker");
        g.writeStringField("mention", s.mention());
        g.writeStringField("name", name);
        g.writeStringField("role", s.role());
        g.writeStringField("organization", s.organization());
        g.writeStringField("type", s.type());
        g.writeEndObject();
    }

    /** {@code "spans": [{start, end}, …]}, as the record writes a quote's fragments (the index's quote documents too). */
    public static void writeSpans(JsonGenerator g, List<Analysis.Fragment> spans) throws IOException {
        g.writeArrayFieldStart("spans");
        for (Analysis.Fragment f : spans) {
            g.writeStartObject();
            g.writeNumberField("start", f.start());
            g.writeNumberField("end", f.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeAnalysis(JsonGenerator g, Analysis an) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Analysis.Quote q : an.quotes()) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            g.writeStringField("kind", q.kind());
            writeSpeaker(g, q.speaker(), q.speaker() == null ? null : q.speaker().name());
            g.writeStringField("cue", q.cue());
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            writeSpans(g, q.spans());
            if (q.cueType() != null) {
                g.writeStringField("cue_type", q.cueType());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (Analysis.Claim c : an.claims()) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            writeNumber(g, "value", c.value());
            g.writeStringField("qualifier", c.qualifier());
            g.writeStringField("unit", c.unit());
            g.writeStringField("source", c.source());
            g.writeStringField("time", c.time());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (Analysis.TimeExpression t : an.times()) {
            g.writeStartObject();
            g.writeStringField("text", t.text());
            g.writeStringField("value", t.value());
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (Analysis.Entity e : an.entities()) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeStringField("type", e.type());
            writeStrings(g, "aliases", e.aliases());
            g.writeNumberField("count", e.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeStrings(g, "unattributed", an.unattributed());
    }

    /** Whole numbers print without a fraction ({@code 9000}, not {@code 9000.0}). */
    private static void writeNumber(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(new SerializedString(field));
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
