package org.dateline.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.dateline.analyze.Analysis;
import org.dateline.store.NewsIndex;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per quote, flat, for a spreadsheet: the article it is from, who said it (the resolved
 * name, the mention as written, role, organisation), how (kind, cue, cue type), what (text, offsets and the
 * spans of each quoted fragment). The same columns in CSV, JSON Lines and Parquet.
 */
public abstract class QuoteExport implements Closeable {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("article", "cluster", "duplicate_of", "site", "published",
            "title", "url", "speaker", "speaker_mention", "speaker_type", "role", "organization", "kind", "cue",
            "cue_type", "text", "start", "end", "spans");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A quote as a row. {@code speaker} is the resolved name (null when the speaker is known only by the mention). */
    public record Row(String article, String cluster, String duplicateOf, String site, String published, String title,
                      String url, String speaker, String speakerMention, String speakerType, String role,
                      String organization, String kind, String cue, String cueType, String text, int start, int end,
                      List<Analysis.Fragment> spans) {

        static Row of(NewsIndex.ExportedQuote q) throws IOException {
            JsonNode n = JSON.readTree(q.json());
            JsonNode s = n.get("speaker");
            boolean hasSpeaker = s != null && s.isObject();
            List<Analysis.Fragment> spans = new ArrayList<>();
            JsonNode sp = n.get("spans");
            if (sp != null && sp.isArray()) {
                sp.forEach(f -> spans.add(new Analysis.Fragment(f.get("start").asInt(), f.get("end").asInt())));
            }
            int start = n.get("start").asInt();
            int end = n.get("end").asInt();
            if (spans.isEmpty()) {
                spans.add(new Analysis.Fragment(start, end));
            }
            return new Row(field(n, "article"), q.cluster(), q.duplicateOf(), field(n, "site"), field(n, "published"),
                    field(n, "title"), field(n, "url"),
                    hasSpeaker ? field(s, "name") : null, hasSpeaker ? field(s, "mention") : null,
                    hasSpeaker ? field(s, "type") : null, hasSpeaker ? field(s, "role") : null,
                    hasSpeaker ? field(s, "organization") : null,
                    field(n, "kind"), field(n, "cue"), field(n, "cue_type"), field(n, "text"), start, end, List.copyOf(spans));
        }

        /** The values as strings, in {@link #COLUMNS} order; spans as JSON text. */
        List<String> cells() {
            return java.util.Arrays.asList(article, cluster, duplicateOf, site, published, title, url, speaker,
                    speakerMention, speakerType, role, organization, kind, cue, cueType, text, Integer.toString(start),
                    Integer.toString(end), spansJson(spans));
        }
    }

    private static String field(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String spansJson(List<Analysis.Fragment> spans) {
        StringBuilder sb = new StringBuilder("[");
        for (Analysis.Fragment f : spans) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"start\":").append(f.start()).append(",\"end\":").append(f.end()).append('}');
        }
        return sb.append(']').toString();
    }

    /** Writes one quote. */
    public final void write(NewsIndex.ExportedQuote q) throws IOException {
        write(Row.of(q));
    }

    abstract void write(Row row) throws IOException;

    /** CSV: a header row, then one row per quote; cells neutralised as {@link Cells} says. */
    public static QuoteExport csv(Writer writer, Cells.Dialect dialect) throws IOException {
        SequenceWriter out = Cells.writer(writer, COLUMNS, dialect);
        return new QuoteExport() {
            @Override
            void write(Row row) throws IOException {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                for (String v : row.cells()) {
                    cells.add(Cells.cell(v, dialect));
                }
                out.write(cells);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** JSON Lines: one flat object per quote, the columns as fields ({@code spans} an array of {start, end}). */
    public static QuoteExport jsonl(Writer writer) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(writer);
        g.setRootValueSeparator(null);
        return new QuoteExport() {
            @Override
            void write(Row r) throws IOException {
                g.writeStartObject();
                List<String> cells = r.cells();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String c = COLUMNS.get(i);
                    switch (c) {
                        case "start" -> g.writeNumberField(c, r.start());
                        case "end" -> g.writeNumberField(c, r.end());
                        case "spans" -> {
                            g.writeArrayFieldStart(c);
                            for (Analysis.Fragment f : r.spans()) {
                                g.writeStartObject();
                                g.writeNumberField("start", f.start());
                                g.writeNumberField("end", f.end());
                                g.writeEndObject();
                            }
                            g.writeEndArray();
                        }
                        default -> g.writeStringField(c, cells.get(i));
                    }
                }
                g.writeEndObject();
                g.flush();
                writer.write('\n');
            }

            @Override
            public void close() throws IOException {
                g.close();
            }
        };
    }

    static final MessageType PARQUET_SCHEMA = parquetSchema();

    private static MessageType parquetSchema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.addField(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("article"));
        for (String c : COLUMNS.subList(1, COLUMNS.indexOf("start"))) {
            b.addField(ParquetExport.string(c));
        }
        b.addField(ParquetExport.int32("start"));
        b.addField(ParquetExport.int32("end"));
        b.addField(ParquetExport.list("spans", ParquetExport.struct("element", ParquetExport.int32("start"),
                ParquetExport.int32("end"))));
        // Typed forms of published, as in the article export (ParquetExport, PublishedTime).
        b.addField(ParquetExport.instant("published_at"));
        b.addField(ParquetExport.localTimestamp("published_local"));
        b.addField(ParquetExport.date("published_date"));
        b.addField(ParquetExport.int32("published_offset_minutes"));
        return b.named("quote");
    }

    /**
     * Parquet: typed columns ({@code start}, {@code end} integers, {@code spans} a list of {start, end}),
     * then {@code published_at}, {@code published_local}, {@code published_date} and
     * {@code published_offset_minutes} as in the article export.
     */
    public static QuoteExport parquet(Path file) throws IOException {
        ParquetWriter<Row> w = ParquetExport.writer(file, PARQUET_SCHEMA, new ParquetExport.FieldWriter<>() {
            @Override
            void write(Row r) {
                List<String> cells = r.cells();
                int spans = COLUMNS.indexOf("spans");
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String c = COLUMNS.get(i);
                    switch (c) {
                        case "start" -> int32(c, i, r.start());
                        case "end" -> int32(c, i, r.end());
                        case "spans" -> spans(c, spans, r.spans());
                        default -> str(c, i, cells.get(i));
                    }
                }
                PublishedTime t = PublishedTime.of(r.published());
                int i = COLUMNS.size();
                int64("published_at", i++, t.instantMillis());
                int64("published_local", i++, t.localMillis());
                int32("published_date", i++, t.epochDay());
                int32("published_offset_minutes", i, t.offsetMinutes());
            }
        });
        return new QuoteExport() {
            @Override
            void write(Row row) throws IOException {
                w.write(row);
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }
}
