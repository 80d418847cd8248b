package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.dateline.store.StoredArticle;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles as CSV (RFC 4180, header row, UTF-8): one row per article. Flat fields as text; lists of
 * strings joined with "; "; nested lists (related, quotes, claims, times, entities, unattributed)
 * as JSON text in their cell, so nothing of the record is lost.
 *
 * <p>Every cell is untrusted page text, and spreadsheets run a cell that starts with a formula
 * character: such a cell is neutralised by the OWASP rule ({@link Cells#neutralise}). With
 * {@link Cells.Dialect#EXCEL} the file also starts with a UTF-8 byte order mark and no cell is
 * longer than Excel keeps ({@link Cells#EXCEL_MAX}).
 */
public final class CsvExport implements Closeable {

    static final List<String> COLUMNS = List.of("id", "cluster", "duplicate_of", "input", "url", "site", "title",
            "published", "modified", "authors", "language", "description", "tags", "media", "text", "related",
            "quotes", "claims", "times", "entities", "unattributed", "analysis_error");
    private static final List<String> JOINED = List.of("authors", "tags", "media");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SequenceWriter out;
    private final Cells.Dialect dialect;

    public CsvExport(Writer writer) throws IOException {
        this(writer, Cells.Dialect.PLAIN);
    }

    public CsvExport(Writer writer, Cells.Dialect dialect) throws IOException {
        this.dialect = dialect;
        this.out = Cells.writer(writer, COLUMNS, dialect);
    }

    public void write(StoredArticle a) throws IOException {
        JsonNode n = JSON.readTree(a.json());
        List<String> row = new ArrayList<>(COLUMNS.size());
        for (String c : COLUMNS) {
            String v = switch (c) {
                case "id" -> a.id();
                case "cluster" -> a.cluster();
                case "duplicate_of" -> a.duplicateOf();
                default -> cell(c, n.get(c));
            };
            row.add(Cells.cell(v, dialect));
        }
        out.write(row);
    }

    private static String cell(String column, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray() && JOINED.contains(column)) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(e.asText()));
            return String.join("; ", parts);
        }
        return v.isContainerNode() ? v.toString() : v.asText();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
