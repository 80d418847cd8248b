package org.dateline.store;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;

/**
 * An article as the index holds it: the record, its id, and its story.
 *
 * @param id          stable id (see {@link Ids})
 * @param cluster     the story's id: the id of its first article
 * @param duplicateOf the article this one repeats (a syndicated or lightly edited copy), else null
 * @param sameUrl     the article that first claimed this one's canonical URL, when this is another
 *                    page claiming it (kept apart, not merged), else null
 * @param json        the record as {@link RecordJson} wrote it
 */
public record StoredArticle(String id, String cluster, String duplicateOf, String sameUrl, String json) {

    public StoredArticle(String id, String cluster, String duplicateOf, String json) {
        this(id, cluster, duplicateOf, null, json);
    }

    public Record record() {
        return RecordJson.read(json);
    }

    /** The record's JSON with the index's fields first: {@code id}, {@code cluster}, {@code duplicate_of}. */
    public String toJson() {
        return toJson(-1, Float.NaN);
    }

    /**
     * As {@link #toJson()}, with {@code copies} (articles in the story, when ≥ 0) and {@code score}
     * (when a number).
     */
    public String toJson(long copies, float score) {
        StringBuilder sb = new StringBuilder(json.length() + 128);
        sb.append("{\"id\":");
        quote(sb, id);
        sb.append(",\"cluster\":");
        quote(sb, cluster);
        sb.append(",\"duplicate_of\":");
        quote(sb, duplicateOf);
        if (sameUrl != null) {
            sb.append(",\"same_url\":");
            quote(sb, sameUrl);
        }
        if (copies >= 0) {
            sb.append(",\"copies\":").append(copies);
        }
        if (!Float.isNaN(score)) {
            sb.append(",\"score\":").append(score);
        }
        // The record's JSON is an object written by RecordJson: splice its fields in after ours.
        if (json.length() > 2) {
            sb.append(',').append(json, 1, json.length());
        } else {
            sb.append('}');
        }
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
