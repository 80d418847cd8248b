package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.extract.Extractors;
import org.dateline.extract.Languages;
import org.dateline.page.Charsets;
import org.dateline.page.Gzip;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.page.Sniffer;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.source.Sources;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code dateline bench}: throughput of one core over a folder of pages, after warm-up, with the
 * raw jsoup parse rate of the same pages as the yardstick, peak heap, and the cold first pass
 * (start-up included) that a batch run pays.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measure pages/s on one thread: extraction, extraction + analysis, and jsoup's parse of the "
                + "same pages; peak heap; the cold first pass including JVM start-up.",
                "Default INPUT: ../shared/data/metadata-dev/pages when present, else samples/.",
                "Example: dateline bench ../shared/data/metadata-dev/pages"})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "PASSES",
            description = "Passes over the pages before measuring (JIT warm-up). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "PASSES",
            description = "Measured passes per stage. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--no-analysis", description = "Skip the extraction + analysis stage.")
    boolean noAnalysis;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT", converter = InputFormats.class,
            description = "auto, html, text or body, as for extract (the jsoup rows only for HTML). Default: ${DEFAULT-VALUE}.")
    InputFormat inputFormat;

    @Option(names = "--only", paramLabel = "STAGE",
            description = "Measure one stage only (parse, dom, extraction or analysis), e.g. under a profiler.")
    String only;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, directories or WARC files.")
    List<String> inputs;

    private record Loaded(Page page, long bytes) {
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<String> in = inputs == null || inputs.isEmpty() ? List.of(defaultInput()) : inputs;
        InputFormat format = inputFormat;
        Options full = Options.DEFAULTS.withFormat(format);
        Options extractOnly = full.withAnalysis(false);

        // Cold pass: load and extract every page once, as a batch run does right after start-up.
        Languages.warmUp();
        List<Loaded> pages = new ArrayList<>();
        long loadStart = System.nanoTime();
        try (Sources sources = new Sources(in, extractOnly, null, InputStream.nullInputStream())) {
            while (sources.hasNext()) {
                Item item = sources.next();
                if (item instanceof Item.PageItem p) {
                    Result r = Dateline.process(p.page(), extractOnly);
                    if (r instanceof Result.Extracted) {
                        pages.add(new Loaded(p.page(), p.page().content().length));
                    }
                }
            }
        }
        long coldEnd = System.nanoTime();
        long jvmStartToColdEndMs = ManagementFactory.getRuntimeMXBean().getUptime();
        long coldCpuNanos = processCpuNanos();
        if (pages.isEmpty()) {
            System.err.println("dateline bench: no page to measure in " + in);
            return 1;
        }
        long totalBytes = pages.stream().mapToLong(Loaded::bytes).sum();
        // jsoup gets the same decoded text the extractor gets; decompression and decoding are not in its figure.
        List<String> decoded = new ArrayList<>();
        for (Loaded l : pages) {
            byte[] b = l.page().content();
            if (Sniffer.isGzip(b)) {
                b = Gzip.decompress(b, Options.DEFAULT_MAX_PAGE_BYTES);
            }
            decoded.add(Charsets.decode(b, l.page().contentType()).text());
        }
        long htmlBytes = decoded.stream().mapToLong(String::length).sum();

        Consumer<Loaded> extract = l -> Dateline.process(l.page(), extractOnly);
        Consumer<Loaded> analyse = l -> Dateline.process(l.page(), full);
        Runnable parsePass = () -> decoded.forEach(h -> Parser.htmlParser().parseInput(h, ""));
        Runnable domPass = () -> {
            for (int i = 0; i < decoded.size(); i++) {
                Page p = pages.get(i).page().withFormat(InputFormat.HTML);
                Extractors.forFormat(InputFormat.HTML).extract(p, decoded.get(i));
            }
        };
        Runnable extractPass = () -> pages.forEach(extract);
        Runnable analysePass = () -> pages.forEach(analyse);
        if (only != null && !List.of("parse", "dom", "extraction", "analysis").contains(only)) {
            System.err.println("dateline bench: --only takes parse, dom, extraction or analysis, not " + only);
            return 2;
        }
        boolean html = format == InputFormat.AUTO || format == InputFormat.HTML;
        boolean doParse = only == null ? html : only.equals("parse");
        boolean doDom = only == null ? html : only.equals("dom");
        boolean doExtract = only == null || only.equals("extraction");
        boolean doAnalyse = only == null ? !noAnalysis : only.equals("analysis");
        for (int i = 0; i < warmup; i++) {
            if (doExtract || doDom) {
                extractPass.run();
            }
            if (doAnalyse) {
                analysePass.run();
            }
            if (doParse) {
                parsePass.run();
            }
        }

        resetPeaks();
        long gcBefore = gcMillis();
        Rate parse = doParse ? rate(decoded.size(), parsePass) : null;
        Rate dom = doDom ? rate(decoded.size(), domPass) : null;
        Rate extraction = doExtract ? rate(pages.size(), extractPass) : null;
        Rate analysis = doAnalyse ? rate(pages.size(), analysePass) : null;
        long peakHeap = peakHeapBytes();
        long gc = gcMillis() - gcBefore;

        double avgKb = totalBytes / 1024.0 / pages.size();
        double avgHtmlKb = htmlBytes / 1024.0 / pages.size();
        out.printf(Locale.ROOT, "dateline bench: %d pages from %s (%.0f KB on disk, %.0f K characters of HTML a page on average)%n",
                pages.size(), String.join(" ", in), avgKb, avgHtmlKb);
        out.printf(Locale.ROOT, "one thread, %d warm-up passes, %d measured passes, heap max %d MB, %s%n",
                warmup, rounds, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"));
        out.println("pages/cpu-s counts the process's CPU time (robust on a shared machine); pages/s the wall clock.");
        out.println();
        out.printf(Locale.ROOT, "%-44s %10s %10s %10s %12s%n", "stage (one thread)", "pages/cpu-s", "pages/s", "cpu-ms/page", "M chars/cpu-s");
        double perPage = htmlBytes / (double) pages.size();
        row(out, "jsoup parse (decoded HTML)", parse, perPage);
        row(out, "parse + extract (no decoding, no language)", dom, perPage);
        row(out, "extraction (Dateline.process, no analysis)", extraction, perPage);
        row(out, "extraction + analysis", analysis, perPage);
        out.println();
        if (parse != null && extraction != null) {
            out.printf(Locale.ROOT, "%-44s %10.1f%n", "extraction time / jsoup parse time", parse.cpu() / extraction.cpu());
        }
        out.printf(Locale.ROOT, "%-44s %10d%n", "peak heap while measuring (MB)", peakHeap >> 20);
        out.printf(Locale.ROOT, "%-44s %10d%n", "GC time while measuring (ms)", gc);
        out.printf(Locale.ROOT, "%-44s %10.1f%n", "cold pass: read + extract (s)", (coldEnd - loadStart) / 1e9);
        out.printf(Locale.ROOT, "%-44s %10.1f%n", "cold pass incl. JVM start-up (s)", jvmStartToColdEndMs / 1000.0);
        out.printf(Locale.ROOT, "%-44s %10.1f%n", "CPU time to end of cold pass (s)", coldCpuNanos / 1e9);
        out.printf(Locale.ROOT, "%-44s %10.1f%n", "cold batch rate incl. start-up (pages/cpu-s)",
                pages.size() / (coldCpuNanos / 1e9));
        out.printf(Locale.ROOT, "%-44s %10.1f%n", "whole process so far (s)", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        return 0;
    }

    private void row(PrintStream out, String name, Rate r, double charsPerPage) {
        if (r == null) {
            return;
        }
        out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10.2f %12.1f%n", name, r.cpu(), r.wall(), 1000.0 / r.cpu(),
                r.cpu() * charsPerPage / 1e6);
    }

    /** Pages/s by wall clock and by the process's CPU time (GC, JIT and helper threads included). */
    private record Rate(double wall, double cpu) {
    }

    private Rate rate(int n, Runnable pass) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int i = 0; i < rounds; i++) {
            pass.run();
        }
        double pages = n * (double) rounds;
        return new Rate(pages / ((System.nanoTime() - start) / 1e9), pages / ((processCpuNanos() - cpuStart) / 1e9));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static String defaultInput() {
        for (String p : new String[] {"../shared/data/metadata-dev/pages", "samples"}) {
            if (Files.isDirectory(Path.of(p))) {
                return p;
            }
        }
        return ".";
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the live peak (pools peak at different times). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }
}
