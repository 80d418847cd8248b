package org.dateline.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A web site on the loopback interface for the watch tests (JDK HttpServer on 127.0.0.1, a bounded
 * pool of 4 threads): static resources with ETag and Last-Modified that answer conditions with 304,
 * or handlers; every request is logged with its headers and when it started and ended.
 */
final class LoopbackSite implements AutoCloseable {

    static final String LAST_MODIFIED = "Mon, 06 Sep 2010 00:01:00 GMT";

    static {
        // The JDK server writes headers and body apart: without TCP_NODELAY each small response
        // waits out the client's delayed ACK (40 ms on Linux), which no real web server does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What a request looked like. */
    record Hit(String path, Map<String, List<String>> headers, long startNanos, long endNanos, int status) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A response: status, headers, body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        static Response ok(String type, byte[] body) {
            return new Response(200, Map.of("Content-Type", type), body);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Function<HttpExchange, Response>> routes = new ConcurrentHashMap<>();
    private final List<Hit> log = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    LoopbackSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:PORT */
    String base() {
        return "http://127.0.0.1:" + port();
    }

    String url(String path) {
        return base() + path;
    }

    /** A static resource with a strong ETag (its hash) and a fixed Last-Modified. */
    LoopbackSite file(String path, String type, byte[] body) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        routes.put(path, ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if (etag.equals(inm) || inm == null && LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
                return new Response(304, Map.of("ETag", etag), new byte[0]);
            }
            return new Response(200, Map.of("Content-Type", type, "ETag", etag, "Last-Modified", LAST_MODIFIED), body);
        });
        return this;
    }

    LoopbackSite file(String path, String type, String body) {
        return file(path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    LoopbackSite route(String path, Function<HttpExchange, Response> handler) {
        routes.put(path, handler);
        return this;
    }

    /**
     * Every request so far, in the order they ended. A response can reach the client before its
     * handler has logged it: this waits (up to 2 s) until no request is being handled.
     */
    List<Hit> all() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return new ArrayList<>(log);
    }

    /** The hits on a path, in order. */
    List<Hit> hits(String path) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : all()) {
            if (h.path().equals(path)) {
                out.add(h);
            }
        }
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        inFlight.incrementAndGet();
        long start = System.nanoTime();
        String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        int status = 500;
        try (ex; InputStream in = ex.getRequestBody(); OutputStream out = ex.getResponseBody()) {
            in.readAllBytes();
            Function<HttpExchange, Response> h = routes.get(path);
            if (h == null) {
                h = routes.get(ex.getRequestURI().getRawPath());
            }
            Response r = h == null ? new Response(404, Map.of("Content-Type", "text/plain"), "not found".getBytes(StandardCharsets.UTF_8))
                    : h.apply(ex);
            status = r.status();
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            boolean noBody = r.status() == 304 || r.status() == 204;
            ex.sendResponseHeaders(r.status(), noBody ? -1 : r.body().length == 0 ? -1 : r.body().length);
            if (!noBody) {
                out.write(r.body());
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            log.add(new Hit(path, headers, start, System.nanoTime(), status));
            inFlight.decrementAndGet();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = LoopbackSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
