package org.dateline.store;

import org.dateline.analyze.Analysis;
import org.dateline.record.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.store.TestRecords.body;
import static org.dateline.store.TestRecords.person;
import static org.dateline.store.TestRecords.quote;
import static org.dateline.store.TestRecords.record;

class NewsIndexTest {

    @TempDir
    Path dir;
    NewsIndex idx;

    @BeforeEach
    void open() {
        idx = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
    }

    @AfterEach
    void close() {
        idx.close();
    }

    static Record kirby() {
        return record("https://www.example.com/news/kirby-isis?utm_source=x", "example.com",
                "Pentagon says ISIS is recruiting children", "2016-03-17T20:47:00+03:00", "en",
                body("recruiting", 40),
                List.of(quote("The group is desperate", "John Kirby", "spokesman", "US State Department"),
                        quote("We will keep up the pressure", "Kirby", null, null)),
                List.of(person("John Kirby", "Kirby"), new Analysis.Entity("Islamic State", "organization", List.of("ISIS"), 4)));
    }

    static Record merkel() {
        return record("https://zeit.de/politik/merkel", "zeit.de", "Merkel verteidigt Flüchtlingspolitik",
                "2016-03-10", "de", body("fluechtlinge", 40),
                List.of(quote("Wir schaffen das", "Angela Merkel", "Bundeskanzlerin", "CDU")),
                List.of(person("Angela Merkel", "Merkel")));
    }

    static Record markets() {
        return record(null, "markets.example", "Markets rally as exports rise",
                "2016-04-02T09:00:00Z", "en", body("markets", 40) + " Officials in Syria were not consulted.",
                List.of(quote("Exports are strong", "Mr. Kirby", "analyst", "Bank of Example")), List.of());
    }

    private Requests.Search q(String query) {
        return new Requests.Search(query, Requests.Filters.NONE, 10, null, true, true);
    }

    private Requests.Search q(String query, Requests.Filters f) {
        return new Requests.Search(query, f, 10, null, true, false);
    }

    private List<String> titles(Requests.SearchResult r) {
        return r.hits().stream().map(h -> h.article().record().article().title()).toList();
    }

