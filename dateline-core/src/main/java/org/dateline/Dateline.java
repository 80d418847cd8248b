package org.dateline;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.Analyzer;
import org.dateline.analyze.Analyzers;
import org.dateline.extract.Article;
import org.dateline.extract.Extractors;
import org.dateline.extract.Languages;
import org.dateline.extract.meta.DateEvidence;
import org.dateline.extract.meta.MetadataExtractor;
import org.dateline.page.Decoded;
import org.dateline.page.Charsets;
import org.dateline.page.Gzip;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.page.Sniffer;
import org.dateline.record.Failure;
import org.dateline.record.Record;
import org.dateline.record.Result;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.util.Locale;

/**
 * The one entry point: a page in, a record out.
 *
 * <pre>{@code
 * Article a = Dateline.extract(bytes, "https://www.rt.com/news/336013-isis-child-soldiers/");
 * Result r = Dateline.process(Page.of("page.html", bytes, null), Options.DEFAULTS);
 * }</pre>
 *
 * <p>Thread-safe and free of global mutable state: every method is a function of its arguments.
 * Shared read-only resources (lexicons, language models) are built once on first use.
 */
public final class Dateline {

    private Dateline() {
    }

    /**
     * Extracts the article of an HTML page (or text, sniffed), without analysis.
     *
     * @throws DatelineException when the bytes are not a page (binary, empty)
     */
    public static Article extract(byte[] page, String url) {
        Result r = process(Page.of(url == null ? "-" : url, page, url), Options.DEFAULTS.withAnalysis(false));
        if (r instanceof Result.Extracted e) {
            return e.record().article();
        }
        throw new DatelineException(((Result.Rejected) r).failure().message());
    }

    /**
     * The date candidates of an HTML page, their weights and why one became its publication date
     * (what {@code dateline explain} prints): the page decompressed and decoded as {@link #process}
     * does.
     *
     * @throws DatelineException when the bytes are not an HTML page (binary, empty, a feed, a WARC, text)
     * @throws IOException       when a gzip stream is broken
     */
    public static DateEvidence explainDates(Page page) throws IOException {
        byte[] bytes = page.content();
        if (Sniffer.isGzip(bytes)) {
            bytes = Gzip.decompress(bytes, Options.DEFAULTS.maxPageBytes());
        }
        Sniffer.Kind kind = Sniffer.sniff(bytes);
        if (kind != Sniffer.Kind.HTML) {
            throw new DatelineException("not an HTML page (" + kind.name().toLowerCase(Locale.ROOT)
                    + "): dates are explained for HTML pages only");
        }
        String html = Charsets.decode(bytes, page.contentType()).text();
        Document doc = Parser.htmlParser().parseInput(html, page.url() == null ? "" : page.url());
        return new MetadataExtractor().explainDates(doc, page.url());
    }

    /** Analyses an article's body (quotes, claims, times, entities, unattributed claims). */
    public static Analysis analyze(Article article) {
        return Analyzers.forLanguage(article.language()).analyze(article);
    }

    /**
     * The whole flow for one page: decompress, sniff, decode, extract, detect language, analyse.
     * Expected failures (binary input, empty input, a WARC given as a page) come back as
     * {@link Result.Rejected} with a one-line reason; a failing analysis leaves the extraction intact
     * and notes the failure on the record.
     */
    public static Result process(Page page, Options options) {
        return process(page, options, Hints.NONE);
    }

