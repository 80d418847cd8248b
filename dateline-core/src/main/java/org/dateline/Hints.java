package org.dateline;

import org.dateline.extract.Article;

/**
 * What a listing said about a page before it was fetched (a feed's entry, a news sitemap's
 * {@code <news:news>}): used only where the page itself says nothing. Per document, like the
 * {@link org.dateline.page.Page}; never shared between pages.
 *
 * @param title     the listed headline, or null
 * @param published the listed publication time, ISO 8601, or null
 * @param language  the listed language (ISO 639-1 or a tag such as {@code en-us}), or null
 */
public record Hints(String title, String published, String language) {

    public static final Hints NONE = new Hints(null, null, null);

    public Hints {
        title = blankToNull(title);
        published = blankToNull(published);
        language = blankToNull(language);
    }

    /** The article with its missing title and publication time taken from the hints. */
    public Article fill(Article a) {
        if ((a.title() != null && !a.title().isBlank() || title == null)
                && (a.published() != null || published == null)) {
            return a;
        }
        String t = a.title() == null || a.title().isBlank() ? title : a.title();
        String p = a.published() == null ? published : a.published();
        return new Article(a.input(), a.url(), a.site(), t, p, a.modified(), a.authors(), a.language(),
                a.description(), a.tags(), a.media(), a.text(), a.related());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
