package org.dateline.store;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What callers ask the index and what it answers: plain immutable values. */
public final class Requests {

    private Requests() {
    }

    /** Hard upper bound of {@code limit} everywhere (CLI and API). */
    public static final int MAX_LIMIT = 1000;

    public enum Order { RELEVANCE, NEWEST }

    /**
     * Filters shared by search, quotes, speakers, timeline and export. Dates are as the user gave
     * them ({@code YYYY-MM-DD} or ISO 8601); null fields do not filter.
     */
    public record Filters(String from, String to, String site, String lang, String speaker, String entity) {
        public static final Filters NONE = new Filters(null, null, null, null, null, null);
        /**
         * ISO 639-1 (or 639-2/3) with an optional region, as records carry them: {@code en},
         * {@code de}, {@code pt-BR}. A code no article has simply matches nothing.
         */
        private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?");

        /** @throws IllegalArgumentException when {@code lang} is not a language code ({@code english}) */
        public Filters {
            if (lang != null && !lang.isBlank() && !LANG.matcher(lang.strip()).matches()) {
                String shown = lang.strip().length() > 40 ? lang.strip().substring(0, 40) + "…" : lang.strip();
                throw new IllegalArgumentException("lang \"" + shown
                        + "\" is not a language code: languages are ISO 639-1 codes like en, de or fr");
            }
        }
    }

    /**
     * @param query    the query text (see {@link NewsQueryParser}); null or blank matches everything
     * @param order    null: relevance when there is query text, newest first otherwise
     * @param collapse one hit per story, with its number of copies
     * @param facets   count sites, languages, speakers and entities over all matches
     */
    public record Search(String query, Filters filters, int limit, Order order, boolean collapse, boolean facets) {
        public Search {
            filters = filters == null ? Filters.NONE : filters;
            checkLimit(limit);
        }
    }

    /** One search hit: the article, its story's size, and its relevance score (NaN when sorted by date). */
    public record Hit(StoredArticle article, long copies, float score) {
    }

    public record FacetCount(String value, long count) {
    }

    /** @param total articles matching (all copies) */
    public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    }

    /**
     * @param about             query over the quote's words and its article's title
     * @param includeDuplicates also quotes from syndicated copies (by default each quote once per story)
     */
    public record Quotes(String about, Filters filters, int limit, boolean includeDuplicates) {
        public Quotes {
            filters = filters == null ? Filters.NONE : filters;
            checkLimit(limit);
        }
    }

    /** @param quotes quote JSON objects, newest first (or by relevance to {@code about}) */
    public record QuoteResult(long total, List<String> quotes) {
    }

    /** A speaker with the number of quotes, and the roles and organisations seen, most frequent first. */
    public record SpeakerRow(String name, long quotes, long articles, List<String> roles, List<String> organizations) {
    }

    public enum Interval { DAY, WEEK, MONTH }

    public record Bucket(String start, long count) {
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }
}
