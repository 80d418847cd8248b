package org.dateline.desk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.Utf8ByteOutput;
import org.dateline.DatelineException;
import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The desk: the web pages of {@code dateline serve}, rendered on the server from the same index as
 * the JSON API. Routes (a contract, see /work/shared/DESIGN.md): {@code /}, {@code /search},
 * {@code /articles/{id}}, {@code /speakers}, {@code /speakers/{name}}, {@code /entities/{name}},
 * {@code /timeline}, {@code /stories/{cluster}}, and {@code /static/…} for its CSS and JS.
 *
 * <p>Every page string comes from untrusted pages: the jte templates escape all output by its
 * HTML context, outside links are http(s) only ({@link Links#external}), and every HTML response
 * carries a Content-Security-Policy without inline script or style. Unknown routes and ids are a
 * 404 page, bad parameters a 400 page; a failure is a 500 page with no detail (one line to the log).
 *
 * <p>Thread-safe: one instance serves all requests.
 */
public final class Desk {

    /** The response headers of every HTML page. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /** A response: status, headers (Content-Type included) and body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern STATIC = Pattern.compile("[a-z0-9-]{1,40}\\.(css|js)");
    private static final String STATIC_ROOT = "/org/dateline/desk/static/";

    private final Views views;
    private final PrintStream log;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Desk.class.getClassLoader(), "org.dateline.desk.templates");
    private final Map<String, byte[]> statics = new ConcurrentHashMap<>();

    public Desk(NewsIndex index, PrintStream log) {
        this.views = new Views(index);
        this.log = log;
    }

    /** Answers one request of the JDK HTTP server (GET or HEAD; other methods: 405). */
    public void serve(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        send(ex, method, respond(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery()));
    }

    /** Answers with an error page (a request the server refuses before any page is made: a foreign Host). */
    public void refuse(HttpExchange ex, int status, String message) throws IOException {
        send(ex, ex.getRequestMethod(), error(status, message));
    }

    private static void send(HttpExchange ex, String method, Response r) throws IOException {
        Headers h = ex.getResponseHeaders();
        r.headers().forEach(h::set);
        boolean head = method.equals("HEAD");
        ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length);
        if (!head) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(r.body());
            }
        }
    }

    /** The response to a request for {@code rawPath?rawQuery} (both still percent-encoded). */
    public Response respond(String method, String rawPath, String rawQuery) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Response r = error(405, "The desk's pages are read with GET, not " + Views.clip(method) + ".");
            r.headers().put("Allow", "GET, HEAD");
            return r;
        }
        try {
            String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
            if (path.startsWith("/static/")) {
                return asset(path.substring("/static/".length()));
            }
            return route(path, rawQuery);
        } catch (DeskError e) {
            return error(e.status, e.getMessage());
        } catch (IndexException e) {
            return error(503, "The index cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException | DatelineException e) {
            return error(400, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.println("dateline serve: GET " + Views.clip(String.valueOf(rawPath)) + ": " + e);
            return error(500, "Something went wrong on the server; the request was not served.");
        }
    }

    private Response route(String path, String query) {
        if (path.equals("/") || path.equals("/search")) {
            return page("search.jte", views.search(Params.parse(query, Params.SEARCH)));
        }
        if (path.equals("/speakers")) {
            Params.parse(query, Set.of());
            return page("speakers.jte", views.speakers());
        }
        if (path.equals("/timeline")) {
            return page("timeline.jte", views.timeline(Params.parse(query, Params.TIMELINE)));
        }
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && !parts[2].isEmpty()) {
            String arg = decode(parts[2]);
            switch (parts[1]) {
                case "articles" -> {
                    Params.parse(query, Set.of());
                    return page("article.jte", views.article(arg));
                }
                case "speakers" -> {
                    return page("speaker.jte", views.speaker(arg, Params.parse(query, Params.INTERVAL)));
                }
                case "entities" -> {
                    return page("entity.jte", views.entity(arg, Params.parse(query, Params.INTERVAL)));
                }
                case "stories" -> {
                    Params.parse(query, Set.of());
                    return page("story.jte", views.story(arg));
                }
                default -> {
                    // below
                }
            }
        }
        throw new DeskError(404, "There is no page at " + Views.clip(decodeQuietly(path))
                + ". The desk has: search, articles, speakers, entities, timeline, stories.");
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new DeskError(400, "Malformed percent-encoding in the path.");
        }
    }

    private static String decodeQuietly(String path) {
        try {
            return URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private Response page(String template, Object model) {
        return html(200, template, model);
    }

    private Response error(int status, String message) {
        String reason = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 503 -> "Index unavailable";
            default -> "Server error";
        };
        try {
            return html(status, "error.jte", new Pages.Error(status, reason, message == null ? reason : message));
        } catch (RuntimeException e) {
            log.println("dateline serve: error page: " + e);
            Map<String, String> h = headers("text/plain; charset=utf-8");
            return new Response(status, h, (status + " " + reason + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private Response html(int status, String template, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        try {
            templates.render(template, model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + ": " + e.getMessage(), e);
        }
        return new Response(status, headers("text/html; charset=utf-8"), out.toByteArray());
    }

    private static Map<String, String> headers(String type) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", type);
        h.putAll(SECURITY_HEADERS);
        h.put("Cache-Control", "no-store");
        return h;
    }

    private Response asset(String name) {
        if (!STATIC.matcher(name).matches()) {
            throw new DeskError(404, "No such file: /static/" + Views.clip(name));
        }
        byte[] body = statics.computeIfAbsent(name, n -> {
            try (InputStream in = Desk.class.getResourceAsStream(STATIC_ROOT + n)) {
                return in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        if (body.length == 0) {
            throw new DeskError(404, "No such file: /static/" + name);
        }
        Map<String, String> h = headers(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        h.put("Cache-Control", "max-age=3600");
        return new Response(200, h, body);
    }
}
