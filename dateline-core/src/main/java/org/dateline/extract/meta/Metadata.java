package org.dateline.extract.meta;

import java.util.List;

/**
 * What the metadata layers of an HTML page say (JSON-LD, OpenGraph, meta tags, {@code <time>},
 * bylines, the URL), merged. Absent values are null or empty.
 */
public record Metadata(
        String url,
        String title,
        String published,
        String modified,
        List<String> authors,
        String language,
        String description,
        List<String> tags,
        List<String> media,
        String siteName) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        media = media == null ? List.of() : List.copyOf(media);
    }
}
