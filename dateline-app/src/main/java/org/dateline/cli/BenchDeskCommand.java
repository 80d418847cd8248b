package org.dateline.cli;

import org.dateline.analyze.Analysis;
import org.dateline.desk.Desk;
import org.dateline.extract.Article;
import org.dateline.record.Record;
import org.dateline.store.NewsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dateline bench-desk}: server time of the desk's pages on a large index. The index is
 * synthetic (words drawn by a Zipf law, quotations with spans by a pool of speakers whose
 * popularity is Zipf too, entities, numbers, 5% syndicated copies) so that any size can be built
 * without a corpus; pages are rendered by {@link Desk#respond} in this process, without HTTP.
 */
@Command(name = "bench-desk",
        mixinStandardHelpOptions = true,
        description = {"Benchmark the desk (the web pages of serve): builds a synthetic index of N articles "
                + "(or reuses the one in --work DIR), then times search, article and speaker pages: p50, p95, max."})
public final class BenchDeskCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", description = "Articles in the index (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--requests", defaultValue = "300", paramLabel = "N", description = "Timed requests per page kind (default ${DEFAULT-VALUE}, after 100 warm-up).")
    int requests;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder of the index; reused when it holds one (default: a temporary folder, deleted).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private static final int WORDS = 20_000;
    private static final int SPEAKERS = 2_000;
    private static final int ENTITIES = 1_000;
    private static final int SITES = 60;
    private static final String[] FIRST = {"John", "Maria", "Ahmed", "Olga", "Wei", "Fatima", "Peter", "Anna", "Luis",
            "Sara", "Igor", "Chen", "Amara", "David", "Elena", "Kofi"};
    private static final String[] ROLES = {"spokesman", "minister", "senator", "analyst", "professor", "mayor", "director"};

    @Override
    public Integer call() throws IOException {
        boolean temp = work == null;
        Path root = temp ? Files.createTempDirectory("dateline-bench-desk") : Files.createDirectories(work);
        Path folder = root.resolve("index");
        try {
            Random rnd = new Random(seed);
            String[] words = new String[WORDS];
            for (int i = 0; i < WORDS; i++) {
                words[i] = word(i);
            }
            String[] speakers = new String[SPEAKERS];
            for (int i = 0; i < SPEAKERS; i++) {
                speakers[i] = FIRST[i % FIRST.length] + " " + cap(word(WORDS + i));
            }
            String[] entities = new String[ENTITIES];
            for (int i = 0; i < ENTITIES; i++) {
                entities[i] = cap(word(WORDS + SPEAKERS + i)) + " " + (i % 3 == 0 ? "Council" : i % 3 == 1 ? "Group" : "Party");
            }
            Zipf zw = new Zipf(WORDS, 1.0);
            Zipf zs = new Zipf(SPEAKERS, 1.1);
            Zipf ze = new Zipf(ENTITIES, 1.0);
            List<String> ids = new ArrayList<>();
            boolean reuse = Files.isDirectory(folder);
            try (NewsIndex idx = NewsIndex.open(folder, NewsIndex.Mode.WRITE)) {
                if (!reuse || idx.articleCount() == 0) {
                    long t0 = System.nanoTime();
                    Record last = null;
                    for (int i = 0; i < articles; i++) {
                        Record r = i > 10 && rnd.nextInt(100) < 5 && last != null ? copy(last, i, rnd)
                                : article(i, rnd, words, zw, speakers, zs, entities, ze);
                        last = r;
                        idx.ingest(r);
                        if ((i + 1) % 20_000 == 0) {
                            out.printf(Locale.ROOT, "  %d articles indexed (%.0f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    idx.commit();
                    out.printf(Locale.ROOT, "index built: %d articles in %.0f s (%s)%n", idx.articleCount(),
                            (System.nanoTime() - t0) / 1e9, folder);
                } else {
                    out.printf(Locale.ROOT, "index reused: %d articles (%s)%n", idx.articleCount(), folder);
                }
                idx.refresh();
                idx.export(null, org.dateline.store.Requests.Filters.NONE, a -> {
                    if (ids.size() < 200_000) {
                        ids.add(a.id());
                    }
                });
                Desk desk = new Desk(idx, System.err);
                out.printf(Locale.ROOT, "dateline bench-desk: %d articles, %d cores, max heap %d MB; %d timed requests per page after 100 warm-up%n",
                        idx.articleCount(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, requests);
                Random q = new Random(seed + 1);
                measure(desk, "search page (1-2 words, some with a facet)", () -> {
                    String query = words[10 + zw.next(q) % 2000] + (q.nextBoolean() ? "" : " " + words[zw.next(q)]);
                    String facet = switch (q.nextInt(4)) {
                        case 0 -> "&site=site" + q.nextInt(SITES) + ".example";
                        case 1 -> "&speaker=" + java.net.URLEncoder.encode(speakers[zs.next(q)], StandardCharsets.UTF_8);
                        default -> "";
                    };
                    return new String[] {"/search", "q=" + query.replace(' ', '+') + facet};
                });
                measure(desk, "search page, no query (newest, all facets)", () -> new String[] {"/search", "page=" + (1 + q.nextInt(3))});
                measure(desk, "article page", () -> new String[] {"/articles/" + ids.get(q.nextInt(ids.size())), null});
                measure(desk, "speaker page (by popularity)", () -> new String[] {
                        "/speakers/" + segment(speakers[zs.next(q)]), null});
                measure(desk, "speaker page (the most quoted)", () -> new String[] {
                        "/speakers/" + segment(speakers[q.nextInt(5)]), null});
                measure(desk, "speakers ranking (every quote counted)", () -> new String[] {"/speakers", null});
            }
            return 0;
        } finally {
            if (temp) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static String segment(String s) {
        return org.dateline.desk.Links.segment(s);
    }

    private interface Req {
        String[] next();
    }

    private void measure(Desk desk, String label, Req req) {
        for (int i = 0; i < 100; i++) {
            String[] r = req.next();
            desk.respond("GET", r[0], r[1]);
        }
        long[] ns = new long[requests];
        int errors = 0;
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            String[] r = req.next();
            long t = System.nanoTime();
            Desk.Response resp = desk.respond("GET", r[0], r[1]);
            ns[i] = System.nanoTime() - t;
            bytes += resp.body().length;
            if (resp.status() != 200) {
                errors++;
            }
        }
        java.util.Arrays.sort(ns);
        out.printf(Locale.ROOT, "%-45s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d not 200, %.0f KB a page)%n", label,
                ns[requests / 2] / 1e6, ns[(int) Math.ceil(requests * 0.95) - 1] / 1e6, ns[requests - 1] / 1e6, errors,
                bytes / 1024.0 / requests);
    }

    // ----------------------------------------------------------------------------- synthetic data

    /** A Zipf sampler over ranks 0..n-1 (inverse CDF over the cumulative weights). */
    private static final class Zipf {
        private final double[] cdf;

        Zipf(int n, double s) {
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cdf[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
        }

        int next(Random r) {
            int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
            return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
        }
    }

    private static String word(int i) {
        String c = "bcdfghklmnprstvz";
        String v = "aeiou";
        StringBuilder sb = new StringBuilder();
        int x = i + 7;
        do {
            sb.append(c.charAt(x % c.length())).append(v.charAt((x / c.length()) % v.length()));
            x /= c.length() * v.length();
        } while (x > 0);
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Record article(int i, Random rnd, String[] words, Zipf zw, String[] speakers, Zipf zs,
                                  String[] entities, Zipf ze) {
        StringBuilder text = new StringBuilder();
        List<Analysis.Quote> quotes = new ArrayList<>();
        List<Analysis.Claim> claims = new ArrayList<>();
        List<Analysis.Entity> ents = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            ents.add(new Analysis.Entity(entities[ze.next(rnd)], "organization", List.of(), 1));
        }
        int paragraphs = 6 + rnd.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            if (p % 2 == 1) {
                String who = speakers[zs.next(rnd)];
                String said = sentence(rnd, words, zw, 12);
                text.append('\u201c');
                int start = text.length();
                text.append(said);
                int end = text.length();
                text.append(",\u201d ").append(who).append(" said. ");
                String role = ROLES[Math.abs(who.hashCode()) % ROLES.length];
                quotes.add(new Analysis.Quote(said, "direct", new Analysis.Speaker(who, who, role, null, "person"), "said",
                        start, end));
                ents.add(new Analysis.Entity(who, "person", List.of(), 1));
            }
            for (int s = 0; s < 3; s++) {
                if (s == 1 && p == 2) {
                    int start = text.length();
                    int n = 10 + rnd.nextInt(10_000);
                    text.append("More than ").append(n).append(' ').append(words[zw.next(rnd)]);
                    claims.add(new Analysis.Claim(text.substring(start), n, "more than", words[0], null, null, start,
                            text.length()));
                    text.append(" were counted. ");
                }
                text.append(sentence(rnd, words, zw, 14)).append(". ");
            }
            if (p == 0) {
                text.append(ents.get(0).name()).append(" was named. ");
            }
        }
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(730));
        String site = "site" + rnd.nextInt(SITES) + ".example";
        String title = cap(sentence(rnd, words, zw, 8));
        Article a = new Article("bench/" + i, "https://" + site + "/news/" + i, site, title, day + "T12:00:00Z", null,
                List.of("Reporter " + (i % 300)), i % 10 == 0 ? "de" : "en", null, List.of(), List.of(),
                text.toString().strip(), List.of());
        return new Record(a, new Analysis(quotes, claims, List.of(), ents, List.of()), null);
    }

    private static Record copy(Record r, int i, Random rnd) {
        Article a = r.article();
        String site = "wire" + rnd.nextInt(5) + ".example";
        Article c = new Article("bench/" + i, "https://" + site + "/story/" + i, site, a.title(), a.published(), null,
                a.authors(), a.language(), null, List.of(), List.of(), a.text(), List.of());
        return new Record(c, r.analysis(), null);
    }

    private static String sentence(Random rnd, String[] words, Zipf zw, int n) {
        StringBuilder sb = new StringBuilder();
        int len = n / 2 + rnd.nextInt(n);
        for (int w = 0; w < len; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(words[zw.next(rnd)]);
        }
        return sb.toString();
    }
}
