package org.dateline.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.TaskCompletionListener;
import org.dateline.Options;
import org.dateline.page.InputFormat;
import org.dateline.record.Failure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The Dateline flow on Spark: WARC files and folders of pages in, one record per article or failed
 * input out, as rows of {@link RecordRows#SCHEMA} (Parquet, queries) or as the record contract's
 * JSON lines.
 *
 * <pre>{@code
 * Counters counters = Counters.register(spark.sparkContext());
 * Dataset<Row> records = DatelineSpark.records(spark, List.of("s3a://bucket/crawl/*.warc.gz"),
 *         Options.DEFAULTS, counters);
 * DatelineSpark.writeParquet(records, "s3a://bucket/out", false);
 * }</pre>
 *
 * <p>Files are listed on the driver and read on the executors, a WARC file per task
 * ({@link InputPlan}); each executor thread runs {@link org.dateline.Dateline#process}, which is
 * thread-safe and keeps no state between pages. An input or page that fails is an error record
 * ({@code input} and {@code error}), never a failed job.
 */
public final class DatelineSpark {

    /** Output formats. */
    public enum Format {
        /** Parquet files with {@link RecordRows#SCHEMA}. */
        PARQUET,
        /** JSON Lines, one record per line exactly as {@code dateline extract} prints it. */
        JSONL;

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "parquet" -> PARQUET;
                case "jsonl", "json" -> JSONL;
                default -> throw new IllegalArgumentException("unknown format '" + s + "' (parquet or jsonl)");
            };
        }
    }

    private DatelineSpark() {
    }

    /** The records of the inputs (paths, directories or globs on any Hadoop file system); lazy. */
    public static Dataset<Row> records(SparkSession spark, List<String> inputs, Options options) {
        return records(spark, inputs, options, Counters.register(spark.sparkContext()));
    }

    /** As {@link #records(SparkSession, List, Options)}, counting into {@code counters} as rows are made. */
    public static Dataset<Row> records(SparkSession spark, List<String> inputs, Options options, Counters counters) {
        return spark.createDataFrame(outcomes(spark, inputs, options, counters, Shape.ROWS), RecordRows.SCHEMA);
    }

    /**
     * The records of the inputs as JSON lines of the record contract, byte for byte what
     * {@code dateline extract} prints for them (error records are {@code {"input", "error"}}); lazy.
     */
    public static Dataset<String> jsonLines(SparkSession spark, List<String> inputs, Options options,
            Counters counters) {
        return spark.createDataset(outcomes(spark, inputs, options, counters, Shape.JSON_LINES).rdd(),
                Encoders.STRING());
    }

    /** Runs the flow over the inputs and writes the records to {@code output} in {@code format}. */
    public static void write(SparkSession spark, List<String> inputs, Options options, Counters counters,
            String output, Format format, boolean overwrite) {
        switch (format) {
            case PARQUET -> writeParquet(records(spark, inputs, options, counters), output, overwrite);
            case JSONL -> writeJsonLines(jsonLines(spark, inputs, options, counters), output, overwrite);
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    /**
     * Writes rows to a directory of Parquet files, one per task. Without {@code overwrite}, an
     * existing output directory is an error, as in Spark.
     */
    public static void writeParquet(Dataset<Row> records, String output, boolean overwrite) {
        records.write().mode(mode(overwrite)).parquet(output);
    }

    /** Writes JSON lines to a directory of text files ({@code part-*.txt}), one per task. */
    public static void writeJsonLines(Dataset<String> lines, String output, boolean overwrite) {
        lines.write().mode(mode(overwrite)).text(output);
    }

    private static SaveMode mode(boolean overwrite) {
        return overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    }

    private static <T> JavaRDD<T> outcomes(SparkSession spark, List<String> inputs, Options options,
            Counters counters, Shape<T> shape) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputPlan.Plan plan = InputPlan.plan(inputs, spark.sparkContext().hadoopConfiguration(),
                jsc.defaultParallelism());
        JavaRDD<T> out = jsc.emptyRDD();
        if (!plan.tasks().isEmpty()) {
            Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
            // One slice per task: parallelize puts element i alone in partition i when slices == size.
            JavaRDD<List<String>> planned = jsc.parallelize(plan.tasks(), plan.tasks().size());
            out = planned.mapPartitions(new ProcessTask<>(conf, Settings.of(options), counters, shape));
        }
        if (!plan.unlisted().isEmpty()) {
            // Made and counted on the driver (a handful), written with the rest.
            List<T> failed = new ArrayList<>();
            for (Failure f : plan.unlisted()) {
                counters.addFailed();
                failed.add(shape.failure(f));
            }
            out = out.union(jsc.parallelize(failed, 1));
        }
        return out;
    }

    /** {@link Options} as it travels to the executors (it is not Serializable itself). */
    record Settings(InputFormat format, boolean analysis, int maxPageBytes, long timeLimitMillis)
            implements Serializable {

        static Settings of(Options o) {
            return new Settings(o.format(), o.analysis(), o.maxPageBytes(), o.timeLimitMillis());
        }

        Options options() {
            return new Options(format, analysis, maxPageBytes, timeLimitMillis);
        }
    }

    /** The executor side: a task's files to outcomes. */
    private static final class ProcessTask<T> implements FlatMapFunction<Iterator<List<String>>, T> {

        private static final long serialVersionUID = 1L;

        private final Broadcast<HadoopConf> conf;
        private final Settings settings;
        private final Counters counters;
        private final Shape<T> shape;

        ProcessTask(Broadcast<HadoopConf> conf, Settings settings, Counters counters, Shape<T> shape) {
            this.conf = conf;
            this.settings = settings;
            this.counters = counters;
            this.shape = shape;
        }

        @Override
        public Iterator<T> call(Iterator<List<String>> partition) {
            List<String> files = new ArrayList<>();
            partition.forEachRemaining(files::addAll);
            TaskRecords<T> out = new TaskRecords<>(files, conf.value().get(), settings.options(), counters, shape);
            TaskContext task = TaskContext.get();
            if (task != null) {
                // A task stopped early (a failed write, a cancelled job) still closes its open file.
                task.addTaskCompletionListener((TaskCompletionListener) context -> out.close());
            }
            return out;
        }
    }
}
