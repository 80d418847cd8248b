package org.dateline;

import org.dateline.page.InputFormat;

/**
 * Options for the whole flow, passed explicitly down it. Immutable; per-document data (URL, input
 * name) travels with the {@link org.dateline.page.Page}, never here.
 *
 * @param format        how to read inputs ({@link InputFormat#AUTO} sniffs)
 * @param analysis      run the analysis stage (quotes, claims, times, entities)
 * @param maxPageBytes  larger pages are refused (after decompression)
 * @param timeLimitMillis soft per-page time budget: long-running stages stop early and keep what they have
 */
public record Options(InputFormat format, boolean analysis, int maxPageBytes, long timeLimitMillis) {

    /** 64 MiB: far above any real article page, low enough to keep a worker's heap bounded. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 64 * 1024 * 1024;
    public static final long DEFAULT_TIME_LIMIT_MILLIS = 20_000;
    public static final Options DEFAULTS = new Options(InputFormat.AUTO, true, DEFAULT_MAX_PAGE_BYTES,
            DEFAULT_TIME_LIMIT_MILLIS);

    public Options {
        format = format == null ? InputFormat.AUTO : format;
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
        }
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("timeLimitMillis must be positive: " + timeLimitMillis);
        }
    }

    public Options withFormat(InputFormat f) {
        return new Options(f, analysis, maxPageBytes, timeLimitMillis);
    }

    public Options withAnalysis(boolean a) {
        return new Options(format, a, maxPageBytes, timeLimitMillis);
    }
}
