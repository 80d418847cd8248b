package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
 */
public final class CsvExport implements Closeable {

    static final List<String> COLUMNS = List.of("id", "cluster", "duplicate_of", "input", "url", "site", "title",
            "published", "modified", "authors", "language", "description", "tags", "media", "text", "related",
            "quotes", "claims", "times", "entities", "unattributed", "analysis_error");
    private static final List<String> JOINED = List.of("authors", "tags", "media");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SequenceWriter out;

    public CsvExport(Writer writer) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            schema.addColumn(c);
        }
        this.out = new CsvMapper().writer(schema.build()).writeValues(writer);
    }

    public void write(StoredArticle a) throws IOException {
        JsonNode n = JSON.readTree(a.json());
        List<String> row = new ArrayList<>(COLUMNS.size());
        for (String c : COLUMNS) {
            switch (c) {
                case "id" -> row.add(a.id());
                case "cluster" -> row.add(a.cluster());
                case "duplicate_of" -> row.add(a.duplicateOf());
                default -> row.add(cell(c, n.get(c)));
            }
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
