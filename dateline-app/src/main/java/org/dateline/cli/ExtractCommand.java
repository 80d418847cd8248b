package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.extract.Languages;
import org.dateline.page.InputFormat;
import org.dateline.record.RecordJson;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline extract}: pages in, one JSON record per article out. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {"Extract one article record per page as JSON Lines on stdout. INPUT is a file, a directory "
                + "(recursive, sorted), a WARC (.warc, .warc.gz) or - for stdin.",
                "Exit status: 0 all inputs done, 1 some input failed or lost its analysis (each is one line on stderr; "
                        + "a failed input also gives an {\"input\", \"error\"} record on stdout)."})
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT", converter = InputFormats.class,
            description = "auto, html, text (a page-text dump), body (a clean article body), warc. Default: ${DEFAULT-VALUE}.")
    InputFormat inputFormat;

    @Option(names = "--url", paramLabel = "URL", description = "The page URL, for a single input (site, relative links, dates in URLs).")
    String url;

    @Option(names = "--no-analysis", description = "Skip the analysis stage (quotes, claims, times, entities).")
    boolean noAnalysis;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, WARC files, or - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        InputFormat format = inputFormat;
        Options options = Options.DEFAULTS.withFormat(format).withAnalysis(!noAnalysis);
        Languages.warmUp();
        PrintStream err = System.err;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Summary summary = new Summary();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        try (Sources sources = new Sources(inputs, options, url, System.in);
             OrderedPool pool = new OrderedPool(workers)) {
            pool.run(sources, item -> {
                if (item instanceof Item.PageItem p) {
                    return Dateline.process(p.page(), options);
                }
                return item instanceof Item.FailedItem f ? new Result.Rejected(f.failure()) : null;
            }, (item, result) -> {
                if (item instanceof Item.Skipped s) {
                    summary.skipped(s.why());
                    return;
                }
                try {
                    if (result instanceof Result.Extracted e) {
                        out.write(RecordJson.toJson(e.record()));
                        out.write('\n');
                        summary.records++;
                        if (e.record().analysisError() != null) {
                            err.println(e.input() + ": " + e.record().analysisError());
                            summary.analysisFailed++;
                        }
                    } else if (result instanceof Result.Rejected r) {
                        out.write(RecordJson.toJson(r.failure()));
                        out.write('\n');
                        err.println(r.failure().message());
                        summary.failed++;
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        out.flush();
        summary.print(err);
        return summary.failed > 0 || summary.analysisFailed > 0 ? 1 : 0;
    }
}