    /**
     * As {@link #process(Page, Options)}, with what a listing (a feed, a news sitemap) said about the
     * page: its title, publication time and language fill in what the page itself does not state,
     * before the analysis (which resolves time expressions against the publication time).
     */
    public static Result process(Page page, Options options, Hints hints) {
        try (Deadline.Scope budget = Deadline.open(options.timeLimitMillis())) {
            return new Result.Extracted(run(page, options, hints == null ? Hints.NONE : hints, budget.deadline));
        } catch (DatelineException e) {
            return new Result.Rejected(new Failure(page.input(), e.getMessage()));
        } catch (IOException e) {
            return new Result.Rejected(new Failure(page.input(), "cannot read: " + oneLine(e)));
        } catch (StackOverflowError e) {
            return new Result.Rejected(new Failure(page.input(), "document nested too deeply to process"));
        } catch (OutOfMemoryError e) {
            return new Result.Rejected(new Failure(page.input(), "document too large to process in the available memory"));
        } catch (RuntimeException e) {
            return new Result.Rejected(new Failure(page.input(), "extraction failed: " + oneLine(e)));
        } catch (VirtualMachineError e) {
            throw e; // the JVM itself is failing (InternalError, UnknownError): nothing sensible to go on with
        } catch (Error e) {
            // A LinkageError or ExceptionInInitializerError in a stage is a bug, but it must cost one
            // page, not the batch.
            return new Result.Rejected(new Failure(page.input(), "internal error: " + e.getClass().getSimpleName()
                    + ": " + oneLine(e)));
        }
    }

    private static Record run(Page page, Options options, Hints hints, Deadline deadline) throws IOException {
        byte[] bytes = page.content();
        if (Sniffer.isGzip(bytes)) {
            bytes = Gzip.decompress(bytes, options.maxPageBytes());
        }
        if (bytes.length > options.maxPageBytes()) {
            throw new DatelineException("page of " + bytes.length + " bytes is over the limit of "
                    + options.maxPageBytes());
        }
        InputFormat format = page.format() != InputFormat.AUTO ? page.format() : options.format();
        Sniffer.Kind kind = Sniffer.sniff(bytes);
        if (kind == Sniffer.Kind.EMPTY) {
            throw new DatelineException("empty input");
        }
        if (kind == Sniffer.Kind.FEED && (format == InputFormat.AUTO || format == InputFormat.HTML)) {
            String what = Sniffer.feedName(bytes);
            throw new DatelineException("this is " + (what == null ? "a feed" : what)
                    + ", not an article page: use `dateline watch` to follow it");
        }
        if (format == InputFormat.AUTO) {
            format = switch (kind) {
                case WARC -> InputFormat.WARC;
                case HTML -> InputFormat.HTML;
                case TEXT -> InputFormat.TEXT;
                case BINARY -> throw new DatelineException("binary content, not an HTML or text document");
                case EMPTY -> throw new DatelineException("empty input");
                case FEED -> throw new IllegalStateException("feeds are refused above");
            };
        } else if (kind == Sniffer.Kind.BINARY && format != InputFormat.WARC) {
            throw new DatelineException("binary content, not an HTML or text document");
        }
        if (format == InputFormat.WARC) {
            throw new DatelineException("a WARC file: read it through org.dateline.source.Sources, not as one page");
        }
        Decoded decoded = Charsets.decode(bytes, page.contentType());
        Deadline.check("decoding");
        Page typed = page.withFormat(format);
        Article article = Extractors.forFormat(format).extract(typed, decoded.text());
        article = hints.fill(article);
        article = article.withLanguage(Languages.settle(article.language() != null ? article.language() : hints.language(),
                article.text(), article.title()));
        if (!options.analysis()) {
            return Record.of(article);
        }
        if (deadline.expired()) {
            return new Record(article, Analysis.EMPTY, "analysis skipped: the page used its time limit of "
                    + deadline.limitMillis() + " ms before analysis");
        }
        return analysed(article);
    }

    /**
     * Analyses an extracted article again (a stored record after an upgrade), within the time
     * limit of {@code options}: a record with the new analysis, or with the failure noted on it as
     * {@link #process} notes it (the extraction is never touched).
     */
    public static Record reanalyze(Article article, Options options) {
        try (Deadline.Scope budget = Deadline.open(options.timeLimitMillis())) {
            return analysed(article);
        }
    }

    private static Record analysed(Article article) {
        try {
            Analyzer analyzer = Analyzers.forLanguage(article.language());
            return new Record(article, analyzer.analyze(article), null);
        } catch (VirtualMachineError e) {
            if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
                return new Record(article, Analysis.EMPTY, "analysis failed: " + e.getClass().getSimpleName());
            }
            throw e;
        } catch (RuntimeException | Error e) {
            // Extraction stays intact whatever the analysis stage does (a bug there, a time limit).
            return new Record(article, Analysis.EMPTY, "analysis failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e)));
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
