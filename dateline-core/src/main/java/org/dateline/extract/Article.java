package org.dateline.extract;

import java.util.List;

/**
 * What a page says, without its chrome: the extraction half of a record.
 * Immutable; absent values are null (scalars) or empty (lists), never invented.
 *
 * @param input       the input as given (path, {@code -}, URL; WARC: {@code path#<WARC-Record-ID>})
 * @param url         canonical URL if known
 * @param site        outlet host name without {@code www.} ({@code rt.com})
 * @param title       headline without the site-name suffix
 * @param published   ISO 8601; with offset when the page states one; {@code YYYY-MM-DD} when only the day is known
 * @param modified    ISO 8601, as {@code published}
 * @param authors     person names (no "By", no dates)
 * @param language    ISO 639-1
 * @param description standfirst / summary
 * @param tags        topic tags
 * @param media       media kinds the page carries: {@code video}, {@code audio}, {@code gallery}
 * @param text        body paragraphs separated by a blank line
 * @param related     "READ MORE" and related-story links
 */
public record Article(
        String input,
        String url,
        String site,
        String title,
        String published,
        String modified,
        List<String> authors,
        String language,
        String description,
        List<String> tags,
        List<String> media,
        String text,
        List<Link> related) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        media = media == null ? List.of() : List.copyOf(media);
        related = related == null ? List.of() : List.copyOf(related);
        text = text == null ? "" : text;
    }

    /** A related-story link: {@code title} as shown, {@code url} if the page gave one. */
    public record Link(String title, String url) {
    }

    /** A copy with another language (the only field that later stages may settle). */
    public Article withLanguage(String newLanguage) {
        return new Article(input, url, site, title, published, modified, authors, newLanguage, description, tags,
                media, text, related);
    }
}
