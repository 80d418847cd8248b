package org.dateline.cli;

import org.dateline.export.Cells;
import org.dateline.export.CsvExport;
import org.dateline.export.ParquetExport;
import org.dateline.export.QuoteExport;
import org.dateline.store.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dateline export}: the index (or a query's articles) as JSON Lines, CSV or Parquet. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Write articles from the index, every copy, with id, cluster and duplicate_of; with --quotes, "
                + "one row per quote instead.",
                "jsonl: one record per line. csv: one row per article (nested lists as JSON text); a cell that starts "
                        + "with =, +, -, @, a tab or a carriage return gets a ' in front (a spreadsheet would run it as "
                        + "a formula). parquet: typed, nested columns for Spark, DuckDB, pandas.",
                "OUT is a file, or - (jsonl, csv) for stdout. The file appears complete or not at all (written aside, "
                        + "then moved)."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filter;

    @Option(names = "--query", paramLabel = "QUERY", description = "Only articles matching QUERY (search syntax); default: all.")
    String query;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting NAME.")
    String speaker;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity.")
    String entity;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv or parquet.")
    String format;

    @Option(names = "--quotes", description = "One row per quote instead of per article: article, cluster, duplicate_of, site, published, title, url, "
            + "speaker (the resolved name), speaker_mention, speaker_type, role, organization, kind, cue, text, start, end, spans. "
            + "--query then matches the quote's words or its article's title, --speaker the quote's speaker.")
    boolean quotes;

    @Option(names = "--excel", description = "csv for Excel: a UTF-8 byte order mark, and cells over Excel's 32,767 characters cut with a marker.")
    boolean excel;

    @Parameters(index = "0", paramLabel = "OUT", description = "Output file, or - for stdout (jsonl, csv).")
    String out;

    @Override
    public Integer call() {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("jsonl") && !fmt.equals("csv") && !fmt.equals("parquet")) {
            System.err.println("dateline export: unknown --format \"" + format + "\" (jsonl, csv or parquet)");
            return 2;
        }
        if (fmt.equals("parquet") && out.equals("-")) {
            System.err.println("dateline export: parquet needs a file, not stdout");
            return 2;
        }
        if (excel && !fmt.equals("csv")) {
            System.err.println("dateline export: --excel is for --format csv");
            return 2;
        }
        return IndexCommands.withIndex("export", index.folder, idx -> {
            Path target = out.equals("-") ? null : Path.of(out);
            Path tmp = target == null ? null : target.resolveSibling("." + target.getFileName() + ".part");
            long n;
            Requests.Filters filters = filter.filters(speaker, entity);
            try {
                if (quotes) {
                    n = exportQuotes(idx, fmt, filters, target, tmp);
                } else if (fmt.equals("parquet")) {
                    try (ParquetExport p = new ParquetExport(tmp)) {
                        n = idx.export(query, filters, a -> io(() -> p.write(a)));
                    }
                } else {
                    try (Writer w = open(target, tmp)) {
                        if (fmt.equals("csv")) {
                            CsvExport csv = new CsvExport(w, dialect());
                            n = idx.export(query, filters, a -> io(() -> csv.write(a)));
                            csv.close();
                        } else {
                            n = idx.export(query, filters, a -> io(() -> {
                                w.write(a.toJson());
                                w.write('\n');
                            }));
                        }
                    }
                }
                if (tmp != null) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException | UncheckedIOException e) {
                deleteQuietly(tmp);
                System.err.println("dateline export: cannot write " + out + ": " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                deleteQuietly(tmp);
                throw e;
            }
            System.err.println("dateline export: " + n + (quotes ? " quotes" : " articles") + " to " + out + " (" + fmt + ")");
            return 0;
        });
    }

    private long exportQuotes(org.dateline.store.NewsIndex idx, String fmt, Requests.Filters filters, Path target, Path tmp)
            throws IOException {
        if (fmt.equals("parquet")) {
            try (QuoteExport q = QuoteExport.parquet(tmp)) {
                return idx.exportQuotes(query, filters, e -> io(() -> q.write(e)));
            }
        }
        try (Writer w = open(target, tmp)) {
            QuoteExport q = fmt.equals("csv") ? QuoteExport.csv(w, dialect()) : QuoteExport.jsonl(w);
            long n = idx.exportQuotes(query, filters, e -> io(() -> q.write(e)));
            q.close();
            return n;
        }
    }

    private Cells.Dialect dialect() {
        return excel ? Cells.Dialect.EXCEL : Cells.Dialect.PLAIN;
    }

    /** Standard output when there is no target file (flushed, never closed, on close), else the file written aside. */
    private static Writer open(Path target, Path tmp) throws IOException {
        if (target != null) {
            return Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort
        }
    }
}
