package org.dateline.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputPlanTest {

    @TempDir
    Path dir;

    private static List<InputPlan.Entry> pages(int n, long size) {
        List<InputPlan.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new InputPlan.Entry("hdfs://nn/pages/p" + i + ".html", size));
        }
        return out;
    }

    @Test
    void eachWarcIsATaskOfItsOwnAndPagesArePackedAroundThem() {
        List<InputPlan.Entry> files = new ArrayList<>(pages(3, 1000));
        files.add(new InputPlan.Entry("s3a://b/CC-MAIN-1.warc.gz", 1L << 30));
        files.add(new InputPlan.Entry("s3a://b/small.WARC", 10));
        files.addAll(pages(3, 1000));
        List<List<String>> tasks = InputPlan.pack(files, 1);
        assertThat(tasks).contains(List.of("s3a://b/CC-MAIN-1.warc.gz"), List.of("s3a://b/small.WARC"));
        assertThat(tasks.stream().mapToInt(List::size).sum()).isEqualTo(8);
        assertThat(tasks).filteredOn(t -> t.get(0).endsWith(".html")).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(6));
    }

    @Test
    void pagesAreSpreadOverTheCoresAndCappedPerTaskByCountAndBytes() {
        // A small run: two tasks per core.
        assertThat(InputPlan.pack(pages(40, 1000), 4)).hasSize(8).allSatisfy(t -> assertThat(t).hasSize(5));
        // A large run: the count cap.
        List<List<String>> big = InputPlan.pack(pages(10_000, 1000), 4);
        assertThat(big).hasSize(20).allSatisfy(t -> assertThat(t).hasSize(InputPlan.MAX_PAGES_PER_TASK));
        // Large pages: the byte cap (128 MiB) closes a task first.
        List<List<String>> heavy = InputPlan.pack(pages(100, 10L << 20), 1);
        assertThat(heavy).allSatisfy(t -> assertThat(t.size() * (10L << 20)).isLessThanOrEqualTo(InputPlan.MAX_TASK_BYTES));
        assertThat(heavy.stream().mapToInt(List::size).sum()).isEqualTo(100);
        assertThat(InputPlan.pack(List.of(), 2)).isEmpty();
    }

    @Test
    void directoriesAreWalkedInSortedOrderWithoutHiddenOrUnderscoreFilesAndGlobsMatch() throws IOException {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.createDirectories(dir.resolve("_temporary"));
        Files.writeString(dir.resolve("b/2.html"), "x");
        Files.writeString(dir.resolve("b/.git/config"), "x");
        Files.writeString(dir.resolve("_temporary/part"), "x");
        Files.writeString(dir.resolve("a.warc.gz"), "x");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".crc"), "");
        Configuration conf = new Configuration(false);
        List<String> listed = InputPlan.list(dir.toString(), conf).stream().map(InputPlan.Entry::path).toList();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).endsWith("/a.warc.gz").startsWith("file:/");
        assertThat(listed.get(1)).endsWith("/b/2.html");
        assertThat(InputPlan.list(dir + "/*.warc.gz", conf)).singleElement()
                .satisfies(e -> assertThat(e.path()).endsWith("/a.warc.gz"));
        // Nothing matched: kept as given, for its task to report.
        assertThat(InputPlan.list(dir + "/none-*.warc.gz", conf)).singleElement()
                .satisfies(e -> assertThat(e.size()).isEqualTo(-1));
    }

    @Test
    void anInputThatCannotBeListedIsAFailureAndTheOthersArePlanned() throws IOException {
        Files.writeString(dir.resolve("a.warc.gz"), "x");
        InputPlan.Plan plan = InputPlan.plan(List.of("nosuch://bucket/crawl/", dir.toString(), ""),
                new Configuration(false), 2);
        assertThat(plan.tasks()).singleElement().satisfies(t -> assertThat(t).singleElement()
                .satisfies(p -> assertThat(p).endsWith("/a.warc.gz")));
        assertThat(plan.unlisted()).hasSize(2);
        assertThat(plan.unlisted().get(0).input()).isEqualTo("nosuch://bucket/crawl/");
        assertThat(plan.unlisted().get(0).reason()).startsWith("cannot list: ").contains("nosuch").doesNotContain("\n");
        assertThat(plan.unlisted().get(1).input()).isEmpty();
    }
}
