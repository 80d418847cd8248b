package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.store.Ids;
import org.dateline.store.NewsIndex;
import org.dateline.store.RealPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the API, walked with missing, empty and malformed path parts, with HEAD, and with
 * foreign Host headers, over raw sockets (the JDK client would refuse to send most of these), on
 * an index of real pages.
 */
class ApiRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every GET route, with a query that gives a real answer. */
    private static final List<String> GET_ROUTES = List.of("/api/health", "/api/search?q=isis", "/api/quotes?limit=2",
            "/api/speakers?limit=3", "/api/timeline?interval=month");

    @TempDir
    static Path dir;
    static NewsIndex index;
    static String rtId;
    private ApiServer server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** What the JDK's HTTP server logs at WARNING or above (it warns on stderr, e.g. a HEAD answered with a body). */
    private final List<String> jdkWarnings = new ArrayList<>();
    private final Handler jdkLog = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                jdkWarnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void build() {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        rtId = Ids.id(RealPages.fill(index).get(0));
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    @BeforeEach
    void watchJdkLog() {
        Logger.getLogger("com.sun.net.httpserver").addHandler(jdkLog);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("com.sun.net.httpserver").removeHandler(jdkLog);
        if (server != null) {
            server.close();
        }
    }

    private void start(String host, List<String> allowHosts) throws IOException {
        server = new ApiServer(index, new ApiServer.Config(host, 0, null, ApiServer.Config.DEFAULT_MAX_BODY, 4, allowHosts),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        server.start();
    }

    /** A response as read off the socket. */
    record Response(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            assertThat(headers.get("content-type")).isEqualTo("application/json; charset=utf-8");
            return JSON.readTree(body);
        }
    }

    private Response request(String method, String target, String host) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            s.setSoTimeout(10_000);
            String head = method + " " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            String raw = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            assertThat(end).as(method + " " + target + ": " + raw).isPositive();
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }
    }

    private Response get(String target) throws IOException {
        return request("GET", target, "127.0.0.1:" + server.port());
    }

    @Test
    void everyRouteWithMissingEmptyOrMalformedPartsIsAJsonError() throws Exception {
        start("127.0.0.1", List.of());
        assertThat(get("/api/articles/" + rtId).status()).isEqualTo(200);
        Map<String, Integer> bad = new LinkedHashMap<>();
        // the article route: id missing, empty, malformed, too long, or more segments
        bad.put("/api/articles", 400);
        bad.put("/api/articles/", 400);
        bad.put("/api/articles//", 400);
        bad.put("/api/articles//" + rtId, 400);
        bad.put("/api/articles/%2F", 400);
        bad.put("/api/articles/%25zz", 400);
        bad.put("/api/articles/%3Cscript%3E", 400);
        bad.put("/api/articles/..", 404);
        bad.put("/api/articles/" + "u".repeat(201), 400);
        bad.put("/api/articles/" + "%41".repeat(700), 400);
        bad.put("/api/articles/%C3%28", 400);
        bad.put("/api/articles/" + rtId + "/", 404);
        bad.put("/api/articles/" + rtId + "/quotes", 404);
        bad.put("/api/articles/" + rtId + "x", 404);
        bad.put("/api/articles/nope", 404);
        bad.put("/api/articles?id=" + rtId, 400);
        // every other route with a trailing slash, an extra or an empty segment, or junk after it
        for (String route : List.of("/api/health", "/api/search", "/api/quotes", "/api/speakers", "/api/timeline", "/api/ingest")) {
            bad.put(route + "/", 404);
            bad.put(route + "/x", 404);
            bad.put(route + "//", 404);
            bad.put(route + ";x", 404);
            bad.put(route + "%20", 404);
            bad.put(route + ".json", 404);
            bad.put(route.replace("/api/", "/api//"), 404);
            bad.put(route.toUpperCase(Locale.ROOT), 404);
        }
        bad.put("/api", 404);
        bad.put("/api/", 404);
        bad.put("/api/nothing", 404);
        bad.put("/api/search?q=" + "%22open", 400);
        bad.put("/api/search?q=a&&&q=b", 400);
        bad.put("/api/search?=x", 400);
        bad.put("/api/search?q=%C3", 200);
        bad.put("/api/search?lang=english", 400);
        for (Map.Entry<String, Integer> e : bad.entrySet()) {
            Response r = get(e.getKey());
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(e.getValue());
            if (r.status() != 200) {
                JsonNode j = r.json();
                assertThat(j.get("status").asInt()).as(e.getKey()).isEqualTo(e.getValue());
                assertThat(j.get("error").asText()).as(e.getKey()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
            }
        }
        assertThat(get("/api/search?lang=english").json().get("error").asText())
                .isEqualTo("lang \"english\" is not a language code: languages are ISO 639-1 codes like en, de or fr");
        // A request line that is not a URI at all is refused by the JDK server before any handler: 400, no trace.
        for (String target : List.of("/api/articles/%zz", "/api/search?q=%zz", "/api/%", "//")) {
            Response r = get(target);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.body()).as(target).doesNotContain("Exception:").doesNotContain("at java.");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(jdkWarnings).isEmpty();
    }

    private List<String> searchIds(String q) throws IOException {
        Response r = get("/api/search?collapse=false&limit=100&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(q + " " + r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void theQueryLanguageOverHttp() throws Exception {
        start("127.0.0.1", List.of());
        assertThat(searchIds("url:https://www.rt.com/news/336013-isis-child-soldiers/")).containsExactly(rtId);
        assertThat(searchIds("url:https://example.com/a/b")).isEmpty();
        org.dateline.record.Record rt = RealPages.records().get(0);
        String quote = rt.analysis().quotes().stream().filter(q -> !"term".equals(q.kind())).map(org.dateline.analyze.Analysis.Quote::text)
                .findFirst().orElseThrow();
        String word = java.util.Arrays.stream(quote.split("[^\\p{L}]+")).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(searchIds("quote:" + word)).contains(rtId);
        assertThat(searchIds("-isis")).doesNotContain(rtId).hasSize(searchIds("").size() - searchIds("isis").size());
        assertThat(searchIds("\u00ABchild jihadists\u00BB")).containsExactly(rtId);
        assertThat(searchIds("\u201Cjihadists child\u201D")).isEmpty();
        Response bad = get("/api/search?q=" + java.net.URLEncoder.encode("isis \"child", StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("unbalanced quote at character 6 of the query (a phrase needs a closing quote)");
        assertThat(get("/api/quotes?lang=english").status()).isEqualTo(400);
        assertThat(get("/api/timeline?lang=xx").status()).isEqualTo(200);
    }

    @Test
    void headAnswersEveryGetRouteWithItsHeadersAndNoBody() throws Exception {
        start("127.0.0.1", List.of());
        List<String> targets = new ArrayList<>(GET_ROUTES);
        targets.add("/api/articles/" + rtId);
        targets.add("/api/articles/nope");       // an error has a HEAD too
        targets.add("/api/search?limit=0");
        targets.add("/api/nothing");
        for (String t : targets) {
            Response get = get(t);
            Response head = request("HEAD", t, "localhost");
            assertThat(head.status()).as(t).isEqualTo(get.status());
            assertThat(head.body()).as(t).isEmpty();
            assertThat(head.headers().get("content-length")).as(t).isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(head.headers().get("content-type")).as(t).isEqualTo(get.headers().get("content-type"));
            assertThat(head.headers().get("x-content-type-options")).as(t).isEqualTo("nosniff");
        }
        assertThat(get("/api/health").status()).isEqualTo(200);
        Response post = request("HEAD", "/api/ingest", "localhost");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers().get("allow")).isEqualTo("POST");
        Response put = request("PUT", "/api/search", "localhost");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.headers().get("allow")).isEqualTo("GET, HEAD");
        assertThat(put.json().get("status").asInt()).isEqualTo(405);
        assertThat(jdkWarnings).isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void boundToLoopbackOnlyLoopbackHostNamesAreServed() throws Exception {
        start("127.0.0.1", List.of());
        for (String host : List.of("localhost", "localhost:8080", "LOCALHOST:1", "127.0.0.1", "127.0.0.1:" + server.port(),
                "[::1]", "[::1]:8080", "localhost.")) {
            assertThat(request("GET", "/api/health", host).status()).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io",
                "10.0.0.1", "[::2]", "localhost:80:80", "local host")) {
            for (String route : List.of("/api/health", "/api/articles/" + rtId, "/api/search?q=isis", "/api/nothing")) {
                Response r = request("GET", route, host);
                assertThat(r.status()).as(host + " " + route).isEqualTo(403);
                assertThat(r.json().get("error").asText()).as(host).contains("is not served").doesNotContain("isis")
                        .doesNotContain("ISIS");
            }
        }
        // The desk's pages sit behind the same check: a rebound name reads no page either.
        for (String route : List.of("/", "/search?q=isis", "/articles/" + rtId, "/speakers", "/static/desk.css")) {
            assertThat(request("GET", route, "localhost").status()).as(route).isEqualTo(200);
            Response r = request("GET", route, "evil.example");
            assertThat(r.status()).as("evil.example " + route).isEqualTo(403);
            assertThat(r.body()).doesNotContain("ISIS").doesNotContain("isis");
        }
        for (String host : new String[] {null, ""}) {
            Response none = request("GET", "/api/health", host);
            assertThat(none.status()).isEqualTo(403);
            assertThat(none.json().get("error").asText()).contains("no Host header");
        }
        server.close();

        start("127.0.0.1", List.of("news.example.org", "Desk.Example:8080"));
        assertThat(request("GET", "/api/health", "news.example.org").status()).isEqualTo(200);
        assertThat(request("GET", "/api/health", "desk.example:9000").status()).isEqualTo(200);
        assertThat(request("GET", "/api/health", "localhost").status()).isEqualTo(200);
        assertThat(request("GET", "/api/health", "evil.example").status()).isEqualTo(403);
        server.close();

        // Bound to all interfaces, the server is meant to be reached by other names: no check unless asked.
        start("0.0.0.0", List.of());
        assertThat(request("GET", "/api/health", "news.example.org").status()).isEqualTo(200);
        server.close();
        server = null;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("127.0.0.1", List.of("not a host")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--allow-host \"not a host\"");
    }
}
