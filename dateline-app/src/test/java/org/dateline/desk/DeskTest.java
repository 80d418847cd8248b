package org.dateline.desk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of the desk over real HTTP: pages, 404 and 400 pages, headers. */
class DeskTest {

    @TempDir
    static Path dir;
    static DeskFixture fx;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        fx = new DeskFixture(dir, List.of());
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fx.base() + path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Document page(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
        return Jsoup.parse(r.body(), fx.base() + path);
    }

    @Test
    void searchShowsOneHitPerStoryWithFacetsAndSnippet() throws Exception {
        Document d = page("/search?q=recruiting", 200);
        List<Element> hits = d.select("li.hit");
        assertThat(hits).hasSize(1);
        Element hit = hits.get(0);
        assertThat(hit.selectFirst("h3 a").text()).isEqualTo("Pentagon: ISIS recruits children");
        assertThat(hit.selectFirst("a.copies").text()).isEqualTo("2 copies");
        assertThat(hit.selectFirst("a.copies").attr("href")).isEqualTo("/stories/" + fx.kirbyCluster);
        assertThat(hit.select(".snippet mark").eachText()).contains("recruiting");
        assertThat(hit.selectFirst("time").text()).isEqualTo("2016-03-17");
        Element sites = d.selectFirst("section.facet[data-facet=Site]");
        assertThat(sites.select("li").eachText()).contains("example.com 1", "copy.example.org 1");
        assertThat(d.select("section.facet[data-facet=Speaker] a").eachText()).contains("John Kirby", "Ashton Carter");
        assertThat(d.select("section.facet[data-facet=Month] a").eachText()).containsExactly("2016-03");
        assertThat(d.selectFirst("input#q").attr("value")).isEqualTo("recruiting");
    }

    @Test
    void facetsCombineAndAZeroResultPageSuggestsDroppingOne() throws Exception {
        Document all = page("/", 200);
        assertThat(all.select("li.hit")).hasSize(3); // four articles, one story has two copies
        assertThat(all.select("li.hit h3 a").first().text()).isEqualTo("Kirby returns to the podium"); // newest first
        String speakerLink = all.selectFirst("section.facet[data-facet=Speaker] a:containsOwn(John Kirby)").attr("href");
        Document bySpeaker = page(speakerLink, 200);
        assertThat(bySpeaker.select("li.hit")).hasSize(2);
        String siteLink = bySpeaker.selectFirst("section.facet[data-facet=Site] a:containsOwn(example.com)").attr("href");
        assertThat(siteLink).contains("speaker=John+Kirby").contains("site=example.com");
        Document both = page(siteLink, 200);
        assertThat(both.select("a.chip").eachText()).hasSize(2);
        Document none = page("/search?q=Merkel&speaker=John+Kirby", 200);
        assertThat(none.select("li.hit")).isEmpty();
        assertThat(none.selectFirst("#no-results").text()).contains("No results");
        Element drop = none.selectFirst("a.drop");
        assertThat(drop.text()).isEqualTo("drop speaker: John Kirby");
        assertThat(page(drop.attr("href"), 200).select("li.hit")).hasSize(1);
        Document month = page("/search?from=2016-02-01&to=2016-02-29", 200);
        assertThat(month.select("li.hit h3 a").eachText()).containsExactly("Merkel verteidigt Politik");
        assertThat(month.selectFirst(".dates input#from").attr("value")).isEqualTo("2016-02-01");
        Document both2 = page("/search?q=kirby&site=example.com", 200);
        assertThat(both2.select(".dates input[type=hidden]").eachAttr("name")).containsExactly("q", "site");
    }

    @Test
    void sortAndPaging() throws Exception {
        Document newest = page("/search?q=kirby&sort=newest", 200);
        assertThat(newest.select("li.hit h3 a").eachText())
                .containsExactly("Kirby returns to the podium", "Pentagon: ISIS recruits children");
        assertThat(newest.selectFirst(".sort strong").text()).isEqualTo("newest");
        Document p2 = page("/search?page=2", 200);
        assertThat(p2.select("li.hit")).isEmpty();
        assertThat(p2.selectFirst("a[rel=prev]").attr("href")).contains("page=1");
    }

