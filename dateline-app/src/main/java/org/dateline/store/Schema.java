package org.dateline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The index's fields and how a record becomes Lucene documents: one block per article, its quote
 * documents first and the article document last, written and replaced atomically
 * ({@code IndexWriter.updateDocuments}), so a reader never sees an article without its quotes.
 */
final class Schema {

    // Both kinds of document
    static final String TYPE = "type";
    static final String BLOCK = "block";
    static final String PUBLISHED = "published";
    static final String SITE = "site";
    static final String LANG = "lang";
    static final String TITLE = "title";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_EXACT = "speaker_exact";
    static final String DUPLICATE = "is_duplicate";
    // Article documents
    static final String ID = "id";
    static final String URL = "url";
    static final String CLUSTER = "cluster";
    static final String DUPLICATE_OF = "duplicate_of";
    static final String CONTENT_HASH = "content_hash";
    /** The article that first claimed this one's canonical URL, when this is another page claiming it. */
    static final String SAME_URL = "same_url";
    /** The input the record was read from, as given (to tell a new version of a page from another page). */
    static final String INPUT = "input";
    static final String TEXT = "text";
    static final String AUTHOR = "author";
    static final String ENTITY = "entity";
    static final String TAG = "tag";
    static final String LSH = "lsh";
    static final String SIGNATURE = "signature";
    static final String RECORD = "record";
    // Quote documents
    static final String QUOTE = "quote";
    static final String ROLE = "role";
    static final String ORG = "org";
    static final String SPEAKER_NAME = "speaker_name";
    static final String QUOTE_JSON = "quote_json";
    // Facet dimensions (article documents)
    static final String FACET_SITE = "site";
    static final String FACET_LANG = "language";
    static final String FACET_SPEAKER = "speaker";
    static final String FACET_ENTITY = "entity";

    static final String ARTICLE = "article";
    static final String QUOTE_TYPE = "quote";

