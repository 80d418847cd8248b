package org.dateline.export;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Record;
import org.dateline.store.StoredArticle;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Articles as a Parquet file (Apache parquet-java, the reference implementation that Spark
 * itself uses), one row per article with the record's nesting kept: lists use the standard
 * three-level LIST layout and strings the STRING annotation, so Spark, DuckDB, pandas/pyarrow and
 * Polars read it as typed columns. {@code published} stays the string the record carries; typed
 * beside it ({@link PublishedTime}): {@code published_at}, the instant, only when the page stated an
 * offset (a local time is not silently read as UTC); {@code published_local}, the wall-clock time
 * as written; {@code published_date}, the day; {@code published_offset_minutes}, the offset or
 * null. ZSTD-compressed. Streams: memory is one row group (128 MiB at most).
 */
public final class ParquetExport implements Closeable {

    static final MessageType SCHEMA = schema();

    private final ParquetWriter<Row> writer;

    /** One row: the article with its index fields. */
    record Row(StoredArticle stored, Record record) {
    }

    public ParquetExport(Path file) throws IOException {
        this.writer = writer(file, SCHEMA, new RowWriteSupport());
    }

    /** A ZSTD-compressed Parquet writer of {@code schema} to {@code file}, replacing it. */
    static <T> ParquetWriter<T> writer(Path file, MessageType schema, FieldWriter<T> rows) throws IOException {
        return new Builder<>(new LocalOutputFile(file), schema, rows)
                .withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withCodecFactory(new ZstdCodecs())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    public void write(StoredArticle a) throws IOException {
        writer.write(new Row(a, a.record()));
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    static Type string(String name) {
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    static Type int32(String name) {
        return Types.optional(PrimitiveTypeName.INT32).named(name);
    }

    /** A zone-less timestamp: the wall-clock time as the page wrote it (TIMESTAMP in DuckDB, TIMESTAMP_NTZ in Spark). */
    static Type localTimestamp(String name) {
        return Types.optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(name);
    }

    /** An instant (TIMESTAMP WITH TIME ZONE in DuckDB, TIMESTAMP in Spark). */
    static Type instant(String name) {
        return Types.optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(name);
    }

    static Type date(String name) {
        return Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
    }

    static Type list(String name, Type element) {
        return Types.optionalList().element(element).named(name);
    }

    static GroupType struct(String name, Type... fields) {
        return Types.optionalGroup().addFields(fields).named(name);
    }

    private static MessageType schema() {
        return Types.buildMessage()
                .addField(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id"))
                .addField(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("cluster"))
                .addField(string("duplicate_of"))
                .addField(string("input"))
                .addField(string("url"))
                .addField(string("site"))
                .addField(string("title"))
                .addField(string("published"))
                .addField(instant("published_at"))
                .addField(string("modified"))
                .addField(list("authors", string("element")))
                .addField(string("language"))
                .addField(string("description"))
                .addField(list("tags", string("element")))
                .addField(list("media", string("element")))
                .addField(string("text"))
                .addField(list("related", struct("element", string("title"), string("url"))))
                .addField(list("quotes", struct("element", string("text"), string("kind"),
                        struct("speaker", string("mention"), string("name"), string("role"), string("organization"),
                                string("type")),
                        string("cue"), int32("start"), int32("end"),
                        list("spans", struct("element", int32("start"), int32("end"))), string("cue_type"))))
                .addField(list("claims", struct("element", string("text"),
                        Types.optional(PrimitiveTypeName.DOUBLE).named("value"), string("qualifier"), string("unit"),
                        string("source"), string("time"), int32("start"), int32("end"))))
                .addField(list("times", struct("element", string("text"), string("value"), int32("start"), int32("end"))))
                .addField(list("entities", struct("element", string("name"), string("type"),
                        list("aliases", string("element")), int32("count"))))
                .addField(list("unattributed", string("element")))
                .addField(string("analysis_error"))
                .addField(localTimestamp("published_local"))
                .addField(date("published_date"))
                .addField(int32("published_offset_minutes"))
                .named("article");
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {
        private final MessageType schema;
        private final FieldWriter<T> rows;

        Builder(OutputFile file, MessageType schema, FieldWriter<T> rows) {
            super(file);
            this.schema = schema;
            this.rows = rows;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        /** Required by the builder's contract; unused: the writer is built with a ParquetConfiguration. */
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return new Support<>(schema, rows);
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return new Support<>(schema, rows);
        }
    }

    /** Writes one row of a schema through {@link FieldWriter}'s helpers. */
    abstract static class FieldWriter<T> {
        RecordConsumer c;

        abstract void write(T row);

        void element(String s, int j) {
            if (s != null) {
                c.startField("element", 0);
                c.addBinary(Binary.fromString(s));
                c.endField("element", 0);
            }
        }

        void group(Runnable fields) {
            c.startField("element", 0);
            c.startGroup();
            fields.run();
            c.endGroup();
            c.endField("element", 0);
        }

        <E> void list(String name, int index, List<E> values, BiConsumer<E, Integer> element) {
            c.startField(name, index);
            c.startGroup();
            if (!values.isEmpty()) {
                c.startField("list", 0);
                int j = 0;
                for (E v : values) {
                    c.startGroup();
                    element.accept(v, j++);
                    c.endGroup();
                }
                c.endField("list", 0);
            }
            c.endGroup();
            c.endField(name, index);
        }

        void str(String name, int index, String value) {
            if (value != null) {
                c.startField(name, index);
                c.addBinary(Binary.fromString(value));
                c.endField(name, index);
            }
        }

        void int32(String name, int index, Integer value) {
            if (value != null) {
                c.startField(name, index);
                c.addInteger(value);
                c.endField(name, index);
            }
        }

        void int64(String name, int index, Long value) {
            if (value != null) {
                c.startField(name, index);
                c.addLong(value);
                c.endField(name, index);
            }
        }

        /** {@code spans}: a list of {start, end}. */
        void spans(String name, int index, List<Analysis.Fragment> spans) {
            list(name, index, spans, (f, j) -> group(() -> {
                int32("start", 0, f.start());
                int32("end", 1, f.end());
            }));
        }
    }

    private static final class Support<T> extends WriteSupport<T> {
        private final MessageType schema;
        private final FieldWriter<T> rows;

        Support(MessageType schema, FieldWriter<T> rows) {
            this.schema = schema;
            this.rows = rows;
        }

        @Override
        @SuppressWarnings("deprecation")
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of("writer", "dateline"));
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, Map.of("writer", "dateline"));
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            rows.c = recordConsumer;
        }

        @Override
        public void write(T row) {
            rows.c.startMessage();
            rows.write(row);
            rows.c.endMessage();
        }
    }

    /** Writes a row field by field; an absent value is an absent field (null in every reader). */
    private static final class RowWriteSupport extends FieldWriter<Row> {

        @Override
        void write(Row row) {
            Article a = row.record().article();
            Analysis an = row.record().analysis();
            int i = 0;
            str("id", i++, row.stored().id());
            str("cluster", i++, row.stored().cluster());
            str("duplicate_of", i++, row.stored().duplicateOf());
            str("input", i++, a.input());
            str("url", i++, a.url());
            str("site", i++, a.site());
            str("title", i++, a.title());
            str("published", i++, a.published());
            PublishedTime published = PublishedTime.of(a.published());
            int64("published_at", i++, published.instantMillis());
            str("modified", i++, a.modified());
            list("authors", i++, a.authors(), this::element);
            str("language", i++, a.language());
            str("description", i++, a.description());
            list("tags", i++, a.tags(), this::element);
            list("media", i++, a.media(), this::element);
            str("text", i++, a.text());
            list("related", i++, a.related(), (l, j) -> group(() -> {
                str("title", 0, l.title());
                str("url", 1, l.url());
            }));
            if (an != null) {
                list("quotes", i, an.quotes(), (q, j) -> group(() -> {
                    str("text", 0, q.text());
                    str("kind", 1, q.kind());
                    if (q.speaker() != null) {
                        Analysis.Speaker s = q.speaker();
                        c.startField("speaker", 2);
                        c.startGroup();
                        str("mention", 0, s.mention());
                        str("name", 1, s.name());
                        str("role", 2, s.role());
                        str("organization", 3, s.organization());
                        str("type", 4, s.type());
                        c.endGroup();
                        c.endField("speaker", 2);
                    }
                    str("cue", 3, q.cue());
                    int32("start", 4, q.start());
                    int32("end", 5, q.end());
                    spans("spans", 6, q.spans());
                    str("cue_type", 7, q.cueType());
                }));
                list("claims", i + 1, an.claims(), (cl, j) -> group(() -> {
                    str("text", 0, cl.text());
                    if (!Double.isNaN(cl.value())) {
                        c.startField("value", 1);
                        c.addDouble(cl.value());
                        c.endField("value", 1);
                    }
                    str("qualifier", 2, cl.qualifier());
                    str("unit", 3, cl.unit());
                    str("source", 4, cl.source());
                    str("time", 5, cl.time());
                    int32("start", 6, cl.start());
                    int32("end", 7, cl.end());
                }));
                list("times", i + 2, an.times(), (t, j) -> group(() -> {
                    str("text", 0, t.text());
                    str("value", 1, t.value());
                    int32("start", 2, t.start());
                    int32("end", 3, t.end());
                }));
                list("entities", i + 3, an.entities(), (e, j) -> group(() -> {
                    str("name", 0, e.name());
                    str("type", 1, e.type());
                    list("aliases", 2, e.aliases(), this::element);
                    int32("count", 3, e.count());
                }));
                list("unattributed", i + 4, an.unattributed(), this::element);
            }
            i += 5;
            str("analysis_error", i++, row.record().analysisError());
            int64("published_local", i++, published.localMillis());
            int32("published_date", i++, published.epochDay());
            int32("published_offset_minutes", i, published.offsetMinutes());
        }
    }
}
