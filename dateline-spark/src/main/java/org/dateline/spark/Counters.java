package org.dateline.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;

/**
 * Counts for the closing summary line: articles, failed inputs, WARC records passed over. Spark
 * accumulators updated in a transformation: a task that is re-run (a lost executor, speculation)
 * counts twice, so the figures are exact only for runs without retries; the output is exact always.
 */
public final class Counters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator records;
    private final LongAccumulator failed;
    private final LongAccumulator skipped;

    private Counters(LongAccumulator records, LongAccumulator failed, LongAccumulator skipped) {
        this.records = records;
        this.failed = failed;
        this.skipped = skipped;
    }

    /** Counters registered with a Spark context (named, so they show in the Spark UI). */
    public static Counters register(SparkContext sc) {
        return new Counters(sc.longAccumulator("dateline records"), sc.longAccumulator("dateline failed"),
                sc.longAccumulator("dateline skipped"));
    }

    void addRecord() {
        records.add(1);
    }

    void addFailed() {
        failed.add(1);
    }

    void addSkipped() {
        skipped.add(1);
    }

    public long records() {
        return records.value();
    }

    public long failed() {
        return failed.value();
    }

    public long skipped() {
        return skipped.value();
    }

    /** {@code 16 records, 1 failed, 2 skipped}, as the command line's summary. */
    public String summary() {
        return records() + " records, " + failed() + " failed, " + skipped() + " skipped";
    }
}
