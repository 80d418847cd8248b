package org.dateline.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.dateline.DatelineException;
import org.dateline.page.Gzip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A polite HTTP fetcher: robots.txt obeyed per host (crawler-commons, RFC 9309) with its
 * Crawl-delay, at most one request at a time per host and a pause between two, conditional GET,
 * bounded redirects, 429/503 with Retry-After and exponential backoff, timeouts, and a size limit.
 * Every exchange but a 304 goes to the archive sink.
 *
 * <p>Thread-safe: requests to different hosts run concurrently, requests to one host queue up.
 */
public final class Fetcher implements AutoCloseable {

    private final WatchSettings settings;
    private final HttpClient client;
    private final Consumer<Exchange> archive;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** One host's queue: the lock serialises its requests; the rules are its robots.txt for this round. */
    private static final class Lane {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextNanos = Long.MIN_VALUE;
        long delayNanos;
        /** A server's Retry-After beyond what a round waits: no request before this (nanoTime). */
        long deferredUntil = Long.MIN_VALUE;
        BaseRobotRules rules;
        /** Why robots.txt could not be had (unreachable, 5xx): the host is not fetched this round; else null. */
        String robotsError;
        /** Held while robots.txt is read, so that it is read once. */
        final Object robotsLock = new Object();
    }

    public Fetcher(WatchSettings settings, Consumer<Exchange> archive) {
        this.settings = settings;
        this.archive = archive;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dateline-watch-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    /** Forgets every host's robots.txt (read again on the next request: once per round). */
    public void newRound() {
        for (Lane l : lanes.values()) {
            l.lock.lock();
            try {
                l.rules = null;
                l.robotsError = null;
            } finally {
                l.lock.unlock();
            }
        }
    }

    /** Stops: waits end at once, no request starts after this (one in flight is read to its end, within the read timeout). */
    public void stop() {
        stopped.countDown();
    }

    public boolean stopping() {
        return stopped.getCount() == 0;
    }

    /** The sitemaps the host's robots.txt lists (read through {@link #fetch} rules: once per round). */
    public List<String> sitemapsOf(URI site) {
        BaseRobotRules r = rules(site);
        return r == null ? List.of() : List.copyOf(r.getSitemaps());
    }

    /** Why the host's robots.txt could not be read this round (then nothing is fetched from it), or null. */
    private String robotsError(URI uri) {
        if (!isHttp(uri)) {
            return null;
        }
        rules(uri);
        Lane lane = lane(uri);
        lane.lock.lock();
        try {
            return lane.robotsError;
        } finally {
            lane.lock.unlock();
        }
    }

    /** Whether robots.txt lets this fetcher have the URL (reading robots.txt if needed). */
    public boolean allowed(URI uri) {
        BaseRobotRules r = rules(uri);
        return r == null || r.isAllowed(uri.toString());
    }

    /**
     * Fetches a URL: robots.txt checked for it and every redirect target, conditions sent when
     * {@code validators} has any.
     */
    public FetchResult fetch(URI uri, Validators validators) {
        URI at = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (stopping()) {
                return FetchResult.failed(uri, at, 0, "stopped before fetching");
            }
            if (!isHttp(at)) {
                return FetchResult.failed(uri, at, 0, "not an http(s) URL: " + at);
            }
            String robotsError = robotsError(at);
            if (robotsError != null) {
                return FetchResult.failed(uri, at, 0, robotsError);
            }
            if (!allowed(at)) {
                return new FetchResult(FetchResult.Kind.ROBOTS, uri, at, 0, null, new byte[0], Instant.now(), null,
                        null, "disallowed by robots.txt");
            }
            Response r = withRetries(at, hop == 0 ? validators : Validators.NONE);
            if (r.error != null) {
                return FetchResult.failed(uri, at, r.exchange == null ? 0 : r.exchange.status(), r.error);
            }
            Exchange ex = r.exchange;
            int status = ex.status();
            if (status >= 300 && status < 400 && status != 304) {
                String loc = ex.header("location");
                if (loc == null || loc.isBlank()) {
                    return FetchResult.failed(uri, at, status, "HTTP " + status + " without a Location header");
                }
                try {
                    at = at.resolve(URI.create(loc.strip().replace(" ", "%20")));
                } catch (IllegalArgumentException e) {
                    return FetchResult.failed(uri, at, status, "HTTP " + status + " to an invalid Location: " + oneLine(loc));
                }
                continue;
            }
            String etag = ex.header("etag");
            String lm = ex.header("last-modified");
            if (status == 304) {
                return new FetchResult(FetchResult.Kind.NOT_MODIFIED, uri, at, status, null, new byte[0], ex.date(),
                        etag != null ? etag : validators.etag(), lm != null ? lm : validators.lastModified(), null);
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return new FetchResult(FetchResult.Kind.GONE, uri, at, status, null, new byte[0], ex.date(), null, null,
                        "HTTP " + status);
            }
            if (status < 200 || status >= 300) {
                return FetchResult.failed(uri, at, status, "HTTP " + status);
            }
            if (ex.truncated()) {
                return FetchResult.failed(uri, at, status, "response larger than the limit of " + settings.maxBytes()
                        + " bytes: cut off (the archive keeps the part read, marked truncated)");
            }
            byte[] body;
            try {
                body = decoded(ex);
            } catch (DatelineException e) {
                return FetchResult.failed(uri, at, status, "cannot decode the response: " + e.getMessage());
            }
            return new FetchResult(FetchResult.Kind.OK, uri, at, status, ex.header("content-type"), body, ex.date(),
                    etag, lm, null);
        }
        return FetchResult.failed(uri, at, 0, "more than " + settings.maxRedirects() + " redirects");
    }

