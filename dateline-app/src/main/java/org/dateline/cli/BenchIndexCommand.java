package org.dateline.cli;

import org.dateline.Options;
import org.dateline.extract.Article;
import org.dateline.record.Record;
import org.dateline.store.MinHash;
import org.dateline.store.NewsIndex;
import org.dateline.store.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dateline bench-index}: the index's speed, size and memory, on real pages.
 * (Named apart from {@code dateline bench}, which measures extraction.)
 */
@Command(name = "bench-index",
        mixinStandardHelpOptions = true,
        description = {"Benchmark the index on real pages (e.g. ../shared/data/*/pages):",
                "1. ingest rate of the whole flow (extraction + analysis + indexing) into a fresh index;",
                "2. near-duplicates found among those pages (written to --pairs for review);",
                "3. an index of --articles articles built from them with varied ids, dates, sites and bodies "
                        + "(5%% lightly edited copies, to measure duplicate recall), its size per article and heap;",
                "4. search latency (p50/p95/p99) of typical queries with facets and story collapsing."})
public final class BenchIndexCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", description = "Size of the search index (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", defaultValue = "500", paramLabel = "N", description = "Timed queries (default ${DEFAULT-VALUE}, after 200 warm-up).")
    int queries;

    @Option(names = "--passes", defaultValue = "2", paramLabel = "N",
            description = "Ingests of the pages in step 1, each into a fresh index: the first cold, the others warmed up (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
    Integer threads;

    @Option(names = "--no-analysis", description = "Skip the analysis stage in step 1.")
    boolean noAnalysis;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the benchmark's indexes (default: a temporary folder, deleted).")
    Path work;

    @Option(names = "--pairs", paramLabel = "FILE", description = "Write the near-duplicate pairs found in step 1 here (TSV).")
    Path pairs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the synthetic index and the queries.")
    long seed;

    @Parameters(arity = "1..*", paramLabel = "PAGES", description = "Page files or folders (as ingest reads them).")
    List<String> inputs;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException {
        Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dateline-bench-index");
        try {
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            out.printf(Locale.ROOT, "dateline bench-index: %d cores, max heap %d MB, %d extraction threads%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, workers);

            // 1. The whole flow.
            List<Record> records = new ArrayList<>();
            List<String[]> dupPairs = new ArrayList<>();
            Map<String, Record> byId = new HashMap<>();
            Options options = Options.DEFAULTS.withAnalysis(!noAnalysis);
            long t0 = System.nanoTime();
            for (int pass = 1; pass <= passes; pass++) {
                // Each pass into a fresh index: the first pays the JVM's start-up and JIT warm-up as
                // a one-off batch does, the later ones show the rate of a long ingest.
                IngestCommand.Counts counts = new IngestCommand.Counts();
                boolean first = pass == 1;
                long start = System.nanoTime();
                long cpu0 = processCpuNanos();
                try (NewsIndex idx = NewsIndex.open(root.resolve("pages-" + pass), NewsIndex.Mode.WRITE)) {
                    IngestCommand.run(idx, inputs, options, null, workers, counts,
                            new IngestCommand.Progress(System.err, false, -1, -1), System.err, (r, in) -> {
                                if (!first) {
                                    return;
                                }
                                records.add(r);
                                byId.put(in.id(), r);
                                if (in.outcome() == NewsIndex.Outcome.DUPLICATE) {
                                    dupPairs.add(new String[] {in.id(), in.duplicateOf()});
                                }
                            });
                }
                double secs = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpu0) / 1e9;
                long done = counts.added + counts.duplicates + counts.updated + counts.unchanged;
                out.printf(Locale.ROOT, "1. ingest pass %d%s (extraction%s + indexing): %d articles in %.1f s = %.0f articles/s;"
                                + " %.1f CPU-s = %.0f articles per CPU-second (%s)%n",
                        pass, first ? ", cold" : ", warm", noAnalysis ? "" : " + analysis", done, secs, done / secs,
                        cpu, cpu > 0 ? done / cpu : 0, counts.summary());
            }

            // 2. Near-duplicates among real pages.
            out.printf(Locale.ROOT, "2. near-duplicate pairs among the pages: %d (threshold: estimated Jaccard >= %.2f)%n",
                    dupPairs.size(), MinHash.THRESHOLD);
            // Every pair of signed articles by estimated similarity: how far the distinct ones stay
            // below the threshold (the margin behind the precision figure).
            List<int[]> sigs = new ArrayList<>();
            for (Record r : records) {
                int[] sig = MinHash.signature(r.article().text());
                if (sig != null) {
                    sigs.add(sig);
                }
            }
            long[] deciles = new long[11];
            for (int i = 0; i < sigs.size(); i++) {
                for (int j = i + 1; j < sigs.size(); j++) {
                    deciles[(int) Math.floor(MinHash.similarity(sigs.get(i), sigs.get(j)) * 10)]++;
                }
            }
            out.printf(Locale.ROOT, "   all %d pairs of the %d signed articles by estimated Jaccard, deciles 0.0-0.1 … 1.0: %s%n",
                    Arrays.stream(deciles).sum(), sigs.size(), Arrays.toString(deciles));
            if (pairs != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(pairs, StandardCharsets.UTF_8))) {
                    w.println("similarity\tinput\tduplicate_of_input\ttitle\tduplicate_of_title");
                    for (String[] p : dupPairs) {
                        Record a = byId.get(p[0]);
                        Record b = byId.get(p[1]);
                        if (a == null || b == null) {
                            continue;
                        }
                        double sim = MinHash.similarity(MinHash.signature(a.article().text()), MinHash.signature(b.article().text()));
                        w.printf(Locale.ROOT, "%.2f\t%s\t%s\t%s\t%s%n", sim, a.article().input(), b.article().input(),
                                oneLine(a.article().title()), oneLine(b.article().title()));
                    }
                }
                out.println("   pairs written to " + pairs);
            }

            // 3. A large index.
            if (articles <= 0) {
                return 0;
            }
            List<Record> usable = records.stream().filter(r -> r.article().text().length() > 400).toList();
            if (usable.isEmpty()) {
                out.println("no article with a body in the inputs: nothing more to measure");
                return 1;
            }
            Map<String, List<String>> paragraphs = new HashMap<>();
            for (Record r : usable) {
                for (String p : r.article().text().split("\n\n")) {
                    if (p.length() >= 80) {
                        paragraphs.computeIfAbsent(String.valueOf(r.article().language()), k -> new ArrayList<>()).add(p);
                    }
                }
            }
            // Languages with few pages would recycle the same paragraphs into false "copies".
            List<Record> mixable = usable.stream()
                    .filter(r -> paragraphs.getOrDefault(String.valueOf(r.article().language()), List.of()).size() >= 200).toList();
            if (!mixable.isEmpty()) {
                usable = mixable;
            }
            Random rnd = new Random(seed);
            Path big = root.resolve("big");
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long[] heapAt = new long[4];
            int copies = 0;
            int copiesFound = 0;
            int distinctFlagged = 0;
            Map<String, Integer> vocabulary = new HashMap<>();
            t0 = System.nanoTime();
            List<Record> recent = new ArrayList<>();
            try (NewsIndex idx = NewsIndex.open(big, NewsIndex.Mode.WRITE)) {
                for (int i = 0; i < articles; i++) {
                    boolean copy = i > 100 && rnd.nextInt(100) < 5;
                    Record r;
                    if (copy) {
                        r = editedCopy(recent.get(rnd.nextInt(recent.size())), i, rnd);
                        copies++;
                    } else {
                        r = synthetic(usable, paragraphs, i, rnd);
                    }
                    NewsIndex.Ingested in = idx.ingest(r);
                    if (copy && in.outcome() == NewsIndex.Outcome.DUPLICATE) {
                        copiesFound++;
                    } else if (!copy && in.outcome() == NewsIndex.Outcome.DUPLICATE) {
                        distinctFlagged++;
                    }
                    if (!copy) {
                        if (recent.size() < 2000) {
                            recent.add(r);
                        } else {
                            recent.set(rnd.nextInt(recent.size()), r);
                        }
                    }
                    if (i < 3000 && r.article().title() != null) {
                        for (String w : r.article().title().split("[^\\p{L}\\p{N}]+")) {
                            if (w.length() >= 4) {
                                vocabulary.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                            }
                        }
                    }
                    for (int quarter = 0; quarter < 4; quarter++) {
                        if (i + 1 == (long) articles * (quarter + 1) / 4) {
                            System.gc();
                            heapAt[quarter] = mem.getHeapMemoryUsage().getUsed();
                        }
                    }
                }
                idx.commit();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long size = sizeOf(big);
            out.printf(Locale.ROOT, "3. index of %d articles built from %d distinct pages in %.1f s = %.0f articles/s (indexing only)%n",
                    articles, usable.size(), secs, articles / secs);
            out.printf(Locale.ROOT, "   size %.1f MB = %.1f KB per article%n", size / 1e6, size / 1e3 / articles);
            out.printf(Locale.ROOT, "   heap after GC at 25/50/75/100%%: %d / %d / %d / %d MB%n", heapAt[0] >> 20, heapAt[1] >> 20,
                    heapAt[2] >> 20, heapAt[3] >> 20);
            out.printf(Locale.ROOT, "   near-duplicates: %d of %d edited copies linked (recall %.3f); %d of %d distinct articles linked (false positives)%n",
                    copiesFound, copies, copies == 0 ? 0 : copiesFound / (double) copies, distinctFlagged, articles - copies);

            // 4. Search latency.
            List<String> words = vocabulary.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(400).map(Map.Entry::getKey).toList();
            if (words.isEmpty()) {
                words = new ArrayList<>(vocabulary.keySet());
            }
            List<Record> titled = usable.stream().filter(r -> r.article().title() != null && r.article().title().split(" ").length >= 3).toList();
            try (NewsIndex idx = NewsIndex.open(big, NewsIndex.Mode.READ)) {
                Map<String, List<Long>> byKind = new LinkedHashMap<>();
                List<Long> all = new ArrayList<>();
                for (int q = 0; q < queries + 200; q++) {
                    String kind = KINDS[q % KINDS.length];
                    Requests.Search s = query(kind, words, titled, rnd);
                    long qs = System.nanoTime();
                    idx.search(s);
                    long ns = System.nanoTime() - qs;
                    if (q >= 200) {
                        all.add(ns);
                        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ns);
                    }
                }
                out.printf(Locale.ROOT, "4. search, %d queries (10 hits, facets, one hit per story): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        all.size(), pct(all, 50), pct(all, 95), pct(all, 99), pct(all, 100));
                for (Map.Entry<String, List<Long>> e : byKind.entrySet()) {
                    out.printf(Locale.ROOT, "   %-16s p50 %.1f ms, p95 %.1f ms%n", e.getKey(), pct(e.getValue(), 50), pct(e.getValue(), 95));
                }
            }
            return 0;
        } finally {
            if (work == null) {
                deleteTree(root);
            }
        }
    }

    private static final String[] KINDS = {"word", "two words", "phrase", "title:word", "word OR word", "word+site", "word+dates", "no query+site"};

    private static Requests.Search query(String kind, List<String> words, List<Record> titled, Random rnd) {
        String w1 = words.get(rnd.nextInt(words.size()));
        String w2 = words.get(rnd.nextInt(words.size()));
        Requests.Filters none = Requests.Filters.NONE;
        String site = "site" + rnd.nextInt(SITES) + ".example";
        int year = 2015 + rnd.nextInt(10);
        return switch (kind) {
            case "word" -> new Requests.Search(w1, none, 10, null, true, true);
            case "two words" -> new Requests.Search(w1 + " " + w2, none, 10, null, true, true);
            case "phrase" -> {
                String[] t = titled.get(rnd.nextInt(titled.size())).article().title().split("[^\\p{L}\\p{N}]+");
                int at = rnd.nextInt(Math.max(1, t.length - 1));
                yield new Requests.Search("\"" + t[at] + " " + t[Math.min(t.length - 1, at + 1)] + "\"", none, 10, null, true, true);
            }
            case "title:word" -> new Requests.Search("title:" + w1, none, 10, null, true, true);
            case "word OR word" -> new Requests.Search(w1 + " OR " + w2, none, 10, null, true, true);
            case "word+site" -> new Requests.Search(w1, new Requests.Filters(null, null, site, null, null, null), 10, null, true, true);
            case "word+dates" -> new Requests.Search(w1, new Requests.Filters(year + "-01-01", year + "-06-30", null, null, null, null),
                    10, null, true, true);
            default -> new Requests.Search(null, new Requests.Filters(null, null, site, null, null, null), 10, null, true, true);
        };
    }

    private static final int SITES = 200;

    /**
     * A new article made of real paragraphs: the title and first paragraph of one page, then 5 to 9
     * paragraphs drawn from all pages of its language, on a random site and day. Two such articles
     * rarely share more than one paragraph, so they are distinct stories for the deduplicator, while
     * their words, lengths and languages stay those of real news.
     */
    private static Record synthetic(List<Record> pages, Map<String, List<String>> paragraphs, int i, Random rnd) {
        Record a = pages.get(rnd.nextInt(pages.size()));
        List<String> pool = paragraphs.get(String.valueOf(a.article().language()));
        if (pool == null || pool.isEmpty()) {
            pool = Arrays.asList(a.article().text().split("\n\n"));
        }
        List<String> body = new ArrayList<>();
        body.add(a.article().text().split("\n\n")[0]);
        int n = 5 + rnd.nextInt(5);
        for (int k = 0; k < n; k++) {
            body.add(pool.get(rnd.nextInt(pool.size())));
        }
        int site = (int) Math.min(SITES - 1, Math.abs(rnd.nextGaussian()) * SITES / 3);
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
        String published = day + "T" + String.format(Locale.ROOT, "%02d:%02d:00Z", rnd.nextInt(24), rnd.nextInt(60));
        return rebuilt(a, "https://site" + site + ".example/news/" + i, "site" + site + ".example", a.article().title(),
                published, String.join("\n\n", body));
    }

    /** A syndicated copy: another site, a paragraph dropped, one word in fifty replaced, a credit line added. */
    private static Record editedCopy(Record r, int i, Random rnd) {
        List<String> paras = new ArrayList<>(Arrays.asList(r.article().text().split("\n\n")));
        if (paras.size() > 3) {
            paras.remove(rnd.nextInt(paras.size()));
        }
        StringBuilder sb = new StringBuilder();
        for (String p : paras) {
            String[] ws = p.split(" ");
            for (int k = 0; k < ws.length; k++) {
                if (rnd.nextInt(50) == 0) {
                    ws[k] = "edited";
                }
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(String.join(" ", ws));
        }
        int site = rnd.nextInt(SITES);
        sb.append("\n\nThis story was first published by ").append(r.article().site()).append('.');
        return rebuilt(r, "https://site" + site + ".example/wire/" + i, "site" + site + ".example", r.article().title(),
                r.article().published(), sb.toString());
    }

    private static Record rebuilt(Record r, String url, String site, String title, String published, String text) {
        Article a = r.article();
        return new Record(new Article(url, url, site, title, published, null, a.authors(), a.language(), a.description(),
                a.tags(), a.media(), text, a.related()), r.analysis(), null);
    }

    private static double pct(List<Long> ns, int p) {
        long[] s = ns.stream().mapToLong(Long::longValue).sorted().toArray();
        int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, idx))] / 1e6;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("dateline bench-index: could not delete " + root + ": " + e.getMessage());
        }
    }

    /** CPU time of the whole process (all threads, GC and JIT included), or 0 when the JVM cannot tell. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }
}