    /** Fields a query may name ({@code title:…}); others are refused with this list. */
    static final Set<String> QUERY_FIELDS = Set.of(TITLE, TEXT, SPEAKER, ENTITY, AUTHOR, TAG, SITE, LANG, ID, CLUSTER,
            QUOTE, URL);

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(FACET_SPEAKER, true);
        FACETS.setMultiValued(FACET_ENTITY, true);
    }

    /** Positions between the values of a multi-valued field, so a phrase never spans two names. */
    private static final int VALUE_GAP = 100;

    private Schema() {
    }

    /**
     * Words: Unicode word boundaries (UAX #29), lower case, accents folded (so "Muller" finds
     * "Müller"); no stemming or stop words, because the index mixes languages and phrase
     * queries must match what was written.
     */
    static Analyzer analyzer() {
        Analyzer text = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
                return new TokenStreamComponents(t, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new KeywordTokenizer();
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        Analyzer exact = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new KeywordTokenizer());
            }
        };
        return new PerFieldAnalyzerWrapper(text, Map.of(SITE, keyword, LANG, keyword, URL, exact, ID, exact,
                CLUSTER, exact));
    }

    static String site(String site) {
        if (site == null) {
            return null;
        }
        String s = site.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    /** What the index keeps of one article besides the record: its identity and its story. */
    record Stored(String id, String cluster, String duplicateOf, String contentHash, String sameUrl) {
    }

    /** The block of documents for one article: quote documents, then the article document. */
    static List<Document> block(Record r, Stored s, int[] signature, String json) {
        Article a = r.article();
        Analysis an = r.analysis() == null ? Analysis.EMPTY : r.analysis();
        Long published = Dates.millis(a.published());
        String site = site(a.site());
        String lang = a.language() == null ? null : a.language().toLowerCase(Locale.ROOT);
        boolean duplicate = s.duplicateOf() != null;
        List<Document> docs = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        for (Analysis.Quote q : an.quotes()) {
            if ("term".equals(q.kind()) || q.text() == null) {
                continue; // a scare quote or title is not speech
            }
            Document d = new Document();
            d.add(new StringField(TYPE, QUOTE_TYPE, Field.Store.NO));
            d.add(new StringField(BLOCK, s.id(), Field.Store.NO));
            d.add(new TextField(QUOTE, q.text(), Field.Store.NO));
            if (a.title() != null) {
                d.add(new TextField(TITLE, a.title(), Field.Store.NO));
            }
            common(d, published, site, lang, duplicate);
            String name = Speakers.canonical(q.speaker(), an);
            if (name != null) {
                speakers.add(name);
                addSpeaker(d, name, q.speaker().name());
                d.add(new SortedDocValuesField(SPEAKER_NAME, new BytesRef(name)));
                if (q.speaker().role() != null && !q.speaker().role().isBlank()) {
                    d.add(new SortedDocValuesField(ROLE, new BytesRef(q.speaker().role().strip())));
                }
                if (q.speaker().organization() != null && !q.speaker().organization().isBlank()) {
                    d.add(new SortedDocValuesField(ORG, new BytesRef(q.speaker().organization().strip())));
                    d.add(new TextField(ORG, q.speaker().organization(), Field.Store.NO));
                }
            }
            d.add(new StoredField(QUOTE_JSON, QuoteJson.of(q, name, s.id(), a)));
            docs.add(d);
        }
        Document d = new Document();
        d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        d.add(new StringField(BLOCK, s.id(), Field.Store.NO));
        d.add(new StringField(ID, s.id(), Field.Store.YES));
        d.add(new StringField(CLUSTER, s.cluster(), Field.Store.YES));
        d.add(new SortedDocValuesField(CLUSTER, new BytesRef(s.cluster())));
        if (s.duplicateOf() != null) {
            d.add(new StoredField(DUPLICATE_OF, s.duplicateOf()));
        }
        d.add(new StringField(CONTENT_HASH, s.contentHash(), Field.Store.YES));
        if (s.sameUrl() != null) {
            d.add(new StoredField(SAME_URL, s.sameUrl()));
        }
        if (a.input() != null) {
            d.add(new StoredField(INPUT, a.input()));
        }
        String url = Ids.canonicalUrl(a.url());
        if (url != null) {
            d.add(new StringField(URL, url, Field.Store.NO));
        }
        common(d, published, site, lang, duplicate);
        if (a.title() != null) {
            d.add(new TextField(TITLE, a.title(), Field.Store.NO));
        }
        if (a.description() != null) {
            d.add(new TextField(TEXT, a.description(), Field.Store.NO));
        }
        d.add(new TextField(TEXT, a.text(), Field.Store.NO));
        for (String author : a.authors()) {
            d.add(new TextField(AUTHOR, author, Field.Store.NO));
        }
        for (String tag : a.tags()) {
            d.add(new TextField(TAG, tag, Field.Store.NO));
        }
        for (String sp : speakers) {
            addSpeaker(d, sp, null);
            d.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, sp));
        }
        Set<String> entityNames = new LinkedHashSet<>();
        for (Analysis.Entity e : an.entities()) {
            if (e.name() == null || e.name().isBlank()) {
                continue;
            }
            d.add(new TextField(ENTITY, e.name(), Field.Store.NO));
            for (String alias : e.aliases()) {
                d.add(new TextField(ENTITY, alias, Field.Store.NO));
            }
            entityNames.add(e.name().strip());
        }
        for (String e : entityNames) {
            d.add(new SortedSetDocValuesFacetField(FACET_ENTITY, e));
        }
        if (site != null) {
            d.add(new SortedSetDocValuesFacetField(FACET_SITE, site));
        }
        if (lang != null) {
            d.add(new SortedSetDocValuesFacetField(FACET_LANG, lang));
        }
        if (signature != null) {
            d.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(MinHash.toBytes(signature))));
            for (String band : MinHash.bands(signature)) {
                d.add(new StringField(LSH, band, Field.Store.NO));
            }
        }
        d.add(new StoredField(RECORD, json));
        try {
            docs.add(FACETS.build(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static void addSpeaker(Document d, String canonical, String asWritten) {
        d.add(new TextField(SPEAKER, canonical, Field.Store.NO));
        d.add(new StringField(SPEAKER_EXACT, Speakers.key(canonical), Field.Store.NO));
        String written = Speakers.clean(asWritten);
        if (written != null && !Speakers.key(written).equals(Speakers.key(canonical))) {
            d.add(new TextField(SPEAKER, written, Field.Store.NO));
            d.add(new StringField(SPEAKER_EXACT, Speakers.key(written), Field.Store.NO));
        }
    }

    private static void common(Document d, Long published, String site, String lang, boolean duplicate) {
        if (published != null) {
            d.add(new LongPoint(PUBLISHED, published));
            d.add(new NumericDocValuesField(PUBLISHED, published));
        }
        if (site != null) {
            d.add(new StringField(SITE, site, Field.Store.NO));
        }
        if (lang != null) {
            d.add(new StringField(LANG, lang, Field.Store.NO));
        }
        if (duplicate) {
            d.add(new StringField(DUPLICATE, "1", Field.Store.NO));
        }
    }
}
