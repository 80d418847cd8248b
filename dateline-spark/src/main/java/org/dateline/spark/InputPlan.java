package org.dateline.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dateline.record.Failure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files of a run, listed on the driver through Hadoop's file systems (local, HDFS, S3…) and
 * grouped into tasks. A WARC file is a task of its own: a gzip WARC cannot be split, and a crawl's
 * WARCs (about 1 GB each in Common Crawl) are the natural unit of work and of retry. Other files
 * (pages) are packed in listing order into tasks of at most {@link #MAX_PAGES_PER_TASK} files and
 * {@link #MAX_TASK_BYTES} bytes, fewer per task when the run is small, so that every core has work.
 *
 * <p>Inputs are paths or globs ({@code s3a://bucket/crawl/*.warc.gz}); directories are walked
 * recursively in sorted order, leaving out hidden files and Hadoop's {@code _SUCCESS}-style files
 * (names starting with {@code .} or {@code _}). An input that matches nothing stays in the plan as
 * given: its task reports it as a failed input instead of failing the job. An input that cannot be
 * listed at all is a failure in the {@link Plan}, and a directory whose walk fails part-way is one
 * failure naming the directory (Hadoop's recursive listing, the one that is fast on object stores,
 * stops at the first error).
 */
final class InputPlan {

    /**
     * A page costs 5–50 ms to extract and analyse: 500 pages keep a task at 3–25 s, long enough to
     * pay for its scheduling, short enough for a lost task to cost little.
     */
    static final int MAX_PAGES_PER_TASK = 500;
    /** Spark's own split size for files (spark.sql.files.maxPartitionBytes). */
    static final long MAX_TASK_BYTES = 128L * 1024 * 1024;
    /** Tasks per core aimed at when a run has few pages: stragglers are shared out. */
    private static final int TASKS_PER_CORE = 2;

    private InputPlan() {
    }

    /** One input file: its name as records give it, its size (-1 when unknown). */
    record Entry(String path, long size) {
        boolean isWarc() {
            String name = path.toLowerCase(Locale.ROOT);
            int slash = name.lastIndexOf('/');
            return name.substring(slash + 1).contains(".warc");
        }
    }

    /**
     * A run's work: tasks, each a list of file paths, and the inputs that could not be listed (a
     * file system that does not exist, a malformed path, a directory that cannot be read), each a
     * failure naming the input as given.
     */
    record Plan(List<List<String>> tasks, List<Failure> unlisted) {
    }

    /**
     * The plan of a run. One input that cannot be listed is a failure of its own; the others go on.
     *
     * @param cores the cluster's parallelism (Spark's default parallelism)
     */
    static Plan plan(List<String> inputs, Configuration conf, int cores) {
        List<Entry> files = new ArrayList<>();
        List<Failure> unlisted = new ArrayList<>();
        for (String input : inputs) {
            try {
                files.addAll(list(input, conf));
            } catch (IOException | RuntimeException e) {
                unlisted.add(new Failure(input, "cannot list: " + oneLine(e)));
            }
        }
        return new Plan(pack(files, cores), List.copyOf(unlisted));
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    static List<Entry> list(String input, Configuration conf) throws IOException {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(pattern);
        List<Entry> out = new ArrayList<>();
        if (matches == null || matches.length == 0) {
            out.add(new Entry(input, -1)); // reported by its task: "no such file"
            return out;
        }
        for (FileStatus m : matches) {
            if (!m.isDirectory()) {
                out.add(new Entry(m.getPath().toString(), m.getLen()));
                continue;
            }
            String root = m.getPath().toString();
            List<Entry> inDir = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                String p = f.getPath().toString();
                if (f.isFile() && !hidden(p.substring(Math.min(root.length(), p.length())))) {
                    inDir.add(new Entry(p, f.getLen()));
                }
            }
            inDir.sort(Comparator.comparing(Entry::path));
            out.addAll(inDir);
        }
        return out;
    }

    /** Whether a path below the listed directory has a hidden segment ({@code .x}, {@code _x}). */
    private static boolean hidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    static List<List<String>> pack(List<Entry> files, int cores) {
        long pages = files.stream().filter(e -> !e.isWarc()).count();
        long warcs = files.size() - pages;
        // Spread a small run over the cores left after the WARC tasks; never more than the cap.
        long slots = Math.max(1, (long) Math.max(1, cores) * TASKS_PER_CORE - warcs);
        int perTask = (int) Math.max(1, Math.min(MAX_PAGES_PER_TASK, (pages + slots - 1) / slots));
        List<List<String>> tasks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long bytes = 0;
        for (Entry e : files) {
            if (e.isWarc()) {
                tasks.add(List.of(e.path()));
                continue;
            }
            long size = Math.max(0, e.size());
            if (!current.isEmpty() && (current.size() >= perTask || bytes + size > MAX_TASK_BYTES)) {
                tasks.add(List.copyOf(current));
                current.clear();
                bytes = 0;
            }
            current.add(e.path());
            bytes += size;
        }
        if (!current.isEmpty()) {
            tasks.add(List.copyOf(current));
        }
        return tasks;
    }
}
