package org.dateline.store;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.page.Page;
import org.dateline.record.Record;
import org.dateline.record.Result;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
