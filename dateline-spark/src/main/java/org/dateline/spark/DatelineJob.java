package org.dateline.spark;

import org.apache.spark.sql.SparkSession;
import org.dateline.Options;
import org.dateline.page.InputFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The batch job for {@code spark-submit}:
 *
 * <pre>
 * spark-submit --class org.dateline.spark.DatelineJob dateline-spark.jar \
 *     --input s3a://bucket/crawl/ --output s3a://bucket/records --format parquet
 * </pre>
 *
 * Exit status: 0 when the records were written (inputs that failed are rows with {@code error}),
 * 2 for a usage error; an output that cannot be written fails the job as Spark reports it.
 */
public final class DatelineJob {

    static final String USAGE = """
            Usage: DatelineJob --input PATH [--input PATH]... --output DIR [--format parquet|jsonl]
                               [--input-format auto|html|text|body|warc] [--no-analysis] [--overwrite]
              --input PATH     a WARC file (.warc, .warc.gz), a page, a directory (recursive) or a glob,
                               on any Hadoop file system (file:, hdfs:, s3a:, ...); repeatable
              --output DIR     where the records go (one file per task)
              --format F       parquet (default) or jsonl (JSON Lines)
              --input-format F how to read pages (default auto: sniffed from the bytes)
              --no-analysis    extraction only: no quotes, claims, times, entities
              --overwrite      replace DIR if it exists (default: refuse)
            """;

    private DatelineJob() {
    }

    /** Parsed arguments. */
    record Args(List<String> inputs, String output, DatelineSpark.Format format, Options options, boolean overwrite) {

        static Args parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            DatelineSpark.Format format = DatelineSpark.Format.PARQUET;
            Options options = Options.DEFAULTS;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--input" -> inputs.add(value(args, ++i, a));
                    case "--output" -> output = value(args, ++i, a);
                    case "--format" -> format = DatelineSpark.Format.parse(value(args, ++i, a));
                    case "--input-format" -> options = options.withFormat(inputFormat(value(args, ++i, a)));
                    case "--no-analysis" -> options = options.withAnalysis(false);
                    case "--overwrite" -> overwrite = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no --input given");
            }
            if (output == null) {
                throw new IllegalArgumentException("no --output given");
            }
            return new Args(List.copyOf(inputs), output, format, options, overwrite);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static InputFormat inputFormat(String s) {
            try {
                return InputFormat.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown input format '" + s + "' (auto, html, text, body, warc)");
            }
        }
    }

    public static void main(String[] argv) {
        if (argv.length == 1 && ("--help".equals(argv[0]) || "-h".equals(argv[0]))) {
            System.out.print(USAGE);
            return;
        }
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("dateline-spark: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dateline").getOrCreate();
        try {
            Counters counters = run(spark, args);
            System.err.println(summary(args, counters));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session; returns the counts for the summary line. */
    static Counters run(SparkSession spark, Args args) {
        Counters counters = Counters.register(spark.sparkContext());
        DatelineSpark.write(spark, args.inputs(), args.options(), counters, args.output(), args.format(),
                args.overwrite());
        return counters;
    }

    static String summary(Args args, Counters counters) {
        return "dateline-spark: " + counters.summary() + " -> " + args.output() + " ("
                + args.format().name().toLowerCase(Locale.ROOT) + ")";
    }
}
