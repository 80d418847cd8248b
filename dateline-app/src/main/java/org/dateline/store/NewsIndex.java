package org.dateline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.dateline.record.Record;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded news index: a Lucene index in one folder, holding one block of documents per
 * article (see {@link Schema}).
 *
 * <p><b>Writing</b> ({@link Mode#WRITE}) takes the folder's lock: one writer at a time, across
 * processes; a second is refused with a message naming the folder. Every article is written as one
 * atomic block and commits happen every {@link Settings#commitMillis()} and on {@link #close()}: a
 * process killed at any moment leaves the index at its last commit, with whole articles only, and
 * ingesting the same input again completes it (ids are stable, so nothing is added twice).
 *
 * <p><b>Reading</b> is near-real-time: a writer's own searches see what it added within
 * {@link Settings#refreshMillis()}; a reader in another process sees each commit on its next query.
 *
 * <p>Thread-safe: searches run concurrently; ingests are serialised.
 */
public final class NewsIndex implements Closeable {

    /** The default folder, relative to the working directory. */
    public static final String DEFAULT_FOLDER = "dateline-index";
    static final String MARKER = "dateline.index";
    static final String FORMAT = "1";

    public enum Mode { READ, WRITE }

    /**
     * @param commitMillis  a writer commits at least this often while ingesting (bounds what a crash
     *                      loses, and how stale other processes' reads are)
     * @param refreshMillis searches reopen the index when their view is older than this
     * @param ramBufferMb   the writer's in-memory buffer before it flushes a segment
     */
    public record Settings(long commitMillis, long refreshMillis, double ramBufferMb) {
        /**
         * Commits every 400 ms (polled every 100 ms) and reopens after 100 ms: another process sees a
         * new article within about 0.6 s plus the commit's own time.
         */
        public static final Settings DEFAULTS = new Settings(400, 100, 64);
    }

    public enum Outcome { NEW, DUPLICATE, UPDATED, UNCHANGED }

    /**
     * A record with what indexing computes from it alone (id, content hash, MinHash signature, JSON):
     * a pure function, so ingest pipelines compute it on their worker threads, leaving only the
     * story decision and the write to the (serialised) {@link #ingest(Prepared)}.
     */
    public record Prepared(Record record, String id, String contentHash, int[] signature, String json) {
    }

    /** Prepares a record for {@link #ingest(Prepared)}; thread-safe. */
    public static Prepared prepare(Record r) {
        return new Prepared(r, Ids.id(r), Ids.contentHash(r), MinHash.signature(r.article().text()),
                org.dateline.record.RecordJson.toJson(r));
    }

    /**
     * What one ingest did: the article's id and story; {@code sameUrl} is the article that first
     * claimed the same canonical URL when this one is another page claiming it, else null.
     */
    public record Ingested(Outcome outcome, String id, String cluster, String duplicateOf, String sameUrl) {
        public Ingested(Outcome outcome, String id, String cluster, String duplicateOf) {
            this(outcome, id, cluster, duplicateOf, null);
        }
    }

    private static final Pattern LUCENE_FILE = Pattern.compile(
            "segments_[0-9a-z]+|pending_segments_[0-9a-z]+|write\\.lock|_[0-9a-z]+[_.].*|extra\\d+");
    private static final Set<String> IDENTITY_FIELDS = Set.of(Schema.ID, Schema.CLUSTER, Schema.DUPLICATE_OF,
            Schema.CONTENT_HASH);
    private static final Set<String> CLAIMANT_FIELDS = Set.of(Schema.ID, Schema.CLUSTER, Schema.DUPLICATE_OF,
            Schema.CONTENT_HASH, Schema.SAME_URL, Schema.INPUT, Schema.RECORD);
    private static final String[] SEARCH_FIELDS = {Schema.TITLE, Schema.TEXT};
    /** Title words weigh three times body words: a headline says what the story is about. */
    private static final Map<String, Float> SEARCH_BOOSTS = Map.of(Schema.TITLE, 3f, Schema.TEXT, 1f);
    private static final String[] QUOTE_FIELDS = {Schema.QUOTE, Schema.TITLE};
    private static final Map<String, Float> QUOTE_BOOSTS = Map.of(Schema.QUOTE, 2f, Schema.TITLE, 1f);
    private static final Query ARTICLES = new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE));
    private static final Query QUOTES = new TermQuery(new Term(Schema.TYPE, Schema.QUOTE_TYPE));
    /** Collapsing reads at most this many hits to find {@code limit} distinct stories. */
    private static final int MAX_COLLAPSE_WINDOW = 20_000;
    /** Near-duplicate candidates not yet visible to the searcher are kept in memory up to this count. */
    private static final int MAX_PENDING = 4096;

    private final Path folder;
    private final Settings settings;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = Schema.analyzer();
    private volatile long lastRefresh = System.nanoTime();
    /** Articles were added since the last reopen. */
    private volatile boolean dirty;
    /** Articles were added since the last commit. */
    private boolean uncommitted;
    private boolean closed;
    private final ScheduledExecutorService committer;
    /** Held for a whole commit (outside this object's monitor, so that ingest goes on meanwhile). */
    private final ReentrantLock commitLock = new ReentrantLock();
    private long lastCommit = System.nanoTime();
    private long lastCommitCost;
    private long lastIngest;
    /** No article for this long: the stream paused, commit at {@link Settings#commitMillis()}. */
    private static final long IDLE_NANOS = 50_000_000L;
    /** A commit was asked for before its time (the pending table is full). */
    private boolean commitRequested;
    /**
     * Articles written since the last commit began, which searches of ingest's own look-ups cannot
     * see yet; and those of the commit under way (null when none), visible once it has reopened.
     */
    private Map<String, Pending> pendingById = new HashMap<>();
    private Map<String, List<Pending>> pendingBands = new HashMap<>();
    private Map<String, Pending> committingById;
    private Map<String, List<Pending>> committingBands;
    private volatile FacetState facetState;

    private record Pending(String id, String cluster, String contentHash, int[] signature) {
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private NewsIndex(Path folder, Settings settings, Directory directory, IndexWriter writer,
                      SearcherManager searchers) {
        this.folder = folder;
        this.settings = settings;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        if (writer != null) {
            // Commits run on their own thread, at commitMillis also while no article arrives (a slow
            // page, an idle server): what was ingested is durable and visible to other processes
            // within about commitMillis, and the ingest thread never waits for a commit's flush and
            // fsync (measured: it waited ~8% of an ingest's time when it committed itself).
            committer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dateline-commit");
                t.setDaemon(true);
                return t;
            });
            long poll = Math.max(10, Math.min(100, settings.commitMillis() / 4));
            committer.scheduleWithFixedDelay(this::commitIfDue, poll, poll, TimeUnit.MILLISECONDS);
        } else {
            committer = null;
        }
    }

    private void commitIfDue() {
        try {
            commitPending(true);
        } catch (IOException | RuntimeException e) {
            // the next ingest or close reports a real failure
        }
    }

    /**
     * Commits what was ingested and reopens ingest's searcher. Ingest goes on meanwhile: the table
     * of not-yet-visible articles is handed over when the commit begins and dropped once the
     * reopened searcher sees them.
     *
     * @param onlyIfDue skip unless {@link #commitInterval()} has passed (or a commit was asked for)
     */
    private void commitPending(boolean onlyIfDue) throws IOException {
        commitLock.lock();
        try {
            long start;
            synchronized (this) {
                if (closed && onlyIfDue || !uncommitted) {
                    return;
                }
                start = System.nanoTime();
                // while articles stream in, at the stretched interval; when the stream pauses, at commitMillis
                long interval = start - lastIngest >= IDLE_NANOS ? settings.commitMillis() * 1_000_000L : commitInterval();
                if (onlyIfDue && !commitRequested && start - lastCommit < interval) {
                    return;
                }
                committingById = pendingById;
                committingBands = pendingBands;
                pendingById = new HashMap<>();
                pendingBands = new HashMap<>();
                uncommitted = false;
                commitRequested = false;
            }
            boolean done = false;
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
                done = true;
            } finally {
                synchronized (this) {
                    if (done) {
                        lastCommit = System.nanoTime();
                        lastCommitCost = lastCommit - start;
                    } else {
                        // still not visible: back into the table (newer entries win)
                        committingById.forEach(pendingById::putIfAbsent);
                        committingBands.forEach((band, ps) -> pendingBands.computeIfAbsent(band, k -> new ArrayList<>(1)).addAll(ps));
                        uncommitted = true;
                    }
                    committingById = null;
                    committingBands = null;
                    notifyAll();
                }
            }
        } finally {
            commitLock.unlock();
        }
    }

    public static NewsIndex open(Path folder, Mode mode) {
        return open(folder, mode, Settings.DEFAULTS);
    }

    /**
     * Opens (in {@link Mode#WRITE}, creates) the index in {@code folder}.
     *
     * @throws IndexException naming the folder when it is missing (read), not a folder, not a Dateline
     *                        index, corrupted, or locked by another writer
     */
    public static NewsIndex open(Path folder, Mode mode, Settings settings) {
        Path f = folder.toAbsolutePath().normalize();
        String name = folder.toString();
        if (Files.exists(f) && !Files.isDirectory(f)) {
            throw new IndexException("index folder " + name + " is a file, not a folder");
        }
        if (mode == Mode.READ && !Files.isDirectory(f)) {
            throw new IndexException("no index at " + name + " (create one with: dateline ingest --index " + name + " INPUT...)");
        }
        Directory dir = null;
        IndexWriter writer = null;
        try {
            if (mode == Mode.WRITE) {
                Files.createDirectories(f);
            }
            dir = FSDirectory.open(f);
            boolean exists = checkFolder(dir, name);
            if (mode == Mode.READ && !exists) {
                throw new IndexException("no index at " + name + " (the folder holds no committed index yet)");
            }
            SearcherManager sm;
            if (mode == Mode.WRITE) {
                IndexWriterConfig cfg = new IndexWriterConfig(Schema.analyzer());
                cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                cfg.setRAMBufferSizeMB(settings.ramBufferMb());
                cfg.setCommitOnClose(true);
                // Compound files (the default) for flushed segments: 3 files to fsync per commit
                // instead of ~15; with fsync at 5-60 ms here, fewer files cost less than the copy.
                writer = new IndexWriter(dir, cfg);
                writer.setLiveCommitData(Map.of(MARKER, FORMAT).entrySet());
                if (!exists) {
                    writer.commit();
                }
                sm = new SearcherManager(writer, null);
            } else {
                sm = new SearcherManager(dir, null);
            }
            return new NewsIndex(f, settings, dir, writer, sm);
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, dir);
            throw new IndexException("index " + name + " is in use by another writer (a running ingest or serve holds "
                    + name + "/write.lock); wait for it to finish, or stop it");
        } catch (IndexException e) {
            closeQuietly(writer, dir);
            throw e;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | EOFException | NoSuchFileException e) {
            closeQuietly(writer, dir);
            throw new IndexException("index " + name + " is corrupted (" + oneLine(e)
                    + "); move the folder away and ingest again", e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, dir);
            throw new IndexException("cannot open index " + name + ": " + oneLine(e), e);
        }
    }

    /** True when the folder holds a committed Dateline index; false when it is empty (or only holds leftovers of an uncommitted start). */
    private static boolean checkFolder(Directory dir, String name) throws IOException {
        String[] files = dir.listAll();
        boolean hasSegments = false;
        for (String file : files) {
            if (file.startsWith("segments_")) {
                hasSegments = true;
            } else if (!LUCENE_FILE.matcher(file).matches()) {
                throw new IndexException(name + " is not a Dateline index: it holds other files (" + file
                        + "); give an empty or new folder with --index");
            }
        }
        if (!hasSegments) {
            return false;
        }
        Map<String, String> userData = SegmentInfos.readLatestCommit(dir).getUserData();
        if (!FORMAT.equals(userData.get(MARKER))) {
            throw new IndexException(name + " holds a Lucene index that Dateline did not make"
                    + (userData.containsKey(MARKER) ? " (format " + userData.get(MARKER) + ")" : "")
                    + "; give another folder with --index");
        }
        return true;
    }

    public Path folder() {
        return folder;
    }

    public boolean writable() {
        return writer != null;
    }

    // ------------------------------------------------------------------------------------ writing

    /**
     * Adds or replaces one article. Same id and same content: {@link Outcome#UNCHANGED}, nothing
     * written. Same id, other content: replaced, keeping its story. New id: linked to an existing
     * story when its body is a near-duplicate of one ({@link Outcome#DUPLICATE}), else a new story.
     */
    public Ingested ingest(Record r) {
        return ingest(prepare(r));
    }

    /** As {@link #ingest(Record)}, for a record prepared beforehand (see {@link #prepare(Record)}). */
    public synchronized Ingested ingest(Prepared p) {
        if (writer == null) {
            throw new IllegalStateException("index " + folder + " was opened read-only");
        }
        String id = p.id();
        String hash = p.contentHash();
        try {
            Pending known = pendingById.get(id);
            if (known == null && committingById != null) {
                known = committingById.get(id);
            }
            String existingCluster;
            String existingDup;
            String existingHash;
            if (known != null) {
                existingCluster = known.cluster();
                existingDup = known.cluster().equals(id) ? null : known.cluster();
                existingHash = known.contentHash();
            } else {
                Document old = identity(id);
                existingCluster = old == null ? null : old.get(Schema.CLUSTER);
                existingDup = old == null ? null : old.get(Schema.DUPLICATE_OF);
                existingHash = old == null ? null : old.get(Schema.CONTENT_HASH);
            }
            int[] sig = p.signature();
            Outcome outcome;
            String cluster;
            String dupOf;
            String sameUrl = null;
            if (existingCluster != null && !hash.equals(existingHash) && id.startsWith("u")) {
                // Another text under a URL already taken: a new version of one of the pages claiming
                // that URL (the same input, or a near-duplicate text), else another page that shares
                // the URL (a wrong canonical link): kept apart, under an id of its URL and its text.
                Claimant same = versionOf(p, Ids.canonicalUrl(p.record().article().url()), id);
                if (same == null) {
                    sameUrl = id;
                    id = Ids.sharedUrlId(p.record());
                    Document alt = identity(id);
                    existingCluster = alt == null ? null : alt.get(Schema.CLUSTER);
                    existingDup = alt == null ? null : alt.get(Schema.DUPLICATE_OF);
                    existingHash = alt == null ? null : alt.get(Schema.CONTENT_HASH);
                } else {
                    id = same.id();
                    existingCluster = same.cluster();
                    existingDup = same.duplicateOf();
                    existingHash = same.contentHash();
                    sameUrl = same.sameUrl();
                    if (!same.sameInput() && !supersedes(p.record(), same.record())) {
                        // Another copy of the page (another crawl, another file): the version kept is
                        // the same whatever the order they come in, so ingesting again changes nothing.
                        return new Ingested(Outcome.UNCHANGED, id, existingCluster, existingDup, sameUrl);
                    }
                }
            }
            if (existingCluster != null) {
                if (hash.equals(existingHash)) {
                    return new Ingested(Outcome.UNCHANGED, id, existingCluster, existingDup, sameUrl);
                }
                outcome = Outcome.UPDATED;
                cluster = existingCluster;
                dupOf = existingDup;
            } else {
                String match = sig == null ? null : nearDuplicate(id, sig);
                if (match != null) {
                    outcome = Outcome.DUPLICATE;
                    cluster = match;
                    dupOf = match;
                } else {
                    outcome = Outcome.NEW;
                    cluster = id;
                    dupOf = null;
                }
            }
            List<Document> block = Schema.block(p.record(), new Schema.Stored(id, cluster, dupOf, hash, sameUrl), sig,
                    p.json());
            writer.updateDocuments(new Term(Schema.BLOCK, id), block);
            remember(new Pending(id, cluster, hash, sig));
            noteWrite();
            return new Ingested(outcome, id, cluster, dupOf, sameUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": " + oneLine(e), e);
        }
    }

    // ------------------------------------------------------------------------------------ maintenance

    /** What {@link #delete} did: the ids deleted, those not found, and the copies re-linked to a new first article. */
    public record Deletion(List<String> deleted, List<String> missing, int relinked) {
    }

    /**
     * Deletes articles by id, each with its quote documents (one block). A story that loses its
     * first article keeps its cluster id; its oldest remaining copy becomes the article the others
     * are duplicates of (so that their quotes are listed again), and a copy that pointed at a deleted
     * article points at that one.
     */
    public synchronized Deletion delete(java.util.Collection<String> ids) {
        requireWriter();
        try {
            searchers.maybeRefreshBlocking();
            List<String> deleted = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            Set<String> clusters = new java.util.LinkedHashSet<>();
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                Document d = identity(id);
                if (d == null || !id.equals(d.get(Schema.ID))) {
                    missing.add(id);
                    continue;
                }
                clusters.add(d.get(Schema.CLUSTER));
                writer.deleteDocuments(new Term(Schema.BLOCK, id));
                deleted.add(id);
            }
            Set<String> gone = new HashSet<>(deleted);
            forget(gone);
            if (!deleted.isEmpty()) {
                noteWrite();
                searchers.maybeRefreshBlocking();
            }
            int relinked = 0;
            for (String cluster : clusters) {
                relinked += relink(cluster, gone);
            }
            return new Deletion(List.copyOf(deleted), List.copyOf(missing), relinked);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": " + oneLine(e), e);
        }
    }

    /** Re-points a story's copies after deletions: returns how many articles were rewritten. */
    private int relink(String cluster, Set<String> gone) throws IOException {
        List<Document> left = new ArrayList<>();
        IndexSearcher s = acquireAsIs();
        try {
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.CLUSTER, cluster)), BooleanClause.Occur.MUST)
                    .add(ARTICLES, BooleanClause.Occur.FILTER).build();
            // Index order is ingest order within a story: blocks are appended, and a rewrite keeps the story's head first.
            TopDocs top = s.search(q, 100_000, new Sort(SortField.FIELD_DOC));
            for (ScoreDoc sd : top.scoreDocs) {
                left.add(s.storedFields().document(sd.doc));
            }
        } finally {
            release(s);
        }
        if (left.isEmpty()) {
            return 0;
        }
        String head = null;
        for (Document d : left) {
            if (d.get(Schema.DUPLICATE_OF) == null) {
                head = d.get(Schema.ID);
                break;
            }
        }
        int rewritten = 0;
        String newHead = head == null ? left.get(0).get(Schema.ID) : head;
        for (Document d : left) {
            String id = d.get(Schema.ID);
            String dup = d.get(Schema.DUPLICATE_OF);
            String want = id.equals(newHead) ? null : dup != null && gone.contains(dup) ? newHead : dup;
            if (java.util.Objects.equals(want, dup)) {
                continue;
            }
            Record r = org.dateline.record.RecordJson.read(d.get(Schema.RECORD));
            rewrite(r, new Schema.Stored(id, cluster, want, d.get(Schema.CONTENT_HASH), d.get(Schema.SAME_URL)),
                    d.get(Schema.RECORD));
            rewritten++;
        }
        return rewritten;
    }

    /** Writes an article's block anew (same id), with its identity as given. */
    private void rewrite(Record r, Schema.Stored stored, String json) throws IOException {
        int[] sig = MinHash.signature(r.article().text());
        writer.updateDocuments(new Term(Schema.BLOCK, stored.id()), Schema.block(r, stored, sig, json));
        remember(new Pending(stored.id(), stored.cluster(), stored.contentHash(), sig));
        noteWrite();
    }

    /** Drops deleted articles from the table of articles not yet visible to ingest's searcher. */
    private void forget(Set<String> gone) {
        for (Map<String, Pending> byId : Arrays.asList(pendingById, committingById)) {
            if (byId != null) {
                byId.keySet().removeAll(gone);
            }
        }
        for (Map<String, List<Pending>> bands : Arrays.asList(pendingBands, committingBands)) {
            if (bands != null) {
                bands.values().forEach(ps -> ps.removeIf(p -> gone.contains(p.id())));
            }
        }
    }

    /** Ids of the matching articles (every copy; a blank query: all), in index order. */
    public List<String> ids(String query, Requests.Filters filters) {
        List<String> ids = new ArrayList<>();
        Query q = filtered(textQuery(query, SEARCH_FIELDS, SEARCH_BOOSTS), ARTICLES, filters, false);
        read(s -> {
            collect(s, q, () -> new SimpleCollector() {
                StoredFields stored;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    stored = ctx.reader().storedFields();
                }

                @Override
                public void collect(int doc) throws IOException {
                    ids.add(stored.document(doc, Set.of(Schema.ID)).get(Schema.ID));
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return null;
        });
        return ids;
    }

    /**
     * The article with this id as a writer's searcher last saw it, without reopening (a batch that
     * rewrites articles one by one reads each before its own rewrite), or null.
     */
    public StoredArticle snapshot(String id) {
        try {
            IndexSearcher s = acquireAsIs();
            try {
                TopDocs top = s.search(new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST)
                        .add(ARTICLES, BooleanClause.Occur.FILTER).build(), 1);
                return top.scoreDocs.length == 0 ? null : article(s.storedFields().document(top.scoreDocs[0].doc));
            } finally {
                release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": " + oneLine(e), e);
        }
    }

    /**
     * Replaces a stored article's record by {@code updated} (the same article, analysed anew),
     * keeping its id, story and links: {@link Outcome#UNCHANGED} when it says the same, else
     * {@link Outcome#UPDATED}; null when no article has this id.
     */
    public synchronized Outcome replace(String id, Record updated) {
        requireWriter();
        try {
            StoredArticle old = snapshot(id);
            if (old == null) {
                return null;
            }
            String hash = Ids.contentHash(updated);
            if (hash.equals(Ids.contentHash(old.record()))) {
                return Outcome.UNCHANGED;
            }
            rewrite(updated, new Schema.Stored(id, old.cluster(), old.duplicateOf(), hash, old.sameUrl()),
                    org.dateline.record.RecordJson.toJson(updated));
            return Outcome.UPDATED;
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": " + oneLine(e), e);
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("index " + folder + " was opened read-only");
        }
    }

    /** Makes everything ingested so far durable and visible to other processes. */
    public void commit() {
        if (writer == null) {
            return;
        }
        try {
            commitPending(false);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": cannot commit: " + oneLine(e), e);
        }
    }

    /** Called under the monitor after each write: the commit thread does the commit. */
    private void noteWrite() {
        dirty = true;
        uncommitted = true;
        lastIngest = System.nanoTime();
        int pending = pendingById.size();
        if (pending >= MAX_PENDING && !commitRequested) {
            commitRequested = true;
            committer.execute(this::commitIfDue);
        }
        // Memory stays bounded when commits fall behind (a slow disk): wait for the one under way.
        while (pendingById.size() >= 2 * MAX_PENDING && committingById != null && !closed) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /**
     * Nanoseconds between commits: {@link Settings#commitMillis()}, stretched to ten times what the
     * last commit cost, so that commits (fsync of every new file) never take more than about a
     * tenth of an ingest's time on a slow or busy disk.
     */
    private long commitInterval() {
        return Math.max(settings.commitMillis() * 1_000_000L, 10 * lastCommitCost);
    }

    private void remember(Pending p) {
        pendingById.put(p.id(), p);
        if (p.signature() != null) {
            for (String band : MinHash.bands(p.signature())) {
                pendingBands.computeIfAbsent(band, k -> new ArrayList<>(1)).add(p);
            }
        }
    }

    /** The story (cluster id) a new body repeats, or null. */
    private String nearDuplicate(String id, int[] sig) throws IOException {
        String[] bands = MinHash.bands(sig);
        double best = MinHash.THRESHOLD;
        String bestCluster = null;
        Set<String> seen = new HashSet<>();
        for (Map<String, List<Pending>> table : Arrays.asList(pendingBands, committingBands)) {
            if (table == null) {
                continue;
            }
            for (String band : bands) {
                for (Pending p : table.getOrDefault(band, List.of())) {
                    if (!p.id().equals(id) && seen.add(p.id())) {
                        double s = MinHash.similarity(sig, p.signature());
                        if (s >= best) {
                            best = s;
                            bestCluster = p.cluster();
                        }
                    }
                }
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String band : bands) {
            any.add(new TermQuery(new Term(Schema.LSH, band)), BooleanClause.Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
                .add(ARTICLES, BooleanClause.Occur.FILTER).build();
        IndexSearcher s = acquireAsIs();
        try {
            // The best-scoring candidates share the most bands; 10 is far more than real stories need.
            TopDocs top = s.search(q, 10);
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Schema.SIGNATURE);
                if (sigs == null || !sigs.advanceExact(sd.doc - leaf.docBase)) {
                    continue;
                }
                BytesRef b = sigs.binaryValue();
                int[] other = MinHash.fromBytes(b.bytes, b.offset, b.length);
                if (other != null) {
                    double sim = MinHash.similarity(sig, other);
                    if (sim >= best) {
                        String cluster = clusterOf(s, sd.doc);
                        if (cluster != null && !cluster.equals(id)) {
                            best = sim;
                            bestCluster = cluster;
                        }
                    }
                }
            }
        } finally {
            release(s);
        }
        return bestCluster;
    }

    /** An article claiming a canonical URL, as {@link #versionOf} weighs it. */
    private record Claimant(String id, String cluster, String duplicateOf, String contentHash, String sameUrl,
                            boolean sameInput, String json) {
        Record record() {
            return org.dateline.record.RecordJson.read(json);
        }
    }

    /**
     * Whether {@code incoming}, a version of the page {@code stored} read from another input, is
     * the one to keep: the later by its last stated time (modified, else published), then the
     * fuller text, then a fixed order of the texts. A total order, so that two copies of a page
     * give the same article whichever comes first, and re-ingesting both changes nothing.
     */
    static boolean supersedes(Record incoming, Record stored) {
        int byTime = Long.compare(lastStated(incoming), lastStated(stored));
        if (byTime != 0) {
            return byTime > 0;
        }
        int byLength = Integer.compare(incoming.article().text().length(), stored.article().text().length());
        if (byLength != 0) {
            return byLength > 0;
        }
        return Ids.contentHash(incoming).compareTo(Ids.contentHash(stored)) > 0;
    }

    private static long lastStated(Record r) {
        Long t = Dates.millis(r.article().modified());
        if (t == null) {
            t = Dates.millis(r.article().published());
        }
        return t == null ? Long.MIN_VALUE : t;
    }

    /**
     * Among the articles that claim this canonical URL, the one {@code p} is a version of: read from
     * the same input, else the one whose text is the nearest duplicate of {@code p}'s (MinHash at
     * least {@link MinHash#THRESHOLD}); null when {@code p} is another page. Runs only when a URL's
     * id meets another text, so the reopen it needs (to see what this writer added) is rare.
     */
    private Claimant versionOf(Prepared p, String url, String urlId) throws IOException {
        searchers.maybeRefreshBlocking();
        lastRefresh = System.nanoTime();
        String input = p.record().article().input();
        int[] sig = p.signature();
        IndexSearcher s = acquireAsIs();
        try {
            Query q = new BooleanQuery.Builder()
                    .add(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Schema.ID, urlId)), BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(Schema.URL, url)), BooleanClause.Occur.SHOULD).build(),
                            BooleanClause.Occur.MUST)
                    .add(ARTICLES, BooleanClause.Occur.FILTER).build();
            TopDocs top = s.search(q, 1000);
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            Claimant best = null;
            double bestSim = MinHash.THRESHOLD;
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc, CLAIMANT_FIELDS);
                boolean sameInput = input != null && input.equals(d.get(Schema.INPUT));
                Claimant c = new Claimant(d.get(Schema.ID), d.get(Schema.CLUSTER), d.get(Schema.DUPLICATE_OF),
                        d.get(Schema.CONTENT_HASH), d.get(Schema.SAME_URL), sameInput, d.get(Schema.RECORD));
                if (sameInput) {
                    return c;
                }
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Schema.SIGNATURE);
                if (sig != null && sigs != null && sigs.advanceExact(sd.doc - leaf.docBase)) {
                    BytesRef b = sigs.binaryValue();
                    int[] other = MinHash.fromBytes(b.bytes, b.offset, b.length);
                    double sim = other == null ? 0 : MinHash.similarity(sig, other);
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = c;
                    }
                }
            }
            return best;
        } finally {
            release(s);
        }
    }

    /** The stored identity fields of an article visible to ingest (not its record), or null. */
    private Document identity(String id) throws IOException {
        IndexSearcher s = acquireAsIs();
        try {
            TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            return s.storedFields().document(top.scoreDocs[0].doc, IDENTITY_FIELDS);
        } finally {
            release(s);
        }
    }

    // ------------------------------------------------------------------------------------ reading

    /**
     * A searcher for a caller's read: sees every article this process ingested (read your writes),
     * and what other processes committed up to {@link Settings#refreshMillis()} ago.
     */
    private IndexSearcher acquire() throws IOException {
        if (dirty) {
            dirty = false;
            searchers.maybeRefreshBlocking();
            lastRefresh = System.nanoTime();
        } else if (System.nanoTime() - lastRefresh >= settings.refreshMillis() * 1_000_000L) {
            lastRefresh = System.nanoTime();
            searchers.maybeRefreshBlocking();
        }
        return searchers.acquire();
    }

    /** A searcher for ingest's own look-ups: no reopen (articles not yet visible are in the pending table). */
    private IndexSearcher acquireAsIs() throws IOException {
        return searchers.acquire();
    }

    private void release(IndexSearcher s) throws IOException {
        searchers.release(s);
    }

    /** Forces the next read to see everything committed (or, for a writer, added) so far. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            lastRefresh = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of articles (all copies). */
    public long articleCount() {
        return read(s -> (long) s.count(ARTICLES));
    }

    /** The article with this id, or null. */
    public StoredArticle get(String id) {
        return read(s -> {
            TopDocs top = s.search(new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST)
                    .add(ARTICLES, BooleanClause.Occur.FILTER).build(), 1);
            return top.scoreDocs.length == 0 ? null : article(s.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    private static StoredArticle article(Document d) {
        return new StoredArticle(d.get(Schema.ID), d.get(Schema.CLUSTER), d.get(Schema.DUPLICATE_OF), d.get(Schema.SAME_URL),
                d.get(Schema.RECORD));
    }

    public Requests.SearchResult search(Requests.Search req) {
        Query text = textQuery(req.query(), SEARCH_FIELDS, SEARCH_BOOSTS);
        Query q = filtered(text, ARTICLES, req.filters(), true);
        boolean relevance = req.order() == null ? !isBlank(req.query()) : req.order() == Requests.Order.RELEVANCE;
        Sort sort = relevance ? null : newestFirst();
        return read(s -> {
            long total;
            Map<String, List<Requests.FacetCount>> facets = Map.of();
            int window = req.collapse() ? Math.min(MAX_COLLAPSE_WINDOW, req.limit() * 4 + 16) : req.limit();
            TopDocs top;
            if (req.facets()) {
                FacetsCollectorManager.FacetsResult fr = sort == null
                        ? FacetsCollectorManager.search(s, q, window, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(s, q, window, sort, relevance, new FacetsCollectorManager());
                top = fr.topDocs();
                total = 0;
                for (FacetsCollector.MatchingDocs md : fr.facetsCollector().getMatchingDocs()) {
                    total += md.totalHits;
                }
                facets = facets(s, fr.facetsCollector());
            } else {
                top = sort == null ? s.search(q, window) : s.search(q, window, sort);
                total = s.count(q);
            }
            List<Requests.Hit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            if (!req.collapse()) {
                for (ScoreDoc sd : top.scoreDocs) {
                    StoredArticle a = article(stored.document(sd.doc));
                    hits.add(new Requests.Hit(a, -1, relevance ? sd.score : Float.NaN));
                }
                return new Requests.SearchResult(total, hits, facets);
            }
            Set<String> clusters = new HashSet<>();
            while (true) {
                for (ScoreDoc sd : top.scoreDocs) {
                    if (hits.size() >= req.limit()) {
                        break;
                    }
                    String cluster = clusterOf(s, sd.doc);
                    if (cluster == null || !clusters.add(cluster)) {
                        continue;
                    }
                    StoredArticle a = article(stored.document(sd.doc));
                    long copies = s.count(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Schema.CLUSTER, cluster)), BooleanClause.Occur.FILTER)
                            .add(ARTICLES, BooleanClause.Occur.FILTER).build());
                    hits.add(new Requests.Hit(a, copies, relevance ? sd.score : Float.NaN));
                }
                if (hits.size() >= req.limit() || top.scoreDocs.length < window || window >= MAX_COLLAPSE_WINDOW) {
                    break;
                }
                // Too many copies of the same stories in the window: widen it and collapse again.
                window = Math.min(MAX_COLLAPSE_WINDOW, window * 4);
                top = sort == null ? s.search(q, window) : s.search(q, window, sort);
                hits.clear();
                clusters.clear();
            }
            return new Requests.SearchResult(total, hits, facets);
        });
    }

    private static String clusterOf(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = leaf.reader().getSortedDocValues(Schema.CLUSTER);
        if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }

    private Map<String, List<Requests.FacetCount>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        Map<String, List<Requests.FacetCount>> out = new LinkedHashMap<>();
        String[] dims = {Schema.FACET_SITE, Schema.FACET_LANG, Schema.FACET_SPEAKER, Schema.FACET_ENTITY};
        // One count over the matches serves every dimension: counting again per dimension did the
        // same work four times (docs/benchmarks.md, the desk's search page on 100,000 articles).
        Facets f = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : dims) {
            List<Requests.FacetCount> counts = new ArrayList<>();
            if (state != null && state.getPrefixToOrdRange().containsKey(dim)) {
                FacetResult r = f.getTopChildren(10, dim);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        counts.add(new Requests.FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    /** The facet ordinals of one reader, built once per reader (rebuilding per query would cost O(terms)). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS);
        } catch (IllegalArgumentException e) {
            state = null; // no article has facet values yet
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    public Requests.QuoteResult quotes(Requests.Quotes req) {
        Query text = textQuery(req.about(), QUOTE_FIELDS, QUOTE_BOOSTS);
        Query q = filtered(text, QUOTES, req.filters(), !req.includeDuplicates());
        boolean relevance = !isBlank(req.about());
        return read(s -> {
            TopDocs top = relevance ? s.search(q, req.limit()) : s.search(q, req.limit(), newestFirst());
            List<String> quotes = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                quotes.add(stored.document(sd.doc, Set.of(Schema.QUOTE_JSON)).get(Schema.QUOTE_JSON));
            }
            return new Requests.QuoteResult(s.count(q), quotes);
        });
    }

    /**
     * Speakers ranked by number of quotes. A one-word name ("Kirby") is counted with the one longer
     * name that ends with it ("John Kirby") when there is exactly one such name among the results.
     */
    public List<Requests.SpeakerRow> speakers(String about, Requests.Filters filters, int limit) {
        Requests.checkLimit(limit);
        Query text = textQuery(about, QUOTE_FIELDS, QUOTE_BOOSTS);
        Query q = filtered(text, QUOTES, filters, true);
        // Per leaf, names, roles and organisations are turned into strings once per ordinal, not
        // once per quote, and a speaker's articles are kept as a sorted array of parent documents
        // (a block's quotes come right before its article, in order), not a set of boxed longs:
        // the desk's /speakers over 380,000 quotes went from ~450 ms to ~100 ms (docs/benchmarks.md).
        final class Agg {
            long quotes;
            long[] articles = new long[4];
            int nArticles;
            final Map<String, Long> roles = new HashMap<>();
            final Map<String, Long> orgs = new HashMap<>();

            void article(long parent) {
                if (nArticles > 0 && articles[nArticles - 1] == parent) {
                    return;
                }
                if (nArticles == articles.length) {
                    articles = Arrays.copyOf(articles, nArticles * 2);
                }
                articles[nArticles++] = parent;
            }

            /** Adds another's counts; articles quoting both are counted once. */
            void absorb(Agg from) {
                quotes += from.quotes;
                long[] a = Arrays.copyOf(articles, nArticles);
                long[] b = Arrays.copyOf(from.articles, from.nArticles);
                Arrays.sort(a);
                Arrays.sort(b);
                long[] u = new long[a.length + b.length];
                int i = 0;
                int j = 0;
                int n = 0;
                while (i < a.length || j < b.length) {
                    long v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
                    if (n == 0 || u[n - 1] != v) {
                        u[n++] = v;
                    }
                }
                articles = u;
                nArticles = n;
                from.roles.forEach((k, v) -> roles.merge(k, v, Long::sum));
                from.orgs.forEach((k, v) -> orgs.merge(k, v, Long::sum));
            }
        }
        Map<String, Agg> byName = read(s -> {
            Map<String, Agg> m = new HashMap<>();
            collect(s, q, () -> new SimpleCollector() {
                SortedDocValues name;
                SortedDocValues role;
                SortedDocValues org;
                Agg[] aggs;
                String[] roles;
                String[] orgs;
                FixedBitSet articleDocs;
                int docBase;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    articleDocs = articleDocs(ctx);
                    name = ctx.reader().getSortedDocValues(Schema.SPEAKER_NAME);
                    role = ctx.reader().getSortedDocValues(Schema.ROLE);
                    org = ctx.reader().getSortedDocValues(Schema.ORG);
                    aggs = name == null ? null : new Agg[name.getValueCount()];
                    roles = role == null ? null : new String[role.getValueCount()];
                    orgs = org == null ? null : new String[org.getValueCount()];
                    docBase = ctx.docBase;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (name == null || !name.advanceExact(doc)) {
                        return;
                    }
                    int o = name.ordValue();
                    Agg a = aggs[o];
                    if (a == null) {
                        a = m.computeIfAbsent(name.lookupOrd(o).utf8ToString(), k -> new Agg());
                        aggs[o] = a;
                    }
                    a.quotes++;
                    if (role != null && role.advanceExact(doc)) {
                        int r = role.ordValue();
                        if (roles[r] == null) {
                            roles[r] = role.lookupOrd(r).utf8ToString();
                        }
                        a.roles.merge(roles[r], 1L, Long::sum);
                    }
                    if (org != null && org.advanceExact(doc)) {
                        int r = org.ordValue();
                        if (orgs[r] == null) {
                            orgs[r] = org.lookupOrd(r).utf8ToString();
                        }
                        a.orgs.merge(orgs[r], 1L, Long::sum);
                    }
                    // A block's quote documents come right before its article document.
                    int parent = articleDocs == null ? -1 : articleDocs.nextSetBit(doc);
                    a.article(docBase + (long) parent);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return m;
        });
        // Merge one-word names into the unique full name ending with them.
        Map<String, List<String>> fullByLast = new HashMap<>();
        for (String n : byName.keySet()) {
            String key = Speakers.key(n);
            if (key.contains(" ")) {
                fullByLast.computeIfAbsent(Speakers.lastWord(key), k -> new ArrayList<>()).add(n);
            }
        }
        for (String n : new ArrayList<>(byName.keySet())) {
            String key = Speakers.key(n);
            List<String> full = fullByLast.get(key);
            if (!key.contains(" ") && full != null && full.size() == 1) {
                byName.get(full.get(0)).absorb(byName.remove(n));
            }
        }
        List<Requests.SpeakerRow> rows = new ArrayList<>();
        byName.forEach((n, a) -> rows.add(new Requests.SpeakerRow(n, a.quotes, a.nArticles, top(a.roles), top(a.orgs))));
        rows.sort(Comparator.comparingLong(Requests.SpeakerRow::quotes).reversed().thenComparing(Requests.SpeakerRow::name));
        return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
    }

    /**
     * Runs a collector over every match, one fresh collector per slice of the index (the searcher
     * has no executor, so slices run one after the other and collectors may share their results).
     */
    private static void collect(IndexSearcher s, Query q, java.util.function.Supplier<SimpleCollector> collectors)
            throws IOException {
        s.search(q, new CollectorManager<SimpleCollector, Void>() {
            @Override
            public SimpleCollector newCollector() {
                return collectors.get();
            }

            @Override
            public Void reduce(java.util.Collection<SimpleCollector> done) {
                return null;
            }
        });
    }

    private static FixedBitSet articleDocs(LeafReaderContext ctx) throws IOException {
        PostingsEnum pe = ctx.reader().postings(new Term(Schema.TYPE, Schema.ARTICLE), PostingsEnum.NONE);
        if (pe == null) {
            return null;
        }
        FixedBitSet bits = new FixedBitSet(ctx.reader().maxDoc());
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            bits.set(d);
        }
        return bits;
    }

    private static List<String> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    /** Articles per day, week (starting Monday) or month for a query, oldest first; undated articles are not counted. */
    public List<Requests.Bucket> timeline(String query, Requests.Filters filters, Requests.Interval interval) {
        return timeline(filtered(textQuery(query, SEARCH_FIELDS, SEARCH_BOOSTS), ARTICLES, filters, false), interval);
    }

    /**
     * Quotes per day, week or month (as {@link #timeline}), each quote once per story (syndicated
     * copies not counted again): what a speaker's chart shows.
     */
    public List<Requests.Bucket> quoteTimeline(String about, Requests.Filters filters, Requests.Interval interval) {
        return timeline(filtered(textQuery(about, QUOTE_FIELDS, QUOTE_BOOSTS), QUOTES, filters, true), interval);
    }

    private List<Requests.Bucket> timeline(Query q, Requests.Interval interval) {
        TreeMap<LocalDate, Long> counts = read(s -> {
            TreeMap<LocalDate, Long> m = new TreeMap<>();
            collect(s, q, () -> new SimpleCollector() {
                NumericDocValues published;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    published = ctx.reader().getNumericDocValues(Schema.PUBLISHED);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (published != null && published.advanceExact(doc)) {
                        LocalDate d = Instant.ofEpochMilli(published.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
                        LocalDate start = switch (interval) {
                            case DAY -> d;
                            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            case MONTH -> d.withDayOfMonth(1);
                        };
                        m.merge(start, 1L, Long::sum);
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return m;
        });
        List<Requests.Bucket> out = new ArrayList<>();
        counts.forEach((d, c) -> out.add(new Requests.Bucket(
                interval == Requests.Interval.MONTH ? d.toString().substring(0, 7) : d.toString(), c)));
        return out;
    }

    /**
     * Streams every matching article (all copies), in index order, to {@code sink}; memory stays
     * flat whatever the index size. A null or blank query exports everything.
     */
    public long export(String query, Requests.Filters filters, Consumer<StoredArticle> sink) {
        Query q = filtered(textQuery(query, SEARCH_FIELDS, SEARCH_BOOSTS), ARTICLES, filters, false);
        return read(s -> {
            long[] n = {0};
            collect(s, q, () -> new SimpleCollector() {
                StoredFields stored;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    stored = ctx.reader().storedFields();
                }

                @Override
                public void collect(int doc) throws IOException {
                    sink.accept(article(stored.document(doc)));
                    n[0]++;
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return n[0];
        });
    }

    /**
     * A quote as {@link #exportQuotes} gives it: the index's quote JSON ({@code text}, {@code kind},
     * {@code speaker} with its resolved {@code name}, {@code cue}, {@code start}, {@code end},
     * {@code spans}, and the article's {@code article} id, {@code title}, {@code site},
     * {@code published}, {@code url}) with the story of its article.
     */
    public record ExportedQuote(String json, String cluster, String duplicateOf) {
    }

    /**
     * Streams every quote (speech: scare quotes and titles are not indexed as quotes) of every
     * matching article, copies included, in index order; memory stays flat. The query matches a
     * quote's words or its article's title (as {@link #quotes} does); the filters apply to the quote
     * ({@code speaker}: its speaker) or its article ({@code entity}).
     */
    public long exportQuotes(String query, Requests.Filters filters, Consumer<ExportedQuote> sink) {
        Requests.Filters quoteFilters = new Requests.Filters(filters.from(), filters.to(), filters.site(), filters.lang(),
                filters.speaker(), null);
        Query text = textQuery(query, QUOTE_FIELDS, QUOTE_BOOSTS);
        Query quotes = filtered(text, QUOTES, quoteFilters, false);
        return read(s -> {
            Query q = quotes;
            if (!isBlank(filters.entity())) {
                // Entities are fields of the article: its quotes are the blocks of the articles that name it.
                List<BytesRef> blocks = new ArrayList<>();
                Query articles = filtered(new MatchAllDocsQuery(), ARTICLES,
                        new Requests.Filters(null, null, null, null, null, filters.entity()), false);
                collect(s, articles, () -> new SimpleCollector() {
                    StoredFields stored;

                    @Override
                    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                        stored = ctx.reader().storedFields();
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        blocks.add(new BytesRef(stored.document(doc, Set.of(Schema.ID)).get(Schema.ID)));
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                });
                q = new BooleanQuery.Builder().add(quotes, BooleanClause.Occur.MUST)
                        .add(new org.apache.lucene.search.TermInSetQuery(Schema.BLOCK, blocks), BooleanClause.Occur.FILTER)
                        .build();
            }
            long[] n = {0};
            collect(s, q, () -> new SimpleCollector() {
                StoredFields stored;
                FixedBitSet articleDocs;
                int lastParent = -1;
                Document a;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    stored = ctx.reader().storedFields();
                    articleDocs = articleDocs(ctx);
                    lastParent = -1;
                }

                @Override
                public void collect(int doc) throws IOException {
                    String json = stored.document(doc, Set.of(Schema.QUOTE_JSON)).get(Schema.QUOTE_JSON);
                    // A block's quote documents come right before its article document.
                    int parent = articleDocs == null ? DocIdSetIterator.NO_MORE_DOCS : articleDocs.nextSetBit(doc);
                    if (parent != lastParent) {
                        lastParent = parent;
                        a = parent == DocIdSetIterator.NO_MORE_DOCS ? null
                                : stored.document(parent, Set.of(Schema.CLUSTER, Schema.DUPLICATE_OF));
                    }
                    sink.accept(new ExportedQuote(json, a == null ? null : a.get(Schema.CLUSTER),
                            a == null ? null : a.get(Schema.DUPLICATE_OF)));
                    n[0]++;
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return n[0];
        });
    }

    // ------------------------------------------------------------------------------------ queries

    private Query textQuery(String query, String[] fields, Map<String, Float> boosts) {
        if (isBlank(query)) {
            return new MatchAllDocsQuery();
        }
        return NewsQueryParser.parse(query.strip(), fields, analyzer, boosts, fields == SEARCH_FIELDS);
    }

    private Query filtered(Query text, Query type, Requests.Filters f, boolean skipDuplicates) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, BooleanClause.Occur.MUST);
        b.add(type, BooleanClause.Occur.FILTER);
        if (skipDuplicates && type == QUOTES) {
            b.add(new TermQuery(new Term(Schema.DUPLICATE, "1")), BooleanClause.Occur.MUST_NOT);
        }
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : Dates.bound(f.from(), false);
            long to = f.to() == null ? Long.MAX_VALUE : Dates.bound(f.to(), true);
            if (from > to) {
                throw new IllegalArgumentException("--from " + f.from() + " is after --to " + f.to());
            }
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        if (!isBlank(f.site())) {
            b.add(new TermQuery(new Term(Schema.SITE, Schema.site(f.site()))), BooleanClause.Occur.FILTER);
        }
        if (!isBlank(f.lang())) {
            b.add(new TermQuery(new Term(Schema.LANG, f.lang().strip().toLowerCase(java.util.Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (!isBlank(f.speaker())) {
            b.add(speakerQuery(f.speaker()), BooleanClause.Occur.FILTER);
        }
        if (!isBlank(f.entity())) {
            b.add(phrase(Schema.ENTITY, f.entity()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * A speaker by any of their names: "Kirby" matches every speaker whose name has the word
     * Kirby ("John Kirby"); "John Kirby" matches that name, and speakers named only "Kirby" (the
     * surname alone, as later paragraphs write it).
     */
    Query speakerQuery(String name) {
        List<String> words = analyze(Schema.SPEAKER, name);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("speaker name \"" + name + "\" has no words");
        }
        Query phrase = phrase(Schema.SPEAKER, name);
        if (words.size() == 1) {
            return phrase;
        }
        String last = Speakers.lastWord(Speakers.key(name));
        return new BooleanQuery.Builder()
                .add(phrase, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.SPEAKER_EXACT, last)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query phrase(String field, String text) {
        List<String> words = analyze(field, text);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" has no words");
        }
        if (words.size() > 64) {
            throw new IllegalArgumentException("name too long: \"" + text + "\"");
        }
        PhraseQuery.Builder pb = new PhraseQuery.Builder();
        for (String w : words) {
            pb.add(new Term(field, w));
        }
        return pb.build();
    }

    private List<String> analyze(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Sort newestFirst() {
        SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return new Sort(f, SortField.FIELD_SCORE);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private interface Read<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T read(Read<T> r) {
        try {
            IndexSearcher s = acquire();
            try {
                return r.apply(s);
            } finally {
                release(s);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("query too complex (matches too many words); narrow it");
        } catch (CorruptIndexException e) {
            throw new IndexException("index " + folder + " is corrupted (" + oneLine(e) + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": " + oneLine(e), e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (committer != null) {
            // no interrupt: an interrupted commit would close the index's file channels
            committer.shutdown();
            try {
                committer.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeNow();
    }

    private synchronized void closeNow() {
        try {
            searchers.close();
        } catch (IOException e) {
            // nothing to keep from a reader
        }
        try {
            if (writer != null) {
                writer.close(); // commits (commitOnClose)
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index " + folder + ": cannot commit on close: " + oneLine(e), e);
        } finally {
            closeQuietly(null, directory);
        }
    }

    private static void closeQuietly(IndexWriter w, Directory d) {
        try {
            if (w != null) {
                w.rollback();
            }
        } catch (IOException | RuntimeException e) {
            // already failing
        }
        try {
            if (d != null) {
                d.close();
            }
        } catch (IOException | RuntimeException e) {
            // already failing
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Files in the folder and their total size in bytes (for benchmarks and health). */
    public long sizeBytes() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
