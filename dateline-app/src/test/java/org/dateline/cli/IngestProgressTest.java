package org.dateline.cli;

import org.dateline.Options;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest progress line: an exact total for pages, an estimate ("~") for WARC files. */
class IngestProgressTest {

    private static long count(List<String> inputs) {
        long n = 0;
        try (IngestSources s = new IngestSources(inputs, Options.DEFAULTS, null, InputStream.nullInputStream())) {
            while (s.hasNext()) {
                s.next();
                n++;
            }
        }
        return n;
    }

    @Test
    void aWarcGetsAnEstimatedTotalAndEtaFromTheBytesRead() {
        Path warc = SharedData.require("warc/warcfile.warc.gz");
        List<String> inputs = List.of(warc.toString());
        long records = count(inputs);
        assertThat(records).isGreaterThan(10);
        assertThat(IngestSources.knownTotal(inputs)).isEqualTo(-1);
        assertThat(IngestSources.totalBytes(inputs)).isEqualTo(warc.toFile().length());

        IngestCommand.Progress progress = new IngestCommand.Progress(new PrintStream(new ByteArrayOutputStream()), true,
                -1, IngestSources.totalBytes(inputs));
        List<Long> estimates = new ArrayList<>();
        String halfway = null;
        try (IngestSources s = new IngestSources(inputs, Options.DEFAULTS, null, InputStream.nullInputStream())) {
            progress.follow(s::bytesRead, s::itemsRead);
            long done = 0;
            while (s.hasNext()) {
                s.next();
                done++;
                estimates.add(progress.estimate(done));
                if (done == records / 2) {
                    halfway = progress.line(done, 0, 2.0);
                }
            }
            assertThat(progress.estimate(done)).as("at the end the estimate is the count").isEqualTo(records);
        }
        // Halfway through, the estimate is of the right size, and the line says it is one.
        long mid = estimates.get((int) (records / 2) - 1);
        System.out.println("progress estimate for " + warc.getFileName() + ": " + records + " items; halfway the estimate said " + mid);
        assertThat(mid).isBetween(records / 2, records * 2);
        assertThat(halfway).startsWith((records / 2) + "/~" + mid + " articles, ").contains(" failed, ETA ~0:");
        assertThat(estimates).allMatch(e -> e == -1 || e > 0);
    }

    @Test
    void pagesGetTheirExactTotalAndJsonLinesAnEstimate() throws Exception {
        Path dir = Files.createTempDirectory("progress");
        try {
            Files.writeString(dir.resolve("a.html"), "<html><title>a</title><p>one</p></html>");
            Files.writeString(dir.resolve("b.html"), "<html><title>b</title><p>two</p></html>");
            IngestCommand.Progress pages = new IngestCommand.Progress(new PrintStream(new ByteArrayOutputStream()), true,
                    IngestSources.knownTotal(List.of(dir.toString())), IngestSources.totalBytes(List.of(dir.toString())));
            assertThat(pages.line(1, 0, 1.0)).isEqualTo("1/2 articles, 1/s, 0 failed, ETA 0:01");

            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                lines.append("{\"input\":\"x").append(i).append("\",\"title\":\"t\"}\n");
            }
            Path jsonl = dir.resolve("c.jsonl");
            Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
            List<String> inputs = List.of(jsonl.toString());
            IngestCommand.Progress progress = new IngestCommand.Progress(new PrintStream(new ByteArrayOutputStream()), true,
                    IngestSources.knownTotal(inputs), IngestSources.totalBytes(inputs));
            try (IngestSources s = new IngestSources(inputs, Options.DEFAULTS, null, InputStream.nullInputStream())) {
                progress.follow(s::bytesRead, s::itemsRead);
                long done = 0;
                while (s.hasNext()) {
                    s.next();
                    done++;
                }
                assertThat(progress.estimate(done)).isEqualTo(200);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
