package org.dateline.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Failure;
import org.dateline.record.Record;

import java.util.List;

/**
 * The record contract ({@code docs/record.md}) as a Spark schema, and records as rows of it. Field
 * names and order are the JSON record's; a failed input is a row with only {@code input} and
 * {@code error}. Absent values are null; list fields of an extracted record are empty lists, and the
 * analysis lists are null when analysis was not run (as the JSON record leaves them out).
 */
public final class RecordRows {

    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final ArrayType STRINGS = DataTypes.createArrayType(STRING, false);

    /** {@code quotes[].speaker}. */
    public static final StructType SPEAKER = struct(
            field("mention", STRING), field("name", STRING), field("role", STRING),
            field("organization", STRING), field("type", STRING));

    public static final StructType LINK = struct(field("title", STRING), field("url", STRING));

    /** {@code quotes[].spans[]}: a quoted fragment's character range in {@code text}. */
    public static final StructType SPAN = struct(field("start", INT), field("end", INT));

    public static final StructType QUOTE = struct(
            field("text", STRING), field("kind", STRING), field("speaker", SPEAKER), field("cue", STRING),
            field("start", INT), field("end", INT), field("spans", DataTypes.createArrayType(SPAN, false)),
            field("cue_type", STRING));

    public static final StructType CLAIM = struct(
            field("text", STRING), field("value", DataTypes.DoubleType), field("qualifier", STRING),
            field("unit", STRING), field("source", STRING), field("time", STRING),
            field("start", INT), field("end", INT));

    public static final StructType TIME = struct(
            field("text", STRING), field("value", STRING), field("start", INT), field("end", INT));

    public static final StructType ENTITY = struct(
            field("name", STRING), field("type", STRING), field("aliases", STRINGS), field("count", INT));

    /** One row per article or failed input. */
    public static final StructType SCHEMA = struct(
            field("input", STRING),
            field("url", STRING),
            field("site", STRING),
            field("title", STRING),
            field("published", STRING),
            field("modified", STRING),
            field("authors", STRINGS),
            field("language", STRING),
            field("description", STRING),
            field("tags", STRINGS),
            field("media", STRINGS),
            field("text", STRING),
            field("related", DataTypes.createArrayType(LINK, false)),
            field("quotes", DataTypes.createArrayType(QUOTE, false)),
            field("claims", DataTypes.createArrayType(CLAIM, false)),
            field("times", DataTypes.createArrayType(TIME, false)),
            field("entities", DataTypes.createArrayType(ENTITY, false)),
            field("unattributed", STRINGS),
            field("analysis_error", STRING),
            field("error", STRING));

    private RecordRows() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    /** An article as a row of {@link #SCHEMA}. */
    public static Row of(Record r) {
        Article a = r.article();
        Analysis an = r.analysis();
        return RowFactory.create(
                a.input(), a.url(), a.site(), a.title(), a.published(), a.modified(), strings(a.authors()),
                a.language(), a.description(), strings(a.tags()), strings(a.media()), a.text(), links(a.related()),
                an == null ? null : quotes(an.quotes()),
                an == null ? null : claims(an.claims()),
                an == null ? null : times(an.times()),
                an == null ? null : entities(an.entities()),
                an == null ? null : strings(an.unattributed()),
                r.analysisError(),
                null);
    }

    /** A failed input as a row of {@link #SCHEMA}: {@code input} and {@code error}, nothing else. */
    public static Row of(Failure f) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = f.input();
        values[values.length - 1] = f.reason();
        return RowFactory.create(values);
    }

    /**
     * Arrays go into rows as Java arrays: Spark 4's row encoder takes a Java array or a Scala Seq
     * for an array column, not a {@code java.util.List} (a ClassCastException at write time).
     */
    private static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    private static Row[] links(List<Article.Link> links) {
        Row[] out = new Row[links.size()];
        int i = 0;
        for (Article.Link l : links) {
            out[i++] = RowFactory.create(l.title(), l.url());
        }
        return out;
    }

    private static Row[] quotes(List<Analysis.Quote> quotes) {
        Row[] out = new Row[quotes.size()];
        int i = 0;
        for (Analysis.Quote q : quotes) {
            Analysis.Speaker s = q.speaker();
            Row speaker = s == null ? null
                    : RowFactory.create(s.mention(), s.name(), s.role(), s.organization(), s.type());
            Row[] spans = new Row[q.spans().size()];
            int j = 0;
            for (Analysis.Fragment f : q.spans()) {
                spans[j++] = RowFactory.create(f.start(), f.end());
            }
            out[i++] = RowFactory.create(q.text(), q.kind(), speaker, q.cue(), q.start(), q.end(), spans, q.cueType());
        }
        return out;
    }

    private static Row[] claims(List<Analysis.Claim> claims) {
        Row[] out = new Row[claims.size()];
        int i = 0;
        for (Analysis.Claim c : claims) {
            out[i++] = RowFactory.create(c.text(), c.value(), c.qualifier(), c.unit(), c.source(), c.time(),
                    c.start(), c.end());
        }
        return out;
    }

    private static Row[] times(List<Analysis.TimeExpression> times) {
        Row[] out = new Row[times.size()];
        int i = 0;
        for (Analysis.TimeExpression t : times) {
            out[i++] = RowFactory.create(t.text(), t.value(), t.start(), t.end());
        }
        return out;
    }

    private static Row[] entities(List<Analysis.Entity> entities) {
        Row[] out = new Row[entities.size()];
        int i = 0;
        for (Analysis.Entity e : entities) {
            out[i++] = RowFactory.create(e.name(), e.type(), strings(e.aliases()), e.count());
        }
        return out;
    }
}
