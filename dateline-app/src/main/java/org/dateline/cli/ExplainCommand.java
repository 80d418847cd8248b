package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.extract.meta.DateEvidence;
import org.dateline.page.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline explain}: the date candidates of a page, their weights, and why one won. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = {"Print the publication-date candidates of HTML pages (.html, .htm, either .gz): where each was "
                + "read (JSON-LD, meta, time element, visible text, URL, attribute, image path, script), its weight and "
                + "the reasons for it, the score of each day they support, and why the published date won.",
                "Exit status: 0 all pages explained, 1 some page could not be read (one line on stderr each)."})
public final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL", description = "The page URL, for a single input (dates in URLs).")
    String url;

    @Parameters(arity = "1..*", paramLabel = "PAGE", description = "HTML files, plain or gzip-compressed.")
    List<Path> pages;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (Path p : pages) {
            try {
                DateEvidence e = Dateline.explainDates(Page.of(p.toString(), Files.readAllBytes(p), url));
                out.println("== " + p);
                out.print(e.describe());
            } catch (NoSuchFileException ex) {
                System.err.println("dateline: " + p + ": no such file");
                failed++;
            } catch (IOException | DatelineException ex) {
                System.err.println("dateline: " + p + ": " + ex.getMessage());
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
