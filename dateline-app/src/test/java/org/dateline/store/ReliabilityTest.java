package org.dateline.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.analyze.Analysis;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crashes, concurrent reads, broken folders and locks: what users do to an index. */
class ReliabilityTest {

    @TempDir
    Path dir;

    /** n distinct records (different topics, so no near-duplicates), each with quotes. */
    static List<Record> records(int n) {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Analysis.Quote> quotes = new ArrayList<>();
            for (int q = 0; q < 1 + i % 4; q++) {
                quotes.add(TestRecords.quote("Statement " + q + " on topic " + i, "Speaker " + (i % 37), "minister", "Government"));
            }
            out.add(TestRecords.record("https://site" + (i % 13) + ".example/story/" + i, "site" + (i % 13) + ".example",
                    "Story number " + i, "2016-03-" + String.format("%02d", 1 + i % 28), "en",
                    TestRecords.body("topic" + i + "x", 30), quotes, List.of()));
        }
        return out;
    }

    static Path jsonl(Path file, List<Record> records) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Record r : records) {
                w.write(RecordJson.toJson(r));
                w.write('\n');
            }
        }
        return file;
    }

    private static Process ingestInChildJvm(Path index, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.dateline.cli.Main", "ingest", "--quiet", "--threads", "1", "--index", index.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(index.resolveSibling("child.log").toFile()))
                .start();
    }

    /**
     * Every article document is whole (its record parses), has all its quote documents, and no
     * id appears twice. Returns the ids.
     */
    static Set<String> checkConsistent(Path index) throws IOException {
        try (Directory d = FSDirectory.open(index)) {
            CheckIndex.Status status;
            try (CheckIndex check = new CheckIndex(d)) {
                status = check.checkIndex();
            }
            assertThat(status.clean).as("CheckIndex").isTrue();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher s = new IndexSearcher(reader);
                Set<String> ids = new HashSet<>();
                for (ScoreDoc sd : s.search(new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE)), Integer.MAX_VALUE).scoreDocs) {
                    Document doc = s.storedFields().document(sd.doc);
                    String id = doc.get(Schema.ID);
                    assertThat(ids.add(id)).as("id %s once", id).isTrue();
                    Record r = RecordJson.read(doc.get(Schema.RECORD));
                    assertThat(Ids.id(r)).isEqualTo(id);
                    int quoteDocs = s.count(new org.apache.lucene.search.BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Schema.BLOCK, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                            .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE_TYPE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                            .build());
                    assertThat(quoteDocs).as("quotes of %s", id).isEqualTo(r.analysis().quotes().size());
                }
                return ids;
            }
        }
    }

    private static long committedArticles(Path index) {
        try (Directory d = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return new IndexSearcher(r).count(new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE)));
            }
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void killMinus9DuringIngestLosesNothingAndDuplicatesNothing() throws Exception {
        List<Record> records = records(3000);
        Path input = jsonl(dir.resolve("records.jsonl"), records);
        Path index = dir.resolve("ix");
        long seed = System.nanoTime();
        System.out.println("ReliabilityTest kill seed: " + seed);
        Random random = new Random(seed);
        long last = 0;
        for (int round = 0; round < 3; round++) {
            Process p = ingestInChildJvm(index, input);
            // Wait until this run has committed something new, then kill at a random moment after it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (committedArticles(index) <= last && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1500));
            boolean wasAlive = p.isAlive();
            p.destroyForcibly(); // SIGKILL on Unix
            p.waitFor(30, TimeUnit.SECONDS);
            Set<String> ids = checkConsistent(index);
            System.out.println("round " + round + ": killed " + (wasAlive ? "while running" : "after finishing")
                    + ", " + ids.size() + " articles committed");
            assertThat(ids.size()).isGreaterThanOrEqualTo((int) last);
            last = ids.size();
            if (ids.size() == records.size()) {
                break;
            }
        }
        // The same ingest again completes the index: every record exactly once.
        Process p = ingestInChildJvm(index, input);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        Set<String> ids = checkConsistent(index);
        Set<String> expected = new HashSet<>();
        records.forEach(r -> expected.add(Ids.id(r)));
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void readersSeeNewArticlesWithinASecondWhileAnIngestRuns() throws Exception {
        Path index = dir.resolve("ix");
        List<Record> records = records(60);
        try (NewsIndex writer = NewsIndex.open(index, NewsIndex.Mode.WRITE);
             NewsIndex reader = NewsIndex.open(index, NewsIndex.Mode.READ)) {
            long worst = 0;
            for (Record r : records) {
                NewsIndex.Ingested in = writer.ingest(r);
                long t0 = System.nanoTime();
                // The writer's own reads see it at once (read your writes) ...
                assertThat(writer.get(in.id())).isNotNull();
                // ... another reader (as in another process, or the read-only API) within a second.
                while (reader.get(in.id()) == null) {
                    // A second by design (a commit at most every second, a refresh on the next read); the
                    // assertion leaves room for a machine loaded by other builds (seen: 1.005 s).
                    assertThat(System.nanoTime() - t0).as("article %d visible within about a second", records.indexOf(r))
                            .isLessThan(TimeUnit.MILLISECONDS.toNanos(2000));
                    Thread.sleep(5);
                }
                worst = Math.max(worst, System.nanoTime() - t0);
                System.out.print((System.nanoTime() - t0) / 1_000_000 + " ");
                // and a search on it works while the ingest goes on
                assertThat(reader.search(new Requests.Search("title:\"" + r.article().title() + "\"", null, 5, null, true, true)).total())
                        .isEqualTo(1);
                Thread.sleep(15);
            }
            System.out.println("worst visibility delay: " + worst / 1_000_000 + " ms");
        }
    }

    @Test
    void corruptedForeignAndMisusedFoldersGiveClearErrors() throws Exception {
        Path index = dir.resolve("ix");
        try (NewsIndex w = NewsIndex.open(index, NewsIndex.Mode.WRITE)) {
            for (Record r : records(50)) {
                w.ingest(r);
            }
        }
        // A second writer is refused, naming the folder and the lock.
        try (NewsIndex w = NewsIndex.open(index, NewsIndex.Mode.WRITE)) {
            assertThatThrownBy(() -> NewsIndex.open(index, NewsIndex.Mode.WRITE)).isInstanceOf(IndexException.class)
                    .hasMessageContaining(index.toString()).hasMessageContaining("in use by another writer");
            // readers are fine meanwhile
            try (NewsIndex r = NewsIndex.open(index, NewsIndex.Mode.READ)) {
                assertThat(r.articleCount()).isEqualTo(50);
            }
        }
        // Corrupted: flip bytes in the middle of every data file.
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(broken)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] b = Files.readAllBytes(f);
                for (int i = b.length / 3; i < Math.min(b.length, b.length / 3 + 64); i++) {
                    b[i] ^= 0x5A;
                }
                Files.write(f, b);
            }
        }
        for (NewsIndex.Mode mode : NewsIndex.Mode.values()) {
            assertThatThrownBy(() -> {
                try (NewsIndex r = NewsIndex.open(broken, mode)) {
                    r.search(new Requests.Search("story", null, 10, null, true, true));
                    r.export(null, null, a -> a.record());
                }
            }).isInstanceOf(IndexException.class).hasMessageContaining(broken.toString())
                    .hasMessageContaining("corrupted").hasMessageNotContaining("\n");
        }
        // A folder of other files, a file, a Lucene index someone else made, nothing at all.
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> NewsIndex.open(other, NewsIndex.Mode.WRITE)).isInstanceOf(IndexException.class)
                .hasMessageContaining(other.toString()).hasMessageContaining("not a Dateline index").hasMessageContaining("notes.txt");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> NewsIndex.open(file, NewsIndex.Mode.READ)).isInstanceOf(IndexException.class)
                .hasMessageContaining("is a file");
        Path foreign = dir.resolve("foreign");
        try (Directory d = FSDirectory.open(foreign);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.addDocument(new Document());
            w.commit();
        }
        assertThatThrownBy(() -> NewsIndex.open(foreign, NewsIndex.Mode.READ)).isInstanceOf(IndexException.class)
                .hasMessageContaining(foreign.toString()).hasMessageContaining("Dateline did not make");
        assertThatThrownBy(() -> NewsIndex.open(dir.resolve("missing"), NewsIndex.Mode.READ)).isInstanceOf(IndexException.class)
                .hasMessageContaining("no index at");
    }
}
