package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.analyze.Analysis;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;
import org.dateline.store.NewsIndex;
import org.dateline.store.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real server on a free loopback port, spoken to over HTTP. */
class ApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";

    @TempDir
    Path dir;
    private NewsIndex index;
    private ApiServer server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private void start(String token, long maxBody) throws IOException {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        index.ingest(kirby());
        index.ingest(TestRecords.record("https://zeit.de/merkel", "zeit.de", "Merkel verteidigt Politik", "2016-03-10", "de",
                TestRecords.body("politik", 40), List.of(TestRecords.quote("Wir schaffen das", "Angela Merkel", "Kanzlerin", "CDU")),
                List.of()));
        server = new ApiServer(index, new ApiServer.Config("127.0.0.1", 0, token, maxBody, 4),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        server.start();
    }

    static Record kirby() {
        return TestRecords.record("https://example.com/kirby", "example.com",
                "Pentagon: \"ISIS\" </script><b>recruits</b> children \u2028 now", "2016-03-17T20:47:00+03:00", "en",
                TestRecords.body("recruiting", 40),
                List.of(TestRecords.quote("The group is <desperate> & \"weak\"", "John Kirby", "spokesman", "US State Department")),
                List.of(TestRecords.person("John Kirby", "Kirby")));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String pathAndQuery, String contentType, String token, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request the JDK client refuses to build (bad escapes): sent as raw bytes. */
    private String rawGet(String target) throws IOException {
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", server.port())) {
            sock.setSoTimeout(10_000);
            sock.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void readEndpoints() throws Exception {
        start(null, ApiServer.Config.DEFAULT_MAX_BODY);
        JsonNode health = json(get("/api/health"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isEqualTo(2);
        assertThat(health.get("writes").asBoolean()).isFalse();

        HttpResponse<String> r = get("/api/search?q=" + enc("title:recruits") + "&limit=5");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode s = json(r);
        assertThat(s.get("total").asLong()).isEqualTo(1);
        JsonNode hit = s.get("hits").get(0);
        // Strings from pages come back exactly, JSON-encoded, never interpreted.
        assertThat(hit.get("title").asText()).isEqualTo(kirby().article().title());
        assertThat(hit.get("copies").asLong()).isEqualTo(1);
        assertThat(s.get("facets").get("speaker").get(0).get("value").asText()).isEqualTo("John Kirby");
        assertThat(r.body()).doesNotContain("</script>").doesNotContain("\u2028");

        String id = hit.get("id").asText();
        JsonNode article = json(get("/api/articles/" + id));
        assertThat(RecordJson.read(article.toString())).isEqualTo(kirby());
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);

        JsonNode quotes = json(get("/api/quotes?speaker=Kirby"));
        assertThat(quotes.get("quotes")).hasSize(1);
        assertThat(quotes.get("quotes").get(0).get("text").asText()).isEqualTo("The group is <desperate> & \"weak\"");
        assertThat(quotes.get("quotes").get(0).get("speaker").get("organization").asText()).isEqualTo("US State Department");

        JsonNode speakers = json(get("/api/speakers?limit=10"));
        assertThat(speakers.get("speakers")).extracting(n -> n.get("name").asText()).contains("John Kirby", "Angela Merkel");

        JsonNode timeline = json(get("/api/timeline?interval=month"));
        assertThat(timeline.get("buckets")).hasSize(1);
        assertThat(timeline.get("buckets").get(0).get("start").asText()).isEqualTo("2016-03");
        assertThat(timeline.get("buckets").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(json(get("/api/timeline?q=schaffen&interval=day")).get("buckets")).isEmpty();
        assertThat(json(get("/api/timeline?q=politik&interval=week")).get("buckets").get(0).get("start").asText())
                .isEqualTo("2016-03-07");
    }

    @Test
    void badRequestsAreJsonErrorsNever500() throws Exception {
        start(null, ApiServer.Config.DEFAULT_MAX_BODY);
        String[] bad400 = {
                "/api/search?q=x&colour=red",          // unknown parameter
                "/api/search?from=last-tuesday",        // bad date
                "/api/search?to=2016-13-45",
                "/api/search?from=2016-02-01&to=2016-01-01",
                "/api/search?limit=1001",               // over the cap
                "/api/search?limit=0",
                "/api/search?limit=ten",
                "/api/search?q=" + enc("\"open phrase"),
                "/api/search?q=" + enc("*leading"),
                "/api/search?q=" + enc("nosuch:field"),
                "/api/search?q=" + enc("x".repeat(3000)),
                "/api/search?q=a&q=b",
                "/api/search?sort=sideways",
                "/api/search?collapse=maybe",
                "/api/timeline?interval=year",
                "/api/quotes?limit=5000",
                "/api/speakers?from=last%20week",
                "/api/health?x=1",
        };
        for (String path : bad400) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode e = json(r);
            assertThat(e.get("status").asInt()).isEqualTo(400);
            assertThat(e.get("error").asText()).as(path).isNotBlank().doesNotContain("\n").doesNotContain("at org.");
        }
        String raw = rawGet("/api/search?q=%zz");
        // A request line that is not a URI is refused by the JDK server itself, before any handler.
        assertThat(raw).startsWith("HTTP/1.1 400").doesNotContain("at java.");
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
        // outside /api/ the desk answers (org.dateline.desk): an HTML 404 page
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
        assertThat(get("/nothing").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        HttpResponse<String> wrongMethod = post("/api/search", "application/json", null, new byte[0]);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void writesNeedAConfiguredAndPresentedToken() throws Exception {
        start(null, ApiServer.Config.DEFAULT_MAX_BODY);
        byte[] line = RecordJson.toJson(TestRecords.record("https://x.example/1", "x.example", "New", "2016-05-01", "en",
                TestRecords.body("new", 40), List.of(), List.of())).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> off = post("/api/ingest", "application/x-ndjson", TOKEN, line);
        assertThat(off.statusCode()).isEqualTo(403);
        assertThat(json(off).get("error").asText()).contains("DATELINE_TOKEN");
        server.close();
        index.close();
        server = null;
        index = null;

        start(TOKEN, 4096);
        assertThat(post("/api/ingest", "application/x-ndjson", null, line).statusCode()).isEqualTo(401);
        assertThat(post("/api/ingest", "application/x-ndjson", "wrong", line).statusCode()).isEqualTo(401);

        HttpResponse<String> ok = post("/api/ingest", "application/x-ndjson", TOKEN, line);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).get("new").asInt()).isEqualTo(1);
        assertThat(json(get("/api/search?q=title:new")).get("total").asLong()).isEqualTo(1);
        assertThat(json(post("/api/ingest", "application/x-ndjson", TOKEN, line)).get("unchanged").asInt()).isEqualTo(1);

        // A malformed line refuses the whole request; nothing is written.
        String second = RecordJson.toJson(TestRecords.record("https://x.example/2", "x.example", "Second", "2016-05-02", "en",
                "text", List.of(), List.of()));
        HttpResponse<String> malformed = post("/api/ingest", "application/x-ndjson", TOKEN,
                (second + "\n{\"title\": oops}\n").getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asText()).startsWith("line 2: malformed JSON");
        assertThat(json(get("/api/health")).get("articles").asLong()).isEqualTo(3);

        HttpResponse<String> big = post("/api/ingest", "application/x-ndjson", TOKEN, new byte[5000]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("status").asInt()).isEqualTo(413);

        // One raw page with its URL goes through extraction.
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            page = in.readAllBytes();
        }
        server.close();
        index.close();
        start(TOKEN, ApiServer.Config.DEFAULT_MAX_BODY);
        HttpResponse<String> raw = post("/api/ingest?url=" + enc("https://www.rt.com/news/336013-isis-child-soldiers/"),
                "text/plain", TOKEN, page);
        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
        String id = json(raw).get("articles").get(0).get("id").asText();
        JsonNode a = json(get("/api/articles/" + id));
        assertThat(a.get("site").asText()).isEqualTo("rt.com");
        assertThat(a.get("title").asText()).startsWith("ISIS increasingly relies on child jihadists");
        assertThat(post("/api/ingest", "text/html", TOKEN, page).statusCode()).isEqualTo(400); // no url
        assertThat(post("/api/ingest", "application/x-ndjson", TOKEN, new byte[0]).statusCode()).isEqualTo(400);
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
