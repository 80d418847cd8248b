package org.dateline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.util.Map;
import java.util.TreeSet;

/**
 * The query language of {@code search}, {@code quotes --about} and the API: Lucene's classic syntax
 * ({@code "a phrase"}, {@code AND}/{@code OR}/{@code NOT}, {@code +must}, {@code -not},
 * {@code title:word}, {@code speaker:"John Kirby"}, {@code prefix*}), all words required by default.
 * A field the index does not have is refused with the list of those it has, rather than silently
 * matching nothing. Leading wildcards are refused (they scan the whole term dictionary).
 */
final class NewsQueryParser extends MultiFieldQueryParser {

    /** Untrusted input from the API: a longer query is refused before parsing. */
    static final int MAX_QUERY_CHARS = 2000;

    NewsQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    /** Parses a user's query; a one-line reason when it does not parse. */
    static Query parse(String query, String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query longer than " + MAX_QUERY_CHARS + " characters");
        }
        try {
            return new NewsQueryParser(fields, analyzer, boosts).parse(query);
        } catch (ParseException e) {
            String m = e.getMessage() == null ? "syntax error" : e.getMessage();
            int nl = m.indexOf('\n');
            m = (nl < 0 ? m : m.substring(0, nl)).replace("Cannot parse '" + query + "': ", "").strip();
            throw new IllegalArgumentException("bad query \"" + query + "\": " + m
                    + " (quote a phrase with \"…\", escape a colon as \\:)");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("query too complex: " + e.getMessage());
        }
    }

    private static void check(String field) throws ParseException {
        if (field != null && !Schema.QUERY_FIELDS.contains(field)) {
            throw new ParseException("unknown field \"" + field + ":\"; fields are "
                    + String.join(", ", new TreeSet<>(Schema.QUERY_FIELDS)));
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        check(field);
        return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        check(field);
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        check(field);
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        check(field);
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        check(field);
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions are not supported");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        check(field);
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
}
