package org.dateline.desk;

import org.dateline.store.NewsIndex;
import org.dateline.store.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A server that cannot read its index answers an error page with no detail, and logs one line. */
class DeskFailureTest {

    @TempDir
    Path dir;

    @Test
    void aClosedIndexIsAnErrorPageNotAStackTrace() {
        NewsIndex index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        index.ingest(TestRecords.record("https://example.com/a", "example.com", "A title", "2016-03-17", "en",
                TestRecords.body("alpha", 20), List.of(), List.of()));
        index.commit();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Desk desk = new Desk(index, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(desk.respond("GET", "/", null).status()).isEqualTo(200);
        index.close();
        for (String path : List.of("/", "/speakers", "/articles/u1234", "/timeline")) {
            Desk.Response r = desk.respond("GET", path, null);
            assertThat(r.status()).as(path).isIn(500, 503);
            assertThat(r.headers()).containsEntry("X-Content-Type-Options", "nosniff").containsKey("Content-Security-Policy");
            assertThat(r.text()).as(path).contains("error").doesNotContain("Exception").doesNotContain("at org.");
        }
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines.lines()).allMatch(l -> l.startsWith("dateline serve: GET /"));
        assertThat(lines).doesNotContain("\tat ");
    }
}
