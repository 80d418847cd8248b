package org.dateline.store;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.page.Page;
import org.dateline.record.Record;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.source.Sources;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index over real extraction of real pages (metadata-dev: 258 news pages from 41 countries). */
class DevPagesIndexTest {

    @TempDir
    Path dir;

    @Test
    void everyRealArticleIsFoundByItsTitleAndNoneIsTakenForACopy() throws IOException {
        Path pages = SharedData.require("metadata-dev/pages");
        List<Path> files;
        try (Stream<Path> s = Files.list(pages)) {
            files = s.sorted().limit(80).toList();
        }
        List<Record> records = new ArrayList<>();
        try (NewsIndex idx = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE)) {
            for (Path f : files) {
                Result r = Dateline.process(Page.of(f.toString(), Files.readAllBytes(f), null), Options.DEFAULTS);
                if (r instanceof Result.Extracted e) {
                    records.add(e.record());
                    NewsIndex.Ingested in = idx.ingest(e.record());
                    // 80 different stories from 41 countries: none is a copy of another.
                    assertThat(in.outcome()).as(f.getFileName().toString()).isIn(NewsIndex.Outcome.NEW, NewsIndex.Outcome.UPDATED);
                }
            }
            assertThat(records).hasSizeGreaterThan(70);
            int checked = 0;
            for (Record r : records) {
                String title = r.article().title();
                if (title == null || title.split("\\s+").length < 3) {
                    continue;
                }
                String phrase = "title:\"" + title.replace("\\", " ").replace("\"", " ") + "\"";
                Requests.SearchResult res = idx.search(new Requests.Search(phrase, null, 20, null, false, true));
                assertThat(res.hits()).as(phrase).extracting(h -> h.article().id()).contains(Ids.id(r));
                checked++;
            }
            assertThat(checked).isGreaterThan(60);
            // Facets name real outlets and languages.
            Requests.SearchResult all = idx.search(new Requests.Search(null, null, 10, null, true, true));
            assertThat(all.facets().get("language")).extracting(Requests.FacetCount::value).contains("en", "de");
            assertThat(all.facets().get("site")).isNotEmpty();
            assertThat(all.total()).isEqualTo(idx.articleCount());
        }
    }

    /**
     * Every page of the dev sets and WARCs, ingested three times (in order, again, then reversed):
     * the later passes change nothing, and every two inputs that became one article are one page
     * (the same canonical URL, or the same text), never two pages that a shared URL merged.
     */
    @Test
    void reingestingEveryDevPageChangesNothingAndMergesOnlyCopiesOfAPage() {
        List<String> inputs = new ArrayList<>();
        for (String set : List.of("extraction-dev/pages", "metadata-dev/pages", "dates-dev/pages", "warc")) {
            inputs.add(SharedData.require(set).toString());
        }
        List<Record> records = new ArrayList<>();
        try (Sources sources = new Sources(inputs, Options.DEFAULTS, null, java.io.InputStream.nullInputStream())) {
            List<Page> pages = new ArrayList<>();
            sources.forEachRemaining(item -> {
                if (item instanceof Item.PageItem p) {
                    pages.add(p.page());
                }
            });
            pages.parallelStream().map(p -> Dateline.process(p, Options.DEFAULTS)).toList().forEach(r -> {
                if (r instanceof Result.Extracted e) {
                    records.add(e.record());
                }
            });
        }
        assertThat(records).hasSizeGreaterThan(1400);
        Map<String, List<Record>> byId = new HashMap<>();
        try (NewsIndex idx = NewsIndex.open(dir.resolve("all"), NewsIndex.Mode.WRITE)) {
            for (Record r : records) {
                NewsIndex.Ingested in = idx.ingest(r);
                byId.computeIfAbsent(in.id(), k -> new ArrayList<>()).add(r);
            }
            List<Record> reversed = new ArrayList<>(records);
            java.util.Collections.reverse(reversed);
            for (List<Record> pass : List.of(records, reversed)) {
                Map<NewsIndex.Outcome, Integer> outcomes = new java.util.EnumMap<>(NewsIndex.Outcome.class);
                for (Record r : pass) {
                    outcomes.merge(idx.ingest(r).outcome(), 1, Integer::sum);
                }
                assertThat(outcomes).containsOnlyKeys(NewsIndex.Outcome.UNCHANGED);
            }
            idx.refresh();
            assertThat(idx.articleCount()).isEqualTo(byId.size());
        }
        int merged = 0;
        for (List<Record> same : byId.values()) {
            for (Record r : same.subList(1, same.size())) {
                merged++;
                Record first = same.get(0);
                String url = Ids.canonicalUrl(first.article().url());
                if (url != null) {
                    assertThat(Ids.canonicalUrl(r.article().url())).as(r.article().input()).isEqualTo(url);
                } else {
                    assertThat(Ids.normalise(r.article().text())).as(r.article().input())
                            .isEqualTo(Ids.normalise(first.article().text()));
                }
            }
        }
        System.out.printf("dev pages into one index: %d records, %d articles, %d copies of a page merged%n",
                records.size(), byId.size(), merged);
    }
}
