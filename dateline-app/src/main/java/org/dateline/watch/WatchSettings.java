package org.dateline.watch;

import org.dateline.Options;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code dateline watch} fetches: politeness, limits and timeouts. Immutable; one per watcher.
 *
 * @param delay          the pause between two requests to one host (raised to the host's robots.txt Crawl-delay)
 * @param userAgent      sent with every request, and matched against robots.txt groups by its product token
 * @param maxRedirects   redirects followed per URL before giving up
 * @param connectTimeout to open a connection
 * @param readTimeout    for the response headers, and for each wait on the body between two reads
 * @param maxBytes       a body is cut off after this many bytes (and the page reported)
 * @param maxRetries     retries after a 429 or 503 (or a connection failure), with backoff
 * @param maxRetryWait   the longest wait honoured from a Retry-After header or a backoff step
 * @param maxCrawlDelay  the longest robots.txt Crawl-delay honoured (a longer one skips the host's pages this round)
 * @param warcFileBytes  a WARC file is closed and a new one started once it is this large
 * @param workers        extraction threads
 * @param hosts          hosts fetched from at the same time
 * @param analysis       run the analysis stage on fetched pages
 */
public record WatchSettings(Duration delay, String userAgent, int maxRedirects, Duration connectTimeout,
                            Duration readTimeout, int maxBytes, int maxRetries, Duration maxRetryWait,
                            Duration maxCrawlDelay, long warcFileBytes, int workers, int hosts, boolean analysis) {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** 1 GB, the size the WARC specification's annex recommends for a file. */
    public static final long DEFAULT_WARC_FILE_BYTES = 1_000_000_000L;

    public WatchSettings {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        if (maxBytes <= 0 || workers <= 0 || hosts <= 0 || warcFileBytes <= 0 || maxRedirects < 0 || maxRetries < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The defaults for a User-Agent. */
    public static WatchSettings defaults(String userAgent) {
        return new WatchSettings(DEFAULT_DELAY, userAgent, DEFAULT_MAX_REDIRECTS, Duration.ofSeconds(10),
                Duration.ofSeconds(30), Options.DEFAULT_MAX_PAGE_BYTES, 3, Duration.ofMinutes(2), Duration.ofSeconds(60),
                DEFAULT_WARC_FILE_BYTES, Runtime.getRuntime().availableProcessors(), 16, true);
    }

    public WatchSettings withDelay(Duration d) {
        return new WatchSettings(d, userAgent, maxRedirects, connectTimeout, readTimeout, maxBytes, maxRetries,
                maxRetryWait, maxCrawlDelay, warcFileBytes, workers, hosts, analysis);
    }

    public WatchSettings withReadTimeout(Duration d) {
        return new WatchSettings(delay, userAgent, maxRedirects, connectTimeout, d, maxBytes, maxRetries,
                maxRetryWait, maxCrawlDelay, warcFileBytes, workers, hosts, analysis);
    }

    public WatchSettings withMaxBytes(int n) {
        return new WatchSettings(delay, userAgent, maxRedirects, connectTimeout, readTimeout, n, maxRetries,
                maxRetryWait, maxCrawlDelay, warcFileBytes, workers, hosts, analysis);
    }

    public WatchSettings withRetries(int n, Duration maxWait) {
        return new WatchSettings(delay, userAgent, maxRedirects, connectTimeout, readTimeout, maxBytes, n,
                maxWait, maxCrawlDelay, warcFileBytes, workers, hosts, analysis);
    }

    public WatchSettings withWarcFileBytes(long n) {
        return new WatchSettings(delay, userAgent, maxRedirects, connectTimeout, readTimeout, maxBytes, maxRetries,
                maxRetryWait, maxCrawlDelay, n, workers, hosts, analysis);
    }

    public WatchSettings withWorkers(int n) {
        return new WatchSettings(delay, userAgent, maxRedirects, connectTimeout, readTimeout, maxBytes, maxRetries,
                maxRetryWait, maxCrawlDelay, warcFileBytes, n, hosts, analysis);
    }

    public WatchSettings withAnalysis(boolean a) {
        return new WatchSettings(delay, userAgent, maxRedirects, connectTimeout, readTimeout, maxBytes, maxRetries,
                maxRetryWait, maxCrawlDelay, warcFileBytes, workers, hosts, a);
    }

    /** The User-Agent's product token, lower case, as robots.txt groups name it ({@code dateline}). */
    String robotsName() {
        String ua = userAgent.strip();
        int end = 0;
        while (end < ua.length() && (Character.isLetterOrDigit(ua.charAt(end)) || ua.charAt(end) == '-'
                || ua.charAt(end) == '_')) {
            end++;
        }
        return end == 0 ? "dateline" : ua.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }
}