    @Test
    void articleMarksQuotesSpeechNumbersTimesEntitiesAndCopies() throws Exception {
        Document d = page("/articles/" + fx.kirbyId, 200);
        assertThat(d.selectFirst("h1").text()).isEqualTo("Pentagon: ISIS recruits children");
        assertThat(d.title()).isEqualTo("Pentagon: ISIS recruits children · Dateline desk");
        Element original = d.selectFirst("a.original");
        assertThat(original.attr("href")).isEqualTo("https://example.com/kirby");
        assertThat(original.attr("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(d.selectFirst(".authors").text()).isEqualTo("Jane Reporter");
        List<Element> kirby = d.select(".body [data-speaker=John Kirby]");
        assertThat(kirby).extracting(Element::text)
                .containsExactly("The group is desperate,", "It is losing ground everywhere.");
        assertThat(kirby.get(0).attr("title")).contains("spokesman, US State Department");
        assertThat(kirby.get(0).hasClass("q-direct")).isTrue();
        Element carter = d.selectFirst(".body [data-speaker=Ashton Carter]");
        assertThat(carter.hasClass("q-reported")).isTrue();
        assertThat(carter.attr("data-kind")).isEqualTo("indirect");
        assertThat(carter.select("a.entity").eachText()).containsExactly("ISIS"); // an entity inside a quotation
        assertThat(d.selectFirst(".body a.who[href=/speakers/John%20Kirby]")).isNotNull();
        assertThat(d.selectFirst(".body .claim").text()).isEqualTo("More than 10,000 fighters");
        assertThat(d.selectFirst(".body .claim").attr("title")).contains("10,000 fighters (more than)");
        assertThat(d.selectFirst(".body .time").attr("title")).isEqualTo("time: 2016-03-15");
        assertThat(d.selectFirst(".body .unattributed").text()).isEqualTo("It is believed that the group pays recruits in cash.");
        assertThat(d.selectFirst(".body a.entity[href=/entities/Islamic%20State]").text()).isEqualTo("Islamic State");
        assertThat(d.select(".body p")).hasSize(4);
        assertThat(d.select("ul.copies li").eachText()).containsExactly("example.com (this page) 2016-03-17",
                "copy.example.org 2016-03-18");
        assertThat(d.select(".voices a").eachText()).containsExactly("John Kirby", "Ashton Carter");
        // the body's text is the record's text, whatever was marked
        assertThat(String.join("\n\n", d.select(".body p").eachText()).replaceAll("John Kirby(?= It)|Ashton Carter(?=\\. More)", ""))
                .isNotEmpty();
    }

    @Test
    void speakersAndSpeakerPage() throws Exception {
        Document list = page("/speakers", 200);
        assertThat(list.select("table.ranked tbody tr").first().text()).startsWith("1 John Kirby 2 2 spokesman, US State Department");
        Document d = page("/speakers/John%20Kirby", 200);
        assertThat(d.selectFirst("h1").text()).isEqualTo("John Kirby");
        assertThat(d.selectFirst(".facts").text()).contains("spokesman").contains("US State Department")
                .contains("US State Department spokesman John Kirby");
        assertThat(d.select("svg.bars rect.bar")).hasSize(2); // March and April
        assertThat(d.select("svg.bars rect.bar title").eachText()).containsExactly("2016-03: 1 quote", "2016-04: 1 quote");
        assertThat(d.select("li.quote-item time").eachText()).containsExactly("2016-04-02", "2016-03-17");
        Document weeks = page("/speakers/John%20Kirby?interval=week", 200);
        assertThat(weeks.select("svg.bars rect.bar")).hasSize(2);
        assertThat(page("/speakers/Kirby", 200).selectFirst("h1").text()).isEqualTo("John Kirby");
    }

    @Test
    void entityTimelineAndStory() throws Exception {
        Document e = page("/entities/Islamic%20State", 200);
        assertThat(e.selectFirst("h1").text()).isEqualTo("Islamic State");
        assertThat(e.selectFirst(".facts").text()).contains("ISIS").contains("organization");
        assertThat(e.select("svg.bars rect.bar")).hasSize(1);
        assertThat(e.select("aside a").eachText()).contains("John Kirby", "Ashton Carter");
        Document t = page("/timeline?q=kirby&q2=merkel&interval=month", 200);
        assertThat(t.select("svg.bars rect.bar.s1")).hasSize(2);
        assertThat(t.select("svg.bars rect.bar.s2")).hasSize(1);
        assertThat(t.select("svg.bars rect.bar title").eachText()).contains("merkel: 2016-02: 1 article");
        assertThat(page("/timeline", 200).select("svg.bars rect.bar")).hasSize(3);
        Document s = page("/stories/" + fx.kirbyCluster, 200);
        assertThat(s.select("li.outlet h2 a").eachText()).containsExactly("example.com", "copy.example.org");
        assertThat(s.selectFirst("li.outlet").text()).contains("John Kirby (1)").contains("Ashton Carter (1)")
                .contains("10,000 fighters (more than)").contains("first seen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/articles/nope", "/articles/", "/speakers/Nobody%20Atall", "/entities/Nowhere",
            "/stories/nope", "/stories/a%22b", "/static/none.css", "/static/..%2Fdesk.css", "/articles/a/b",
            "/speakers/%3Cscript%3E"})
    void unknownRoutesAndIdsAreA404Page(String path) throws Exception {
        Document d = page(path, 404);
        assertThat(d.selectFirst(".error").attr("data-status")).isEqualTo("404");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?page=0", "/search?page=x", "/search?page=51", "/search?sort=best", "/search?foo=1",
            "/search?q=a&q=b", "/search?from=last%20week", "/search?q=title%3A(", "/search?q=bogus%3Aword",
            "/timeline?interval=year", "/speakers?limit=3", "/articles/x?y=1", "/speakers/John%20Kirby?interval=hour",
            "/search?from=2016-03-01&to=2016-01-01"})
    void badParametersAreA400Page(String path) throws Exception {
        Document d = page(path, 400);
        assertThat(d.selectFirst(".error p").text()).isNotBlank();
    }

    @Test
    void staticFilesMethodsAndHead() throws Exception {
        HttpResponse<String> css = get("/static/desk.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> js = get("/static/desk.js");
        assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base() + "/search"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Security-Policy")).isPresent();
        // every page links only its own static files: no inline script or style anywhere
        for (String p : List.of("/", "/articles/" + fx.kirbyId, "/speakers/John%20Kirby", "/timeline", "/nothing")) {
            Document d = Jsoup.parse(get(p).body());
            assertThat(d.select("script").eachAttr("src")).as(p).containsOnly("/static/desk.js");
            assertThat(d.select("script")).as(p).allMatch(e -> e.data().isEmpty());
            assertThat(d.select("style")).as(p).isEmpty();
            assertThat(d.select("[style]")).as(p).isEmpty();
        }
        assertThat(fx.log.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
