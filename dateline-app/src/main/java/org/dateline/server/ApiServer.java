package org.dateline.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.Options;
import org.dateline.desk.Desk;
import org.dateline.page.Page;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;
import org.dateline.record.Result;
import org.dateline.store.Dates;
import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;
import org.dateline.store.Requests;
import org.dateline.store.StoredArticle;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The JSON HTTP API over a {@link NewsIndex}, on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}): no framework, nothing to configure. Every response is JSON;
 * every error is {@code {"error": "...", "status": N}} with 400 (bad parameter, date, limit, query,
 * body), 401/403 (writes), 404, 405, 413 (body too large); a failure of the server itself is a 500
 * with a one-line message, never a stack trace. See docs/api.md.
 */
public final class ApiServer implements Closeable {

    /**
     * @param host         address to bind (127.0.0.1: this machine only)
     * @param port         0 picks a free port
     * @param token        writes need it ({@code Authorization: Bearer <token>}); null or blank: writes off
     * @param maxBodyBytes a larger request body is refused with 413
     * @param threads      requests served at once
     * @param allowHosts   host names a request's {@code Host} header may name besides the loopback
     *                     names (when bound to loopback; see {@link HostCheck})
     */
    public record Config(String host, int port, String token, long maxBodyBytes, int threads, List<String> allowHosts) {
        public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;

        public Config {
            allowHosts = allowHosts == null ? List.of() : List.copyOf(allowHosts);
        }

        public Config(String host, int port, String token, long maxBodyBytes, int threads) {
            this(host, port, token, maxBodyBytes, threads, List.of());
        }
    }

    /**
     * Threads that read requests. The JDK server hands a connection to its executor as soon as its
     * first bytes arrive, and that thread then blocks until the request line, headers and body are
     * in: a client that sends half a request holds it (until {@link #MAX_REQUEST_SECONDS}). So
     * reading gets a pool far larger than the work pool: idle half-sent connections wait here, and
     * complete requests still find one of the {@code threads} workers free. A connection beyond
     * this pool is closed at once (the dispatcher closes what the executor refuses).
     */
    static final int CONNECTION_THREADS = 512;
    /** Connections open at once (idle keep-alive ones included); more are closed when accepted. */
    static final int MAX_CONNECTIONS = 1024;
    /** Time a client has to send a whole request (line, headers and body), then it is cut off. */
    static final int MAX_REQUEST_SECONDS = 20;
    /** Time a client has to read a whole response. */
    static final int MAX_RESPONSE_SECONDS = 60;
    /** Longest article id accepted in a path ({@code u} or {@code c} and 20 hex digits today). */
    static final int MAX_ID_CHARS = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Map<String, Set<String>> PARAMS = Map.of(
            "/api/search", Set.of("q", "from", "to", "site", "lang", "speaker", "entity", "limit", "sort", "collapse", "facets"),
            "/api/quotes", Set.of("speaker", "about", "from", "to", "site", "lang", "limit", "all"),
            "/api/speakers", Set.of("about", "from", "to", "site", "lang", "limit"),
            "/api/timeline", Set.of("q", "interval", "from", "to", "site", "lang", "speaker", "entity"),
            "/api/health", Set.of(),
            "/api/articles", Set.of(),
            "/api/ingest", Set.of("url"));

    private final NewsIndex index;
    private final Config config;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    /** Requests handled at once ({@link Config#threads()}); reading and writing happen outside it. */
    private final Semaphore work;
    private final HostCheck hosts;
    private final PrintStream log;
    private final Desk desk;