    private byte[] decoded(Exchange ex) {
        String enc = ex.header("content-encoding");
        if (enc == null || enc.isBlank() || enc.equalsIgnoreCase("identity")) {
            return ex.body();
        }
        if (enc.strip().equalsIgnoreCase("gzip") || enc.strip().equalsIgnoreCase("x-gzip")) {
            return Gzip.decompress(ex.body(), settings.maxBytes());
        }
        throw new DatelineException("unsupported Content-Encoding " + oneLine(enc));
    }

    private record Response(Exchange exchange, String error) {
    }

    /** One request, repeated after 429/503 (Retry-After or exponential backoff) and once after a network failure. */
    private Response withRetries(URI uri, Validators validators) {
        Lane lane = lane(uri);
        boolean networkRetried = false;
        for (int attempt = 0; ; attempt++) {
            Exchange ex;
            try {
                ex = exchange(lane, uri, validators);
            } catch (IOException e) {
                if (stopping()) {
                    return new Response(null, "stopped");
                }
                if (!networkRetried && !(e instanceof HttpTimeoutException)) {
                    networkRetried = true;
                    if (pause(backoff(0))) {
                        continue;
                    }
                }
                return new Response(null, e instanceof HttpTimeoutException ? "timed out: " + oneLine(e.getMessage())
                        : "cannot fetch: " + describe(e));
            } catch (Deferred d) {
                return new Response(null, d.getMessage());
            }
            if (ex.status() != 429 && ex.status() != 503) {
                return new Response(ex, null);
            }
            long wait = retryAfterMillis(ex.header("retry-after"));
            if (wait < 0) {
                wait = backoff(attempt);
            }
            if (attempt >= settings.maxRetries() || wait > settings.maxRetryWait().toMillis()) {
                if (wait > settings.maxRetryWait().toMillis()) {
                    lane.lock.lock();
                    try {
                        lane.deferredUntil = System.nanoTime() + wait * 1_000_000L;
                    } finally {
                        lane.lock.unlock();
                    }
                }
                return new Response(ex, "HTTP " + ex.status() + " after " + (attempt + 1) + " attempt"
                        + (attempt == 0 ? "" : "s") + (wait > 0 ? " (the server asks to wait " + (wait + 999) / 1000 + " s)" : ""));
            }
            lane.lock.lock();
            try {
                lane.nextNanos = Math.max(lane.nextNanos, System.nanoTime() + wait * 1_000_000L);
            } finally {
                lane.lock.unlock();
            }
        }
    }