    /** Two pages of a site whose template gives every page the same canonical link. */
    @Test
    void pagesSharingACanonicalUrlWithOtherTextsAreKeptApartAndLinked() {
        String url = "https://www.example.com/";
        Record first = record(url, "example.com", "Council approves budget", "2016-03-17", "en", body("budget", 40),
                List.of(), List.of());
        Record other = record(url, "example.com", "Storm closes schools", "2016-03-18", "en", body("storm", 40),
                List.of(), List.of());
        NewsIndex.Ingested a = idx.ingest(first);
        NewsIndex.Ingested b = idx.ingest(other);
        assertThat(a.outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(b.outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(b.id()).isNotEqualTo(a.id()).startsWith("u");
        assertThat(a.sameUrl()).isNull();
        assertThat(b.sameUrl()).isEqualTo(a.id());
        // Ingested again, in either order: nothing changes, nothing replaces anything.
        for (int round = 0; round < 2; round++) {
            NewsIndex.Outcome unchanged = NewsIndex.Outcome.UNCHANGED;
            assertThat(idx.ingest(other)).isEqualTo(new NewsIndex.Ingested(unchanged, b.id(), b.cluster(), null, a.id()));
            assertThat(idx.ingest(first)).isEqualTo(new NewsIndex.Ingested(unchanged, a.id(), a.cluster(), null, null));
            idx.commit();
        }
        idx.refresh();
        assertThat(idx.articleCount()).isEqualTo(2);
        assertThat(idx.get(b.id()).toJson()).contains("\"same_url\":\"" + a.id() + "\"")
                .contains("Storm closes schools");
        assertThat(idx.get(a.id()).toJson()).doesNotContain("same_url").contains("Council approves budget");

        // A corrected version of the second page (its text nearly the same, read from another file)
        // updates it; so does the first page read again from its own input with another text.
        String corrected = body("storm", 40).replace("week 3 ", "week three ");
        Record correction = new Record(new org.dateline.extract.Article("elsewhere/storm.html", url, "example.com",
                "Storm closes schools", "2016-03-18", null, List.of(), "en", null, List.of(), List.of(), corrected,
                List.of()), other.analysis(), null);
        NewsIndex.Ingested c = idx.ingest(correction);
        assertThat(c.outcome()).isEqualTo(NewsIndex.Outcome.UPDATED);
        assertThat(c.id()).isEqualTo(b.id());
        assertThat(c.sameUrl()).isEqualTo(a.id());
        // The two copies of that page, read again in any order, no longer change the article: the
        // one kept is the later stated, then the fuller (here the correction), whichever comes last.
        assertThat(idx.ingest(other).outcome()).isEqualTo(NewsIndex.Outcome.UNCHANGED);
        assertThat(idx.ingest(correction).outcome()).isEqualTo(NewsIndex.Outcome.UNCHANGED);
        idx.refresh();
        assertThat(idx.get(b.id()).record().article().text()).isEqualTo(corrected);
        Record rewritten = record(url, "example.com", "Council approves budget", "2016-03-17", "en",
                body("budget", 40) + " A vote follows.", List.of(), List.of());
        assertThat(idx.ingest(rewritten).outcome()).isEqualTo(NewsIndex.Outcome.UPDATED);
        idx.refresh();
        assertThat(idx.articleCount()).isEqualTo(2);
    }

    @Test
    void ingestIsIdempotentAndIdsAreStable() {
        assertThat(idx.ingest(kirby()).outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(idx.ingest(merkel()).outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(idx.ingest(markets()).outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(idx.ingest(kirby()).outcome()).isEqualTo(NewsIndex.Outcome.UNCHANGED);
        assertThat(idx.ingest(markets()).outcome()).isEqualTo(NewsIndex.Outcome.UNCHANGED);
        idx.commit();
        idx.refresh();
        assertThat(idx.ingest(merkel()).outcome()).isEqualTo(NewsIndex.Outcome.UNCHANGED);
        assertThat(idx.articleCount()).isEqualTo(3);
        // Same article by another URL spelling (scheme, www, tracking parameters, fragment): same id.
        assertThat(Ids.canonicalUrl("http://www.Example.com/news/kirby-isis/?utm_source=x&fbclid=1#top"))
                .isEqualTo(Ids.canonicalUrl("https://example.com/news/kirby-isis"));
        assertThat(Ids.canonicalUrl("https://example.com/a?id=2")).isNotEqualTo(Ids.canonicalUrl("https://example.com/a?id=3"));
        assertThat(Ids.id(markets())).startsWith("c");
        assertThat(Ids.id(kirby())).startsWith("u");
    }

    @Test
    void aChangedArticleIsUpdatedInPlace() {
        idx.ingest(kirby());
        Record k = kirby();
        Record edited = record(k.article().url(), "example.com", "Pentagon: ISIS recruits children (updated)",
                k.article().published(), "en", k.article().text() + " Update: the ministry replied.", List.of(), List.of());
        NewsIndex.Ingested r = idx.ingest(edited);
        assertThat(r.outcome()).isEqualTo(NewsIndex.Outcome.UPDATED);
        assertThat(idx.articleCount()).isEqualTo(1);
        assertThat(titles(idx.search(q("title:updated")))).containsExactly("Pentagon: ISIS recruits children (updated)");
        assertThat(idx.search(q("desperate")).total()).isZero();
        // its old quotes went with it
        assertThat(idx.quotes(new Requests.Quotes(null, Requests.Filters.NONE, 10, true)).total()).isZero();
    }

    @Test
    void nearDuplicatesJoinTheirStory() {
        String body = TestRecords.seedBody();
        Record original = record("https://rt.com/news/336013-isis-child-soldiers", "rt.com", "ISIS relies on child jihadists",
                "2016-03-17", "en", body, List.of(quote("They are running out of fighters", "John Kirby", null, null)), List.of());
        // A syndicated copy: other site and headline, last paragraph cut, a few words changed.
        String[] paras = body.split("\n\n");
        String edited = String.join("\n\n", java.util.Arrays.copyOf(paras, paras.length - 1))
                .replace("Islamic State", "IS").replace("children", "kids");
        Record copy = record("https://other.example/world/isis-kids", "other.example", "Islamic State turns to kids",
                "2016-03-18", "en", edited, List.of(quote("They are running out of fighters", "John Kirby", null, null)), List.of());
        Record unrelated = record("https://other.example/markets", "other.example", "Markets", "2016-03-18", "en",
                body("markets", 60), List.of(), List.of());
        NewsIndex.Ingested a = idx.ingest(original);
        NewsIndex.Ingested b = idx.ingest(copy);
        NewsIndex.Ingested c = idx.ingest(unrelated);
        assertThat(a.outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(b.outcome()).isEqualTo(NewsIndex.Outcome.DUPLICATE);
        assertThat(b.duplicateOf()).isEqualTo(a.id());
        assertThat(b.cluster()).isEqualTo(a.cluster());
        assertThat(c.outcome()).isEqualTo(NewsIndex.Outcome.NEW);
        assertThat(MinHash.similarity(MinHash.signature(body), MinHash.signature(edited))).isGreaterThan(MinHash.THRESHOLD);

        Requests.SearchResult collapsed = idx.search(q("fighters OR jihadists"));
        assertThat(collapsed.hits()).hasSize(1);
        assertThat(collapsed.hits().get(0).copies()).isEqualTo(2);
        assertThat(collapsed.total()).isEqualTo(2);
        Requests.SearchResult all = idx.search(new Requests.Search("fighters OR jihadists", Requests.Filters.NONE, 10, null, false, false));
        assertThat(all.hits()).hasSize(2);
        assertThat(all.hits()).extracting(h -> h.article().duplicateOf()).containsExactlyInAnyOrder(null, a.id());
        // The copy's quote is not counted twice, unless asked.
        assertThat(idx.quotes(new Requests.Quotes(null, Requests.Filters.NONE, 10, false)).total()).isEqualTo(1);
        assertThat(idx.quotes(new Requests.Quotes(null, Requests.Filters.NONE, 10, true)).total()).isEqualTo(2);
        // Same again after a commit and reopen: the story is found through the index, not memory.
        idx.close();
        idx = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        Record third = record("https://third.example/isis", "third.example", "Child soldiers", "2016-03-19", "en",
                edited.replace("desertion", "defections"), List.of(), List.of());
        assertThat(idx.ingest(third).cluster()).isEqualTo(a.id());
        assertThat(idx.ingest(copy).outcome()).isEqualTo(NewsIndex.Outcome.UNCHANGED);
    }

    @Test
    void shortBodiesAreNeverNearDuplicates() {
        String brief = "Police closed the road after an accident on Monday morning.";
        idx.ingest(record("https://a.example/1", "a.example", "Road closed", "2016-01-01", "en", brief, List.of(), List.of()));
        assertThat(idx.ingest(record("https://b.example/1", "b.example", "Road closed", "2016-01-01", "en", brief,
                List.of(), List.of())).outcome()).isEqualTo(NewsIndex.Outcome.NEW);
    }

    @Test
    void searchSyntaxFiltersAndBoosts() {
        idx.ingest(kirby());
        idx.ingest(merkel());
        idx.ingest(markets());
        assertThat(titles(idx.search(q("\"according to analysts\" AND recruiting")))).containsExactly(kirby().article().title());
        assertThat(titles(idx.search(q("exports -Syria")))).doesNotContain(markets().article().title());
        assertThat(titles(idx.search(q("title:Flüchtlingspolitik")))).containsExactly(merkel().article().title());
        assertThat(titles(idx.search(q("fluchtlingspolitik")))).as("accents folded").hasSize(1);
        assertThat(titles(idx.search(q("speaker:kirby")))).hasSize(2);
        assertThat(titles(idx.search(q("speaker:\"John Kirby\"")))).containsExactly(kirby().article().title());
        assertThat(titles(idx.search(q("entity:ISIS")))).containsExactly(kirby().article().title());
        assertThat(titles(idx.search(q("recruit*")))).hasSize(1);
        // "exports" is in the title of one and in the body of others: the title match ranks first.
        assertThat(titles(idx.search(q("exports"))).get(0)).isEqualTo(markets().article().title());
        // Filters
        assertThat(titles(idx.search(q(null, new Requests.Filters("2016-03-15", "2016-03-31", null, null, null, null)))))
                .containsExactly(kirby().article().title());
        assertThat(titles(idx.search(q(null, new Requests.Filters(null, "2016-03-10", null, null, null, null)))))
                .containsExactly(merkel().article().title());
        assertThat(titles(idx.search(q(null, new Requests.Filters(null, null, "www.zeit.de", null, null, null))))).hasSize(1);
        assertThat(titles(idx.search(q(null, new Requests.Filters(null, null, null, "EN", null, null))))).hasSize(2);
        assertThat(titles(idx.search(q(null, new Requests.Filters(null, null, null, null, "Merkel", null))))).hasSize(1);
        assertThat(titles(idx.search(q(null, new Requests.Filters(null, null, null, null, null, "Islamic State"))))).hasSize(1);
        // Without a query: newest first.
        assertThat(titles(idx.search(q(null)))).containsExactly(markets().article().title(), kirby().article().title(),
                merkel().article().title());
        Map<String, List<Requests.FacetCount>> facets = idx.search(q(null)).facets();
        assertThat(facets.get("site")).extracting(Requests.FacetCount::value).contains("example.com", "zeit.de", "markets.example");
        assertThat(facets.get("language")).contains(new Requests.FacetCount("en", 2), new Requests.FacetCount("de", 1));
        assertThat(facets.get("speaker")).extracting(Requests.FacetCount::value).contains("John Kirby", "Angela Merkel");
        assertThat(facets.get("entity")).extracting(Requests.FacetCount::value).contains("Islamic State");
    }

    @Test
    void badQueriesAndFiltersAreOneLineErrors() {
        idx.ingest(kirby());
        assertThatThrownBy(() -> idx.search(q("nosuch:field"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown field \"nosuch:\"");
        assertThatThrownBy(() -> idx.search(q("\"open phrase"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unbalanced quote at character 1 of the query").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> idx.search(q("*ildcard"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idx.search(q(null, new Requests.Filters("last week", null, null, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a date: \"last week\"");
        assertThatThrownBy(() -> idx.search(q(null, new Requests.Filters("2016-02-01", "2016-01-01", null, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> new Requests.Search("x", null, 1001, null, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
    }

    @Test
    void quotesAndSpeakersMatchThroughAliases() {
        idx.ingest(kirby());
        idx.ingest(merkel());
        idx.ingest(markets());
        List<String> byKirby = idx.quotes(new Requests.Quotes(null, new Requests.Filters(null, null, null, null, "Kirby", null), 10, false)).quotes();
        assertThat(byKirby).hasSize(3);
        // "John Kirby" finds his quotes, including the one where the text only says "Kirby", and the
        // analyst written "Mr. Kirby" (a surname alone cannot tell them apart).
        List<String> byJohn = idx.quotes(new Requests.Quotes(null, new Requests.Filters(null, null, null, null, "John Kirby", null), 10, false)).quotes();
        assertThat(byJohn).anyMatch(s -> s.contains("We will keep up the pressure")).anyMatch(s -> s.contains("desperate"));
        assertThat(byJohn).allMatch(s -> s.contains("\"name\":\"John Kirby\"") || s.contains("\"name\":\"Kirby\""));
        assertThat(idx.quotes(new Requests.Quotes("schaffen", Requests.Filters.NONE, 10, false)).quotes())
                .singleElement().asString().contains("Angela Merkel").contains("Bundeskanzlerin").contains("zeit.de");
        List<Requests.SpeakerRow> speakers = idx.speakers(null, Requests.Filters.NONE, 10);
        assertThat(speakers.get(0).name()).isEqualTo("John Kirby");
        assertThat(speakers.get(0).quotes()).isEqualTo(3); // two as John Kirby, one "Mr. Kirby" folded in as the unique Kirby
        assertThat(speakers.get(0).roles()).contains("spokesman");
        assertThat(speakers.get(0).organizations()).contains("US State Department");
        assertThat(speakers.get(0).articles()).isEqualTo(2);
        assertThat(speakers).extracting(Requests.SpeakerRow::name).contains("Angela Merkel");
        assertThat(idx.speakers("schaffen", Requests.Filters.NONE, 10)).extracting(Requests.SpeakerRow::name).containsExactly("Angela Merkel");
    }

    @Test
    void timelineCountsPerInterval() {
        idx.ingest(kirby());
        idx.ingest(merkel());
        idx.ingest(markets());
        assertThat(idx.timeline(null, Requests.Filters.NONE, Requests.Interval.MONTH))
                .containsExactly(new Requests.Bucket("2016-03", 2), new Requests.Bucket("2016-04", 1));
        assertThat(idx.timeline(null, Requests.Filters.NONE, Requests.Interval.WEEK))
                .containsExactly(new Requests.Bucket("2016-03-07", 1), new Requests.Bucket("2016-03-14", 1),
                        new Requests.Bucket("2016-03-28", 1));
        assertThat(idx.timeline("recruiting", Requests.Filters.NONE, Requests.Interval.DAY))
                .containsExactly(new Requests.Bucket("2016-03-17", 1));
    }

    @Test
    void storedArticleJsonKeepsTheRecordAndAddsIndexFields() {
        NewsIndex.Ingested in = idx.ingest(kirby());
        StoredArticle a = idx.get(in.id());
        assertThat(a.record()).isEqualTo(kirby());
        assertThat(a.toJson()).startsWith("{\"id\":\"" + in.id() + "\",\"cluster\":\"" + in.id() + "\",\"duplicate_of\":null,\"input\":");
        assertThat(org.dateline.record.RecordJson.read(a.toJson())).isEqualTo(kirby());
        assertThat(idx.get("nope")).isNull();
        Map<String, Long> counts = idx.search(new Requests.Search(null, null, 10, null, false, false)).hits().stream()
                .collect(Collectors.groupingBy(h -> h.article().id(), Collectors.counting()));
        assertThat(counts).containsEntry(in.id(), 1L);
    }
}
