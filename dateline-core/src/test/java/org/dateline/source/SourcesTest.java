package org.dateline.source;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Result;
import org.dateline.testing.SharedData;
import org.dateline.testing.Warcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageVersion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesTest {

    @TempDir
    Path dir;

    private static final Options OPTIONS = Options.DEFAULTS.withAnalysis(false);

    static List<Item> items(List<String> inputs, Options options, InputStream stdin) {
        List<Item> out = new ArrayList<>();
        try (Sources s = new Sources(inputs, options, null, stdin)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    static List<Item> items(String... inputs) {
        return items(List.of(inputs), OPTIONS, InputStream.nullInputStream());
    }

    private static List<Page> pages(List<Item> items) {
        return items.stream().filter(i -> i instanceof Item.PageItem).map(i -> ((Item.PageItem) i).page()).toList();
    }

    private static List<Item.FailedItem> failures(List<Item> items) {
        return items.stream().filter(i -> i instanceof Item.FailedItem).map(i -> (Item.FailedItem) i).toList();
    }

    private static String text(Page p) {
        Result r = Dateline.process(p, OPTIONS);
        assertThat(r).isInstanceOf(Result.Extracted.class);
        return ((Result.Extracted) r).record().article().text();
    }

    private static final String ARTICLE = "<html><head><title>Новости</title></head><body><article><p>"
            + "Министерство обороны России сообщило, что самолеты выполнили более девяти тысяч вылетов.</p><p>"
            + "Об этом заявил официальный представитель министерства на брифинге в Москве.</p></article></body></html>";

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/sub/z.html"), "<p>z</p>");
        Files.writeString(dir.resolve("b/a.htm"), "<p>a</p>");
        Files.writeString(dir.resolve("a.txt"), "text");
        Files.writeString(dir.resolve(".hidden.html"), "<p>h</p>");
        Files.writeString(dir.resolve(".git/config.html"), "<p>g</p>");
        List<String> inputs = pages(items(dir.toString())).stream().map(Page::input).toList();
        assertThat(inputs).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/a.htm").toString(),
                dir.resolve("b/sub/z.html").toString());
    }

    @Test
    void warc10And11PlainAndGzipGiveOnePagePerHtmlResponse() throws IOException {
        for (MessageVersion v : List.of(MessageVersion.WARC_1_0, MessageVersion.WARC_1_1)) {
            for (boolean gz : List.of(true, false)) {
                Path warc = dir.resolve("crawl-" + v.toString().replace("/", "") + (gz ? ".warc.gz" : ".warc"));
                try (Warcs w = new Warcs(warc, gz, v)) {
                    // Charset only in the HTTP header, body gzip-encoded as served.
                    w.response("https://example.ru/news/1", 200, "text/html; charset=windows-1251", "gzip",
                            ARTICLE.getBytes(Charset.forName("windows-1251")));
                    w.revisit("https://example.ru/news/1");
                    w.response("https://example.ru/missing", 404, "text/html", null, "<p>gone</p>".getBytes(StandardCharsets.UTF_8));
                    w.response("https://example.ru/logo.png", 200, "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                    w.response("https://example.ru/news/2", 200, "text/html; charset=utf-8", null,
                            ARTICLE.replace("Новости", "Вторая").getBytes(StandardCharsets.UTF_8));
                }
                List<Item> items = items(warc.toString());
                List<Page> pages = pages(items);
                assertThat(pages).as(warc.toString()).hasSize(2);
                Page first = pages.get(0);
                assertThat(first.input()).startsWith(warc + "#urn:uuid:");
                assertThat(first.url()).isEqualTo("https://example.ru/news/1");
                assertThat(first.contentType()).contains("windows-1251");
                assertThat(text(first)).contains("Министерство обороны России");
                assertThat(pages.get(1).url()).isEqualTo("https://example.ru/news/2");
                assertThat(items).filteredOn(i -> i instanceof Item.Skipped).extracting(i -> ((Item.Skipped) i).why())
                        .containsExactly("revisit", "HTTP status 404", "not HTML (image/png)");
                assertThat(failures(items)).isEmpty();
            }
        }
    }

    @Test
    void sharedWarcFilesAreRead() {
        Path warcs = SharedData.require("warc");
        List<Item> crawl = items(warcs.resolve("warcfile.warc.gz").toString());
        assertThat(failures(crawl)).isEmpty();
        assertThat(pages(crawl)).hasSizeGreaterThanOrEqualTo(10).allSatisfy(p -> {
            assertThat(p.input()).contains(".warc.gz#urn:uuid:");
            assertThat(p.url()).startsWith("http");
        });
        List<Item> cc = items(warcs.resolve("cc.warc.gz").toString());
        assertThat(pages(cc)).singleElement().satisfies(p -> assertThat(text(p)).isNotBlank());
        // A gzip member with an FEXTRA field holding only a warcinfo record: read, nothing to give.
        assertThat(items(warcs.resolve("gzip_extra_sl.warc.gz").toString())).isEmpty();
        // A clipped record: one failure naming the record, no exception.
        List<Item> clipped = items(warcs.resolve("clipped.warc.gz").toString());
        assertThat(clipped).singleElement().isInstanceOf(Item.FailedItem.class);
        assertThat(failures(clipped).get(0).failure().input()).contains("clipped.warc.gz#urn:uuid:");
    }

    @Test
    void warcCutAnywhereGivesTheRecordsBeforeTheCutAndOneFailure() throws IOException {
        Path warcs = SharedData.require("warc");
        byte[] whole = Files.readAllBytes(warcs.resolve("warcfile.warc.gz"));
        int all = pages(items(warcs.resolve("warcfile.warc.gz").toString())).size();
        int previous = 0;
        // Cut at 60 places spread over the file (inside headers, bodies and gzip trailers alike).
        for (int k = 1; k <= 60; k++) {
            int cut = (int) ((long) whole.length * k / 61);
            Path part = dir.resolve("cut-" + cut + ".warc.gz");
            Files.write(part, Arrays.copyOf(whole, cut));
            List<Item> items = items(part.toString());
            int n = pages(items).size();
            assertThat(n).as("cut at %d", cut).isBetween(previous, all);
            // Exactly one failure, and it comes last: everything before the cut was emitted first.
            assertThat(failures(items)).as("cut at %d", cut).hasSizeLessThanOrEqualTo(1);
            if (!failures(items).isEmpty()) {
                assertThat(items.get(items.size() - 1)).isInstanceOf(Item.FailedItem.class);
            }
            previous = n;
        }
        assertThat(previous).isGreaterThan(all / 2);
    }

    @Test
    void aWarcOnStandardInputIsStreamed() throws IOException {
        Path warc = dir.resolve("in.warc.gz");
        try (Warcs w = new Warcs(warc, true, MessageVersion.WARC_1_1)) {
            w.response("https://example.ru/a", 200, "text/html; charset=windows-1251", null,
                    ARTICLE.getBytes(Charset.forName("windows-1251")));
        }
        List<Item> items = items(List.of("-"), OPTIONS, new ByteArrayInputStream(Files.readAllBytes(warc)));
        assertThat(pages(items)).singleElement().satisfies(p -> {
            assertThat(p.input()).startsWith("-#urn:uuid:");
            assertThat(text(p)).contains("Министерство обороны");
        });
    }

    /** Found by WarcFuzzTest: jwarc's id() throws on a WARC-Record-ID that is no URI, or on none, and that ended the whole read. */
    @Test
    void aRecordWhoseIdIsNoUriOrMissingIsNamedByItsHeaderOrPlace() {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + ARTICLE;
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:not a uri>\r\n"
                + "WARC-Target-URI: https://example.ru/a\r\nWARC-Date: 2024-05-03T10:00:00Z\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n"
                + http + "\r\n\r\n";
        List<Item> items = items(List.of("-"), OPTIONS,
                new ByteArrayInputStream((record + record.replace("not a uri", "x}")
                        + record.replace("WARC-Record-ID: <urn:uuid:not a uri>\r\n", "")).getBytes(StandardCharsets.UTF_8)));
        assertThat(pages(items)).extracting(Page::input)
                .containsExactly("-#urn:uuid:not a uri", "-#urn:uuid:x}", "-#record 3");
        assertThat(failures(items)).isEmpty();
    }

    @Test
    void anOpenedStreamIsReadAsAWarcOrAsOnePageUnderItsName() throws IOException {
        Path warc = dir.resolve("in.warc.gz");
        try (Warcs w = new Warcs(warc, true, MessageVersion.WARC_1_0)) {
            w.response("https://example.ru/a", 200, "text/html; charset=windows-1251", null,
                    ARTICLE.getBytes(Charset.forName("windows-1251")));
            w.response("https://example.ru/b", 404, "text/html", null, "<p>gone</p>".getBytes(StandardCharsets.UTF_8));
        }
        List<Item> fromWarc = new ArrayList<>();
        try (Sources s = Sources.ofStream("hdfs://crawl/in.warc.gz", Files.newInputStream(warc), OPTIONS)) {
            s.forEachRemaining(fromWarc::add);
        }
        assertThat(pages(fromWarc)).singleElement().satisfies(p -> {
            assertThat(p.input()).startsWith("hdfs://crawl/in.warc.gz#urn:uuid:");
            assertThat(p.url()).isEqualTo("https://example.ru/a");
            assertThat(text(p)).contains("Министерство обороны");
        });
        assertThat(fromWarc).filteredOn(i -> i instanceof Item.Skipped).hasSize(1);

        List<Item> page = new ArrayList<>();
        try (Sources s = Sources.ofStream("s3a://b/page.html", new ByteArrayInputStream(
                ARTICLE.getBytes(StandardCharsets.UTF_8)), OPTIONS)) {
            s.forEachRemaining(page::add);
        }
        assertThat(pages(page)).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo("s3a://b/page.html");
            assertThat(text(p)).contains("Об этом заявил");
        });

        Options small = new Options(InputFormat.AUTO, false, 100, Options.DEFAULT_TIME_LIMIT_MILLIS);
        List<Item> tooLarge = new ArrayList<>();
        try (Sources s = Sources.ofStream("big.html", new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)),
                small)) {
            s.forEachRemaining(tooLarge::add);
        }
        assertThat(failures(tooLarge)).singleElement().satisfies(f -> {
            assertThat(f.failure().input()).isEqualTo("big.html");
            assertThat(f.failure().reason()).contains("over the limit of 100 bytes");
        });
    }

    @Test
    void inputsThatCannotBeReadFailCleanlyAndTheRestGoesOn() throws IOException, InterruptedException {
        Path good = Files.writeString(dir.resolve("good.html"), ARTICLE);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("no-such-target.html"));
        Path fifo = dir.resolve("fifo.html");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        List<String> inputs = new ArrayList<>(List.of(dangling.toString(), dir.resolve("missing.html").toString()));
        if (haveFifo) {
            inputs.add(fifo.toString()); // reading it would block forever: it must be refused, not opened
        }
        inputs.add(good.toString());
        List<Item> items = items(inputs, OPTIONS, InputStream.nullInputStream());
        List<Item.FailedItem> failed = failures(items);
        assertThat(failed).hasSize(haveFifo ? 3 : 2);
        assertThat(failed.get(0).failure().message()).startsWith(dangling.toString()).contains("symbolic link");
        assertThat(failed.get(1).failure().message()).contains("no such file");
        if (haveFifo) {
            assertThat(failed.get(2).failure().message()).startsWith(fifo.toString()).contains("not a regular file");
        }
        assertThat(pages(items)).extracting(Page::input).containsExactly(good.toString());
    }

    @Test
    void aFileWithoutReadPermissionFailsWhenPermissionsApply() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.html"), ARTICLE);
        boolean applied = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        try {
            List<Item> items = items(locked.toString());
            if (applied) {
                assertThat(failures(items)).singleElement().satisfies(f ->
                        assertThat(f.failure().reason()).contains("permission denied"));
            } else {
                // Running as root: permissions do not apply, so the page is simply read.
                assertThat(pages(items)).hasSize(1);
            }
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void inputFormatOverrideReachesThePage() throws IOException {
        Path p = Files.writeString(dir.resolve("page.html"), "<p>Every line is kept.</p>\nSecond line.");
        List<Item> items = items(List.of(p.toString()), OPTIONS.withFormat(InputFormat.BODY), InputStream.nullInputStream());
        Page page = pages(items).get(0);
        assertThat(page.format()).isEqualTo(InputFormat.BODY);
        assertThat(text(page)).contains("<p>Every line is kept.</p>").contains("Second line.");
    }
}