    /** An HTTP error to answer with. */
    static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    public ApiServer(NewsIndex index, Config config, PrintStream log) throws IOException {
        this.index = index;
        this.config = config;
        this.log = log;
        this.desk = new Desk(index, log);
        // The JDK server's own limits on slow clients; read once, when its classes load (a system
        // property given on the command line wins).
        defaultProperty("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        defaultProperty("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
        defaultProperty("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        this.hosts = HostCheck.of(address, config.allowHosts());
        this.server = HttpServer.create(address, 64);
        this.work = new Semaphore(Math.max(1, config.threads()));
        this.executor = new ThreadPoolExecutor(Math.max(1, config.threads()), CONNECTION_THREADS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "dateline-http");
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    private static void defaultProperty(String name, int value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, Integer.toString(value));
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public boolean writable() {
        return config.token() != null && !config.token().isBlank() && index.writable();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (path == null || !isApi(path)) {
                // The web pages (org.dateline.desk): every path outside /api/, behind the same Host
                // check (DNS rebinding would read the pages as well as the API) and the same workers.
                String refused = hosts.refusal(ex.getRequestHeaders().getFirst("Host"));
                if (refused != null) {
                    desk.refuse(ex, 403, refused);
                    return;
                }
                try {
                    work.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    desk.serve(ex);
                } finally {
                    work.release();
                }
                return;
            }
            String body;
            int status = 200;
            try {
                body = route(ex, path == null ? "" : path);
            } catch (ApiError e) {
                status = e.status;
                body = error(e.status, e.getMessage());
            } catch (IllegalArgumentException | DatelineException e) {
                status = e instanceof IndexException ? 503 : 400;
                body = error(status, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 503;
                body = error(503, "the server is stopping");
            } catch (RuntimeException | IOException | StackOverflowError e) {
                status = 500;
                log.println("dateline serve: " + ex.getRequestMethod() + " " + clip(String.valueOf(path)) + ": " + e);
                body = error(500, "internal error");
            }
            send(ex, status, body);
        } catch (IOException | RuntimeException e) {
            // the client went away
        }
    }

    /** Whether a path is the API's ({@code /api}, {@code /api/…}, in any case): else a page of the desk. */
    static boolean isApi(String path) {
        return path.regionMatches(true, 0, "/api", 0, 4) && (path.length() == 4 || path.charAt(4) == '/');
    }

    /** The endpoint a path names, with the article id for {@code /api/articles/{id}}. */
    private record Route(String endpoint, String id) {
    }

    /**
     * Every path is matched exactly: no trailing slash, no empty or extra segment. An article id is
     * one segment, percent-decoded, of the characters ids have.
     */
    static Route resolve(String path) {
        String prefix = "/api/articles/";
        if (PARAMS.containsKey(path) && !path.equals("/api/articles")) {
            return new Route(path, null);
        }
        if (path.equals("/api/articles") || path.equals(prefix)) {
            throw new ApiError(400, "article id missing: GET /api/articles/{id}");
        }
        if (path.startsWith(prefix)) {
            String raw = path.substring(prefix.length());
            if (raw.startsWith("/")) {
                throw new ApiError(400, "article id missing: GET /api/articles/{id}");
            }
            if (raw.indexOf('/') >= 0) {
                throw new ApiError(404, "no such endpoint: " + clip(path) + " (an article is GET /api/articles/{id})");
            }
            if (raw.length() > MAX_ID_CHARS * 3) {
                throw new ApiError(400, "article id longer than " + MAX_ID_CHARS + " characters");
            }
            String id;
            try {
                id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "malformed percent-encoding in the article id");
            }
            if (id.length() > MAX_ID_CHARS) {
                throw new ApiError(400, "article id longer than " + MAX_ID_CHARS + " characters");
            }
            if (!ID.matcher(id).matches()) {
                throw new ApiError(400, "malformed article id \"" + clip(id)
                        + "\" (ids are letters, digits, '-', '_' and '.', like u3f0c2a9d1e7b44a5c6d8)");
            }
            return new Route("/api/articles", id);
        }
        throw new ApiError(404, "no such endpoint: " + clip(path)
                + " (see /api/health, /api/search, /api/articles/{id}, /api/quotes, /api/speakers, /api/timeline, /api/ingest)");
    }

    private String route(HttpExchange ex, String path) throws IOException, InterruptedException {
        String refused = hosts.refusal(ex.getRequestHeaders().getFirst("Host"));
        if (refused != null) {
            throw new ApiError(403, refused);
        }
        String method = ex.getRequestMethod();
        Route r = resolve(path);
        String base = r.endpoint();
        boolean post = base.equals("/api/ingest");
        boolean allowed = post ? method.equals("POST") : method.equals("GET") || method.equals("HEAD");
        if (!allowed) {
            ex.getResponseHeaders().set("Allow", post ? "POST" : "GET, HEAD");
            throw new ApiError(405, method + " is not allowed on " + base + " (use " + (post ? "POST" : "GET or HEAD") + ")");
        }
        Map<String, String> p = params(ex.getRequestURI().getRawQuery(), PARAMS.get(base));
        if (post) {
            // The body is read before a worker is taken: a slow sender holds only its own connection thread.
            return ingest(ex, p);
        }
        work.acquire();
        try {
            return switch (base) {
                case "/api/health" -> health();
                case "/api/search" -> search(p);
                case "/api/articles" -> article(r.id());
                case "/api/quotes" -> quotes(p);
                case "/api/speakers" -> speakers(p);
                case "/api/timeline" -> timeline(p);
                default -> throw new ApiError(404, "no such endpoint");
            };
        } finally {
            work.release();
        }
    }

    // --------------------------------------------------------------------------------- endpoints

    private String health() {
        return json(g -> {
            g.writeStringField("status", "ok");
            g.writeNumberField("articles", index.articleCount());
            g.writeBooleanField("writes", writable());
        });
    }

    private String search(Map<String, String> p) {
        Requests.Order order = p.get("sort") == null ? null : switch (p.get("sort")) {
            case "relevance" -> Requests.Order.RELEVANCE;
            case "newest" -> Requests.Order.NEWEST;
            default -> throw new ApiError(400, "sort must be relevance or newest, not \"" + clip(p.get("sort")) + "\"");
        };
        Requests.Search req = new Requests.Search(p.get("q"), filters(p), limit(p, 10), order,
                bool(p, "collapse", true), bool(p, "facets", true));
        Requests.SearchResult r = index.search(req);
        return json(g -> {
            g.writeNumberField("total", r.total());
            g.writeArrayFieldStart("hits");
            for (Requests.Hit h : r.hits()) {
                g.writeRawValue(h.article().toJson(req.collapse() ? h.copies() : -1, h.score()));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, List<Requests.FacetCount>> e : r.facets().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (Requests.FacetCount c : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("value", c.value());
                    g.writeNumberField("count", c.count());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    private String article(String id) {
        StoredArticle a = index.get(id);
        if (a == null) {
            throw new ApiError(404, "no article with id " + clip(id));
        }
        return a.toJson();
    }

    private String quotes(Map<String, String> p) {
        Requests.QuoteResult r = index.quotes(new Requests.Quotes(p.get("about"), filters(p), limit(p, 20),
                bool(p, "all", false)));
        return json(g -> {
            g.writeNumberField("total", r.total());
            g.writeArrayFieldStart("quotes");
            for (String q : r.quotes()) {
                g.writeRawValue(q);
            }
            g.writeEndArray();
        });
    }

    private String speakers(Map<String, String> p) {
        List<Requests.SpeakerRow> rows = index.speakers(p.get("about"), filters(p), limit(p, 20));
        return json(g -> {
            g.writeArrayFieldStart("speakers");
            for (Requests.SpeakerRow r : rows) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeNumberField("quotes", r.quotes());
                g.writeNumberField("articles", r.articles());
                g.writeArrayFieldStart("roles");
                for (String s : r.roles()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("organizations");
                for (String s : r.organizations()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private String timeline(Map<String, String> p) {
        String iv = p.getOrDefault("interval", "day");
        Requests.Interval interval = switch (iv) {
            case "day" -> Requests.Interval.DAY;
            case "week" -> Requests.Interval.WEEK;
            case "month" -> Requests.Interval.MONTH;
            default -> throw new ApiError(400, "interval must be day, week or month, not \"" + clip(iv) + "\"");
        };
        List<Requests.Bucket> buckets = index.timeline(p.get("q"), filters(p), interval);
        return json(g -> {
            g.writeStringField("interval", iv);
            g.writeArrayFieldStart("buckets");
            for (Requests.Bucket b : buckets) {
                g.writeStartObject();
                g.writeStringField("start", b.start());
                g.writeNumberField("count", b.count());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /**
     * Records as JSON Lines (validated whole before anything is written: one bad line refuses the
     * request), or one raw page with {@code ?url=}. Committed before the answer.
     */
    private String ingest(HttpExchange ex, Map<String, String> p) throws IOException, InterruptedException {
        if (config.token() == null || config.token().isBlank()) {
            throw new ApiError(403, "writes are disabled: start dateline serve with DATELINE_TOKEN set");
        }
        if (!authorized(ex.getRequestHeaders())) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "missing or wrong token: send the header Authorization: Bearer <DATELINE_TOKEN>");
        }
        if (!index.writable()) {
            throw new ApiError(503, "the index is open read-only");
        }
        byte[] body = body(ex);
        work.acquire();
        try {
            return ingest(p, body, ex.getRequestHeaders().getFirst("Content-Type"));
        } finally {
            work.release();
        }
    }

    private String ingest(Map<String, String> p, byte[] body, String contentType) {
        String type = contentType;
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        List<Record> records = new ArrayList<>();
        if (p.containsKey("url") || type.startsWith("text/html") || type.startsWith("application/xhtml")
                || type.startsWith("text/plain")) {
            String url = p.get("url");
            if (url == null || url.isBlank()) {
                throw new ApiError(400, "a raw page needs its URL: POST /api/ingest?url=…");
            }
            Result r = Dateline.process(Page.of("api:" + url, body, url), Options.DEFAULTS);
            if (r instanceof Result.Rejected rej) {
                throw new ApiError(400, "page not ingested: " + rej.failure().reason());
            }
            records.add(((Result.Extracted) r).record());
        } else {
            String text = new String(body, StandardCharsets.UTF_8);
            int lineNo = 0;
            for (String line : text.split("\n")) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(org.dateline.store.RecordValidation.read(line));
                } catch (DatelineException e) {
                    throw new ApiError(400, "line " + lineNo + ": " + e.getMessage() + " (nothing was ingested)");
                }
            }
            if (records.isEmpty()) {
                throw new ApiError(400, "empty body: send records as JSON Lines, or a page with ?url=");
            }
        }
        Map<NewsIndex.Outcome, Integer> counts = new LinkedHashMap<>();
        List<NewsIndex.Ingested> done = new ArrayList<>();
        for (Record r : records) {
            NewsIndex.Ingested in = index.ingest(r);
            counts.merge(in.outcome(), 1, Integer::sum);
            done.add(in);
        }
        index.commit();
        return json(g -> {
            g.writeNumberField("new", counts.getOrDefault(NewsIndex.Outcome.NEW, 0));
            g.writeNumberField("updated", counts.getOrDefault(NewsIndex.Outcome.UPDATED, 0));
            g.writeNumberField("duplicates", counts.getOrDefault(NewsIndex.Outcome.DUPLICATE, 0));
            g.writeNumberField("unchanged", counts.getOrDefault(NewsIndex.Outcome.UNCHANGED, 0));
            g.writeArrayFieldStart("articles");
            for (NewsIndex.Ingested in : done) {
                g.writeStartObject();
                g.writeStringField("id", in.id());
                g.writeStringField("outcome", in.outcome().name().toLowerCase(Locale.ROOT));
                g.writeStringField("cluster", in.cluster());
                g.writeStringField("duplicate_of", in.duplicateOf());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private boolean authorized(Headers h) {
        String auth = h.getFirst("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = auth.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8));
    }

    private byte[] body(HttpExchange ex) throws IOException {
        String len = ex.getRequestHeaders().getFirst("Content-Length");
        if (len != null) {
            try {
                if (Long.parseLong(len.strip()) > config.maxBodyBytes()) {
                    throw new ApiError(413, "body of " + len.strip() + " bytes is over the limit of " + config.maxBodyBytes());
                }
            } catch (NumberFormatException e) {
                throw new ApiError(400, "bad Content-Length");
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            if (b.length > config.maxBodyBytes()) {
                throw new ApiError(413, "body over the limit of " + config.maxBodyBytes() + " bytes");
            }
            return b;
        }
    }

    // -------------------------------------------------------------------------------- parameters

    static Map<String, String> params(String rawQuery, Set<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        List<QueryString.Pair> pairs;
        try {
            pairs = QueryString.pairs(rawQuery);
        } catch (QueryString.Unreadable e) {
            throw new ApiError(400, e.problem == QueryString.Problem.TOO_LONG ? "query string too long"
                    : "malformed percent-encoding in the query string");
        }
        for (QueryString.Pair pair : pairs) {
            String name = pair.name();
            String value = pair.value();
            if (!allowed.contains(name)) {
                throw new ApiError(400, "unknown parameter \"" + clip(name) + "\""
                        + (allowed.isEmpty() ? " (this endpoint takes none)" : " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
            if (out.put(name, value) != null) {
                throw new ApiError(400, "parameter \"" + name + "\" given twice");
            }
        }
        return out;
    }

    private static Requests.Filters filters(Map<String, String> p) {
        for (String d : new String[] {"from", "to"}) {
            if (p.get(d) != null) {
                Dates.bound(p.get(d), d.equals("to")); // IllegalArgumentException → 400
            }
        }
        return new Requests.Filters(p.get("from"), p.get("to"), p.get("site"), p.get("lang"), p.get("speaker"),
                p.get("entity"));
    }

    private static int limit(Map<String, String> p, int dflt) {
        String v = p.get("limit");
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "limit must be a whole number, not \"" + clip(v) + "\"");
        }
        if (n < 1 || n > Requests.MAX_LIMIT) {
            throw new ApiError(400, "limit must be between 1 and " + Requests.MAX_LIMIT + ", not " + n);
        }
        return n;
    }

    private static boolean bool(Map<String, String> p, String name, boolean dflt) {
        String v = p.get(name);
        if (v == null) {
            return dflt;
        }
        return switch (v) {
            case "true", "1", "" -> true;
            case "false", "0" -> false;
            default -> throw new ApiError(400, name + " must be true or false, not \"" + clip(v) + "\"");
        };
    }

    private static String clip(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    // ------------------------------------------------------------------------------------ output

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The same JSON with {@code < > &} and the JavaScript line separators escaped as {@code \\uXXXX}:
     * a response pasted into a page can then never close a script element. Outside strings JSON has
     * none of these characters, so replacing them everywhere is exact.
     */
    static String htmlSafe(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String esc = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (esc != null && sb == null) {
                sb = new StringBuilder(json.length() + 64).append(json, 0, i);
            }
            if (sb != null) {
                if (esc != null) {
                    sb.append(esc);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }

    static String error(int status, String message) {
        return json(g -> {
            g.writeStringField("error", message == null ? "error" : message.replaceAll("[\\r\\n]+", " "));
            g.writeNumberField("status", status);
        });
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = htmlSafe(body).getBytes(StandardCharsets.UTF_8);
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", "application/json; charset=utf-8");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Cache-Control", "no-store");
        if (ex.getRequestMethod().equals("HEAD")) {
            // The GET's headers, no body (-1 tells the JDK server so; it keeps our Content-Length).
            h.set("Content-Length", Integer.toString(bytes.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }
}