    /** 2^attempt × the delay (at least 500 ms), up to the longest wait. */
    private long backoff(int attempt) {
        long base = Math.max(500, settings.delay().toMillis());
        long w = base << Math.min(attempt, 20);
        return Math.min(w, settings.maxRetryWait().toMillis());
    }

    /** Retry-After as milliseconds from now (seconds or an HTTP date); -1 when absent or unreadable. */
    static long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.strip();
        try {
            return Math.max(0, Long.parseLong(v)) * 1000L;
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(Instant.now(), t.toInstant()).toMillis());
            } catch (DateTimeParseException e2) {
                return -1;
            }
        }
    }

    private static final class Deferred extends Exception {
        Deferred(String message) {
            super(message, null, false, false);
        }
    }

    /** One request on the host's lane: waits its turn and the delay, sends, reads the body within the limits. */
    private Exchange exchange(Lane lane, URI uri, Validators validators) throws IOException, Deferred {
        lane.lock.lock();
        try {
            long now = System.nanoTime();
            if (lane.deferredUntil != Long.MIN_VALUE && now < lane.deferredUntil) {
                throw new Deferred("the host asked to wait " + (lane.deferredUntil - now) / 1_000_000_000L
                        + " s more (Retry-After): left for the next round");
            }
            if (lane.nextNanos != Long.MIN_VALUE && now < lane.nextNanos && !pause((lane.nextNanos - now + 999_999) / 1_000_000)) {
                throw new IOException("stopped");
            }
            if (stopping()) {
                throw new IOException("stopped");
            }
            try {
                return send(uri, validators);
            } finally {
                lane.nextNanos = System.nanoTime() + lane.delayNanos;
            }
        } finally {
            lane.lock.unlock();
        }
    }

    private Exchange send(URI uri, Validators validators) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Host", uri.getRawAuthority()));
        headers.add(Map.entry("User-Agent", settings.userAgent()));
        headers.add(Map.entry("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,"
                + "application/atom+xml,application/feed+json,application/json;q=0.8,*/*;q=0.5"));
        headers.add(Map.entry("Accept-Encoding", "gzip"));
        if (validators.etag() != null) {
            headers.add(Map.entry("If-None-Match", validators.etag()));
        }
        if (validators.lastModified() != null) {
            headers.add(Map.entry("If-Modified-Since", validators.lastModified()));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout());
        for (Map.Entry<String, String> h : headers) {
            if (!h.getKey().equals("Host")) {
                b.header(h.getKey(), h.getValue());
            }
        }
        Instant date = Instant.now();
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid request: " + e.getMessage());
        }
        Map<String, List<String>> respHeaders = lowerCase(resp.headers());
        byte[] body;
        boolean truncated;
        try (InputStream in = resp.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            truncated = readBounded(in, out);
            body = out.toByteArray();
        }
        Exchange ex = new Exchange(uri, List.copyOf(headers), resp.statusCode(), respHeaders, body, truncated, date);
        if (resp.statusCode() != 304) {
            archive.accept(ex);
        }
        return ex;
    }

    /** Reads up to the size limit, each read bounded by the read timeout; true when cut off. */
    private boolean readBounded(InputStream in, ByteArrayOutputStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long limit = settings.maxBytes();
        long total = 0;
        long timeout = settings.readTimeout().toMillis();
        while (true) {
            java.util.concurrent.atomic.AtomicBoolean fired = new java.util.concurrent.atomic.AtomicBoolean();
            ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                fired.set(true); // before the close, so that the reader's failure is known for a timeout
                closeQuietly(in);
            }, timeout, TimeUnit.MILLISECONDS);
            int n;
            try {
                n = in.read(buf, 0, (int) Math.min(buf.length, limit - total + 1));
            } catch (IOException e) {
                if (fired.get()) {
                    throw new HttpTimeoutException("no data for " + timeout + " ms while reading the body");
                }
                throw e;
            } finally {
                alarm.cancel(false);
            }
            if (n < 0) {
                return false;
            }
            int keep = (int) Math.min(n, limit - total);
            out.write(buf, 0, keep);
            total += n;
            if (total > limit) {
                return true;
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the failure
        }
    }

    private static Map<String, List<String>> lowerCase(HttpHeaders h) {
        Map<String, List<String>> m = new TreeMap<>();
        h.map().forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return m;
    }

    /** Waits, or returns false at once when stopping. */
    private boolean pause(long millis) {
        if (millis <= 0) {
            return !stopping();
        }
        try {
            return !stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Lane lane(URI uri) {
        return lanes.computeIfAbsent(hostKey(uri), k -> {
            Lane l = new Lane();
            l.delayNanos = settings.delay().toNanos();
            return l;
        });
    }

    /** scheme://host:port, lower case: what robots.txt and politeness are kept per. */
    static String hostKey(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }

    /**
     * The host's robots.txt rules for this round, read on first need: 2xx parsed, 4xx allow all,
     * 5xx or unreachable disallow all (RFC 9309 §2.3.1). Crawl-delay raises the host's delay.
     */
    private BaseRobotRules rules(URI uri) {
        if (!isHttp(uri)) {
            return null;
        }
        Lane lane = lane(uri);
        synchronized (lane.robotsLock) {
            lane.lock.lock();
            try {
                if (lane.rules != null) {
                    return lane.rules;
                }
            } finally {
                lane.lock.unlock();
            }
            return readRules(lane, uri);
        }
    }

    private BaseRobotRules readRules(Lane lane, URI uri) {
        URI robots = uri.resolve("/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        BaseRobotRules rules;
        URI at = robots;
        Exchange ex = null;
        String error = null;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Response r = withRetries(at, Validators.NONE);
            ex = r.exchange;
            error = r.error;
            if (ex == null || ex.status() < 300 || ex.status() >= 400 || ex.header("location") == null) {
                break;
            }
            try {
                at = at.resolve(ex.header("location").strip());
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        String robotsError = null;
        if (ex == null || error != null) {
            rules = parser.failedFetch(ex == null ? 503 : ex.status());
            robotsError = (error == null ? "no response" : error)
                    + " (for robots.txt: nothing is fetched from the host this round)";
        } else if (ex.status() >= 500) {
            rules = parser.failedFetch(ex.status());
            robotsError = "robots.txt unavailable (HTTP " + ex.status() + "): nothing is fetched from the host this round";
        } else if (ex.status() >= 200 && ex.status() < 300) {
            byte[] body = ex.body();
            try {
                body = decoded(ex);
            } catch (DatelineException e) {
                // read as served
            }
            rules = parser.parseContent(robots.toString(), body, ex.header("content-type"), List.of(settings.robotsName()));
        } else {
            rules = parser.failedFetch(ex.status());
        }
        lane.lock.lock();
        try {
            lane.rules = rules;
            lane.robotsError = robotsError;
            long crawl = rules.getCrawlDelay();
            long delay = settings.delay().toNanos();
            if (crawl > 0 && crawl != BaseRobotRules.UNSET_CRAWL_DELAY) {
                delay = Math.max(delay, Math.min(crawl, settings.maxCrawlDelay().toMillis()) * 1_000_000L);
            }
            lane.delayNanos = delay;
            // robots.txt was the host's last request: the next one waits the delay it set.
            lane.nextNanos = Math.max(lane.nextNanos, System.nanoTime() + delay);
            return rules;
        } finally {
            lane.lock.unlock();
        }
    }

    private static boolean isHttp(URI u) {
        String s = u.getScheme();
        return u.getHost() != null && s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"));
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return "connection refused" + (m == null || m.isBlank() ? "" : " (" + oneLine(m) + ")");
        }
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + oneLine(m));
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    @Override
    public void close() {
        stop();
        watchdog.shutdownNow();
    }
}
