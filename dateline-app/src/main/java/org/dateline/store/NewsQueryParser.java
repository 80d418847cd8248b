package org.dateline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query language of {@code search}, {@code quotes --about} and the API: Lucene's classic syntax
 * ({@code "a phrase"}, {@code AND}/{@code OR}/{@code NOT}, {@code +must}, {@code -not},
 * {@code title:word}, {@code speaker:"John Kirby"}, {@code prefix*}), all words required by default,
 * with what users of news write added:
 * <ul>
 * <li>typographic quotes („…“, “…”, «…», ‚…‘, ‘…’) make phrases as {@code "…"} does (an apostrophe
 *     between letters stays one);</li>
 * <li>a query of exclusions only ({@code -trump}) matches everything but them;</li>
 * <li>{@code url:https://example.com/a/b} takes the address whole (colons and slashes included) and
 *     matches the article's canonical URL, so {@code www.}, the scheme and tracking parameters do not
 *     matter;</li>
 * <li>in an article search, {@code quote:word} or {@code quote:"a phrase"} matches articles with a
 *     quote saying it (a block join from the article's quote documents).</li>
 * </ul>
 * A field the index does not have is refused with the list of those it has, rather than silently
 * matching nothing. Leading wildcards are refused (they scan the whole term dictionary). A query
 * that does not parse is refused with one sentence naming the character where it goes wrong;
 * nothing of the parser's internals reaches the user.
 */
final class NewsQueryParser extends MultiFieldQueryParser {

    /** Untrusted input from the API: a longer query is refused before parsing. */
    static final int MAX_QUERY_CHARS = 2000;

    /** The parents of a block: every block ends with its article document. */
    private static final BitSetProducer ARTICLE_DOCS = new QueryBitSetProducer(
            new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE)));
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    /** Quote fields join to their articles (the query is over article documents). */
    private final boolean articles;
    /** The user's query, to name where a refused clause is. */
    private final String original;

    private NewsQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, boolean articles,
                            String original) {
        super(fields, analyzer, boosts);
        this.articles = articles;
        this.original = original;
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    /**
     * Parses a user's query.
     *
     * @param articles the query selects article documents (search, timeline, export); false for
     *                 quote documents (quotes, speakers)
     * @throws IllegalArgumentException with one plain sentence when it does not parse
     */
    static Query parse(String query, String[] fields, Analyzer analyzer, Map<String, Float> boosts, boolean articles) {
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query longer than " + MAX_QUERY_CHARS + " characters");
        }
        Rewritten q = rewrite(query);
        String unbalanced = unbalanced(q);
        if (unbalanced != null) {
            throw new IllegalArgumentException(unbalanced);
        }
        try {
            return new NewsQueryParser(fields, analyzer, boosts, articles, query).parse(q.text());
        } catch (ParseException e) {
            throw new IllegalArgumentException(explain(q, e.getCause() == null ? e : e.getCause()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("query too complex (it names too many words); narrow it");
        }
    }

    // --------------------------------------------------------------------------- before parsing

    /** The query as the parser reads it, and for each of its characters the user's character. */
    record Rewritten(String original, String text, int[] origin) {
        /** 1-based position in the user's query of the parser's character {@code i} (0-based). */
        int position(int i) {
            return i < 0 || origin.length == 0 ? 1 : origin[Math.min(i, origin.length - 1)] + 1;
        }
    }

    /** Typographic quotes become {@code "}; an unquoted {@code url:} value is quoted whole. */
    static Rewritten rewrite(String query) {
        StringBuilder sb = new StringBuilder(query.length() + 8);
        int[] origin = new int[query.length() * 2 + 4];
        int n = 0;
        int i = 0;
        while (i < query.length()) {
            if (urlClause(query, i)) {
                int start = i + 4;
                int end = start;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
                    end++;
                }
                // a ")" that closes a group is not part of the address
                while (end > start && query.charAt(end - 1) == ')' && count(query, start, end, '(') < count(query, start, end, ')')) {
                    end--;
                }
                for (int k = i; k < start; k++) {
                    sb.append(query.charAt(k));
                    origin[n++] = k;
                }
                if (end > start) {
                    sb.append('"');
                    origin[n++] = start;
                    for (int k = start; k < end; k++) {
                        char c = query.charAt(k);
                        if (c == '"' || c == '\\') {
                            sb.append('\\');
                            origin = grow(origin, n);
                            origin[n++] = k;
                        }
                        sb.append(c);
                        origin = grow(origin, n);
                        origin[n++] = k;
                    }
                    sb.append('"');
                    origin = grow(origin, n);
                    origin[n++] = end - 1;
                }
                i = end;
                continue;
            }
            char c = query.charAt(i);
            sb.append(isQuoteMark(query, i) ? '"' : c);
            origin = grow(origin, n);
            origin[n++] = i;
            i++;
        }
        return new Rewritten(query, sb.toString(), Arrays.copyOf(origin, n));
    }

    /** {@code url:} with an unquoted value, at the start of a clause. */
    private static boolean urlClause(String q, int i) {
        return q.startsWith("url:", i) && (i == 0 || " \t\n(+-!".indexOf(q.charAt(i - 1)) >= 0)
                && i + 4 < q.length() && q.charAt(i + 4) != '"';
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static int count(String s, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    /**
     * A typographic quotation mark: „ “ ” « » ‚ ‹ › always; ‘ and ’ unless between two letters or
     * digits (there they are apostrophes: "Trump’s", "rock ’n’ roll" keeps its word).
     */
    private static boolean isQuoteMark(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\u201E', '\u201C', '\u201D', '\u201F', '\u00AB', '\u00BB', '\u201A', '\u2039', '\u203A',
                 '\u300C', '\u300D', '\uFF02' -> {
                return true;
            }
            case '\u2018', '\u2019', '\u201B' -> {
                boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
                boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
                return !(before && after);
            }
            default -> {
                return false;
            }
        }
    }

    /** The sentence for an unbalanced quote or parenthesis, or null. */
    static String unbalanced(Rewritten q) {
        String s = q.text();
        int openQuote = -1;
        int depth = 0;
        int[] opens = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            } else if (openQuote < 0 && c == '(') {
                opens[depth++] = i;
            } else if (openQuote < 0 && c == ')') {
                if (depth == 0) {
                    return "unbalanced parenthesis at character " + q.position(i) + " of the query (\")\" without \"(\")";
                }
                depth--;
            }
        }
        if (openQuote >= 0) {
            return "unbalanced quote at character " + q.position(openQuote)
                    + " of the query (a phrase needs a closing quote)";
        }
        if (depth > 0) {
            return "unbalanced parenthesis at character " + q.position(opens[depth - 1])
                    + " of the query (\"(\" without \")\")";
        }
        return null;
    }

    // ---------------------------------------------------------------------------- parse errors

    /** One sentence for what the parser (or this class) refused. */
    private static String explain(Rewritten q, Throwable cause) {
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token bad = pe.currentToken.next;
            if (bad.kind == QueryParserConstants.EOF) {
                Token last = pe.currentToken;
                return last.image == null || last.image.isEmpty()
                        ? "the query ends too early"
                        : "the query ends too early: something must follow \"" + clip(last.image) + "\" at character "
                        + q.position(last.beginColumn) + " of the query";
            }
            String what = bad.image == null ? "" : bad.image;
            String hint = switch (bad.kind) {
                case QueryParserConstants.AND, QueryParserConstants.OR -> " (a word must come before and after " + what + ")";
                case QueryParserConstants.COLON -> " (escape a colon in a word as \\:)";
                default -> "";
            };
            return "unexpected \"" + clip(what) + "\" at character " + q.position(bad.beginColumn) + " of the query" + hint;
        }
        if (cause instanceof TokenMgrError tme) {
            Matcher m = COLUMN.matcher(String.valueOf(tme.getMessage()));
            int at = m.find() ? Integer.parseInt(m.group(1)) - 1 : q.text().length();
            return at >= q.text().length()
                    ? "the query ends too early, after character " + q.original().length() + " of the query"
                    : "unexpected character \"" + clip(String.valueOf(q.text().charAt(at))) + "\" at character " + q.position(at) + " of the query";
        }
        // Ours (unknown field, leading wildcard, regular expression): already one sentence.
        String m = cause.getMessage() == null ? "the query does not parse" : cause.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The user's text as a refusal quotes it: on one line (a phrase may span lines), at most 60 characters. */
    private static String clip(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    // --------------------------------------------------------------------------------- clauses

    private void check(String field) throws ParseException {
        if (field != null && !Schema.QUERY_FIELDS.contains(field)) {
            throw new ParseException("unknown field \"" + clip(field) + ":\"" + at(field + ":") + "; fields are "
                    + String.join(", ", new TreeSet<>(Schema.QUERY_FIELDS)));
        }
    }

    /** " at character N of the query" for the first place {@code what} is written, or "". */
    private String at(String what) {
        int i = original.indexOf(what);
        return i < 0 ? "" : " at character " + (i + 1) + " of the query";
    }

    /** A quote clause in an article search matches the articles holding such a quote. */
    private Query scoped(String field, Query q) {
        if (q == null || !articles || !Schema.QUOTE.equals(field)) {
            return q;
        }
        return new ToParentBlockJoinQuery(q, ARTICLE_DOCS, ScoreMode.Max);
    }

    /** {@code url:} matches the canonical form of the address, as the index keeps it. */
    private Query url(String text) throws ParseException {
        String v = text.strip();
        String canonical = Ids.canonicalUrl(v.contains("://") ? v : "https://" + v);
        if (canonical == null) {
            throw new ParseException("\"" + clip(v) + "\"" + at(v) + " is not a web address: write url:https://example.com/news/1");
        }
        return new TermQuery(new Term(Schema.URL, canonical));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        check(field);
        if (Schema.URL.equals(field)) {
            return url(queryText);
        }
        return scoped(field, super.getFieldQuery(field, queryText, slop));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        check(field);
        if (Schema.URL.equals(field)) {
            return url(queryText);
        }
        return scoped(field, super.getFieldQuery(field, queryText, quoted));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        check(field);
        return scoped(field, super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        check(field);
        return scoped(field, super.getPrefixQuery(field, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        check(field);
        if (termStr.startsWith("*") || termStr.startsWith("?")) {
            throw new ParseException("a word cannot begin with * or ? (\"" + clip(termStr) + "\"" + at(termStr)
                    + "): put letters before the wildcard");
        }
        return scoped(field, super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions (/…/) are not supported" + at("/")
                + "; quote a phrase with a slash in it");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        check(field);
        return scoped(field, super.getRangeQuery(field, part1, part2, startInclusive, endInclusive));
    }

    /** Exclusions alone ({@code -trump}, {@code NOT a NOT b}) exclude from everything. */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        Query q = super.getBooleanQuery(clauses);
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

}
