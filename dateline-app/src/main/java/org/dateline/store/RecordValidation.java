package org.dateline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.dateline.DatelineException;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Checks a record someone hands to the index (a JSON Lines line to {@code ingest}, a body to
 * {@code POST /api/ingest}) against the record's JSON Schema ({@code docs/record.schema.json},
 * bundled), and what the schema cannot say: every offset inside {@code text}. A record that fails
 * is refused whole, with one line naming the field; nothing of it is stored. The index's own fields
 * ({@code id}, {@code cluster}, {@code duplicate_of}, {@code same_url}, {@code copies},
 * {@code score}), which {@code export} writes, are allowed: a re-ingested export is a valid input.
 * Thread-safe.
 */
public final class RecordValidation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INDEX_FIELDS = Set.of("id", "cluster", "duplicate_of", "same_url", "copies",
            "score");
    private static final Schema ARTICLE = load();

    private RecordValidation() {
    }

    private static Schema load() {
        try (InputStream in = RecordValidation.class.getResourceAsStream("record.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("record.schema.json is missing from the build");
            }
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            // Only article records are ingested (an error record is refused before): validating
            // against the article branch alone gives errors about the record's fields, not "one of".
            schema.remove("oneOf");
            schema.put("$ref", "#/$defs/article");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one line of JSON as a record for the index: as {@link RecordJson#read} does, and
     * validated (see the class).
     *
     * @throws DatelineException with one line: malformed JSON, an error record, or the first
     *                           invalid field
     */
    public static Record read(String line) {
        Record r = RecordJson.read(line);
        String problem;
        try {
            problem = problem(JSON.readTree(line));
        } catch (IOException e) {
            problem = "malformed JSON";
        }
        if (problem != null) {
            throw new DatelineException(problem);
        }
        return r;
    }

    /**
     * The first problem of an article record, as one line ({@code field published: …}), or null
     * when it is valid.
     */
    public static String problem(JsonNode record) {
        if (record == null || !record.isObject()) {
            return "not a JSON object";
        }
        ObjectNode copy = ((ObjectNode) record).deepCopy();
        copy.remove(INDEX_FIELDS);
        List<Error> errors = ARTICLE.validate(copy);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            return "field " + field(first) + ": " + message(first) + more;
        }
        return offsets(copy);
    }

    /** {@code quotes[2].speaker.name}, from the error's instance location (or the missing property). */
    private static String field(Error e) {
        String path = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        // NodePath renders as "$", "$.quotes[2].text" (or a JSON pointer in some dialects)
        path = path.replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.')
                .replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]");
        if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))
                && e.getProperty() != null) {
            path = path.isEmpty() ? e.getProperty() : path + "." + e.getProperty();
        }
        return path.isEmpty() ? "(record)" : path;
    }

    /** The validator's message without the location it starts with; dates and languages in words. */
    private static String message(Error e) {
        JsonNode value = e.getInstanceNode();
        if ("pattern".equals(e.getKeyword()) && value != null && value.isTextual()) {
            String field = field(e);
            String shown = value.asText().length() > 60 ? value.asText().substring(0, 60) + "…" : value.asText();
            if (field.equals("published") || field.equals("modified")) {
                return "\"" + shown + "\" is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss] with an"
                        + " optional offset)";
            }
            if (field.equals("language")) {
                return "\"" + shown + "\" is not an ISO 639-1 code (en, de, …)";
            }
        }
        if ("additionalProperties".equals(e.getKeyword())) {
            return "not a field of the record format (docs/record.md)";
        }
        String m = e.getMessage() == null ? e.getKeyword() : e.getMessage();
        m = m.replaceFirst("^\\$[^:]*:\\s*", "").replaceFirst("^/[^:]*:\\s*", "");
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** Offsets of quotes, claims and times must lie inside the text, start before end. */
    private static String offsets(JsonNode r) {
        int length = r.path("text").asText("").length();
        for (String list : new String[] {"quotes", "claims", "times"}) {
            JsonNode items = r.get(list);
            if (items == null || !items.isArray()) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String bad = span(item, length);
                if (bad != null) {
                    return "field " + list + "[" + i + "]: " + bad;
                }
                JsonNode spans = item.get("spans");
                if (spans != null && spans.isArray()) {
                    for (int k = 0; k < spans.size(); k++) {
                        String b = span(spans.get(k), length);
                        if (b != null) {
                            return "field " + list + "[" + i + "].spans[" + k + "]: " + b;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String span(JsonNode item, int length) {
        long start = item.path("start").asLong(0);
        long end = item.path("end").asLong(0);
        if (start > end) {
            return "start " + start + " is after end " + end;
        }
        if (end > length) {
            return "end " + end + " is past the end of text (" + length + " characters)";
        }
        return null;
    }
}
