package org.dateline.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.DatelineException;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a record back from the JSON that {@link RecordJson} writes: the inverse of
 * {@code RecordJson.toJson}, field for field. Unknown fields (an index's {@code id},
 * {@code cluster}, {@code duplicate_of}) are ignored; absent ones read as absent. Thread-safe.
 */
final class RecordReader {

    /** Bounded nesting and string sizes: a record line is untrusted input. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(64 * 1024 * 1024)
                .build());
    }

    private RecordReader() {
    }

    static Record read(String line) {
        if (line == null || line.isBlank()) {
            throw new DatelineException("empty line, not a record");
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DatelineException("malformed JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new DatelineException("not a JSON object");
        }
        if (n.hasNonNull("error") && !n.has("text")) {
            throw new DatelineException("a failure record, not an article: " + n.get("error").asText());
        }
        Article article = new Article(
                str(n, "input"), str(n, "url"), str(n, "site"), str(n, "title"), str(n, "published"),
                str(n, "modified"), strs(n, "authors"), str(n, "language"), str(n, "description"), strs(n, "tags"),
                strs(n, "media"), str(n, "text"), links(n.get("related")));
        Analysis analysis = null;
        if (n.has("quotes") || n.has("claims") || n.has("times") || n.has("entities") || n.has("unattributed")) {
            analysis = new Analysis(quotes(n.get("quotes")), claims(n.get("claims")), times(n.get("times")),
                    entities(n.get("entities")), strs(n, "unattributed"));
        }
        return new Record(article, analysis, str(n, "analysis_error"));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new DatelineException("field \"" + field + "\" must be a string, not " + v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? 0 : v.asInt();
    }

    private static Iterable<JsonNode> array(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new DatelineException("field \"" + field + "\" must be a list");
        }
        return v;
    }

    private static List<String> strs(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n.get(field), field)) {
            if (v != null && !v.isNull()) {
                out.add(v.asText());
            }
        }
        return out;
    }

    private static List<Article.Link> links(JsonNode v) {
        List<Article.Link> out = new ArrayList<>();
        for (JsonNode l : array(v, "related")) {
            out.add(new Article.Link(str(l, "title"), str(l, "url")));
        }
        return out;
    }

    private static List<Analysis.Quote> quotes(JsonNode v) {
        List<Analysis.Quote> out = new ArrayList<>();
        for (JsonNode q : array(v, "quotes")) {
            JsonNode s = q.get("speaker");
            Analysis.Speaker speaker = s == null || s.isNull() ? null
                    : new Analysis.Speaker(str(s, "mention"), str(s, "name"), str(s, "role"), str(s, "organization"),
                    str(s, "type"));
            List<Analysis.Fragment> spans = new ArrayList<>();
            for (JsonNode f : array(q.get("spans"), "spans")) {
                spans.add(new Analysis.Fragment(integer(f, "start"), integer(f, "end")));
            }
            // A record written before spans existed reads as one fragment, [start, end).
            out.add(new Analysis.Quote(str(q, "text"), str(q, "kind"), speaker, str(q, "cue"), integer(q, "start"),
                    integer(q, "end"), spans, str(q, "cue_type")));
        }
        return out;
    }

    private static List<Analysis.Claim> claims(JsonNode v) {
        List<Analysis.Claim> out = new ArrayList<>();
        for (JsonNode c : array(v, "claims")) {
            JsonNode value = c.get("value");
            out.add(new Analysis.Claim(str(c, "text"), value == null || !value.isNumber() ? Double.NaN : value.asDouble(),
                    str(c, "qualifier"), str(c, "unit"), str(c, "source"), str(c, "time"), integer(c, "start"),
                    integer(c, "end")));
        }
        return out;
    }

    private static List<Analysis.TimeExpression> times(JsonNode v) {
        List<Analysis.TimeExpression> out = new ArrayList<>();
        for (JsonNode t : array(v, "times")) {
            out.add(new Analysis.TimeExpression(str(t, "text"), str(t, "value"), integer(t, "start"), integer(t, "end")));
        }
        return out;
    }

    private static List<Analysis.Entity> entities(JsonNode v) {
        List<Analysis.Entity> out = new ArrayList<>();
        for (JsonNode e : array(v, "entities")) {
            out.add(new Analysis.Entity(str(e, "name"), str(e, "type"), strs(e, "aliases"), integer(e, "count")));
        }
        return out;
    }
}
