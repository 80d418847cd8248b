package org.dateline.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.record.Failure;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.source.Sources;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcomes of one task, rows or JSON lines as its {@link Shape} makes them, produced lazily as
 * Spark's writer pulls them: one file open at a time, one WARC record in memory at a time (core's
 * {@link Sources} streams it). Every input that cannot be read or processed becomes an error
 * outcome ({@code input} and {@code error}); nothing here fails the task, so one bad file or page
 * never costs the job. Not thread-safe: one task, one consumer.
 */
final class TaskRecords<T> implements Iterator<T>, AutoCloseable {

    private final List<String> files;
    private final Configuration conf;
    private final Options options;
    private final Counters counters;
    private final Shape<T> shape;
    private int nextFile;
    private String file;
    private Sources sources;
    private T ready;

    TaskRecords(List<String> files, Configuration conf, Options options, Counters counters, Shape<T> shape) {
        this.files = files;
        this.conf = conf;
        this.options = options;
        this.counters = counters;
        this.shape = shape;
    }

    @Override
    public boolean hasNext() {
        if (ready == null) {
            ready = advance();
        }
        return ready != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T r = ready;
        ready = null;
        return r;
    }

    private T advance() {
        while (true) {
            if (sources == null) {
                if (nextFile >= files.size()) {
                    return null;
                }
                file = files.get(nextFile++);
                T failed = open(file);
                if (failed != null) {
                    return failed;
                }
            }
            try {
                if (!sources.hasNext()) {
                    closeSources();
                    continue;
                }
                Item item = sources.next();
                if (item instanceof Item.PageItem p) {
                    Result r = Dateline.process(p.page(), options);
                    if (r instanceof Result.Extracted e) {
                        counters.addRecord();
                        return shape.record(e.record());
                    }
                    return failure(((Result.Rejected) r).failure());
                }
                if (item instanceof Item.FailedItem f) {
                    return failure(f.failure());
                }
                counters.addSkipped(); // a revisit, a non-200 or non-HTML response
            } catch (RuntimeException e) {
                // A bug in reading this file: the rest of it is lost, the task goes on with the next.
                String input = file;
                closeSources();
                return failure(new Failure(input, "reading stopped: " + InputPlan.oneLine(e)));
            }
        }
    }

    /** Opens a file for {@link #sources}; an outcome naming it when it cannot be opened. */
    private T open(String name) {
        try {
            Path path = new Path(name);
            FileSystem fs = path.getFileSystem(conf);
            InputStream in = fs.open(path);
            sources = Sources.ofStream(name, in, options);
            return null;
        } catch (FileNotFoundException e) {
            return failure(new Failure(name, "no such file"));
        } catch (IOException | RuntimeException e) {
            return failure(new Failure(name, "cannot open: " + InputPlan.oneLine(e)));
        }
    }

    private T failure(Failure f) {
        counters.addFailed();
        return shape.failure(f);
    }

    private void closeSources() {
        if (sources != null) {
            sources.close();
            sources = null;
        }
    }

    @Override
    public void close() {
        closeSources();
        nextFile = files.size();
    }
}
