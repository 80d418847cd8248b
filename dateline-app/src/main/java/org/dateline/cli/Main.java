package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;

/** The {@code dateline} command. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "News pages in, clean attributed article records out. Every command prints --help.",
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                QuotesCommand.class,
                SpeakersCommand.class,
                ExportCommand.class,
                DeleteCommand.class,
                ReanalyzeCommand.class,
                ServeCommand.class,
                WatchCommand.class,
                BenchCommand.class,
                BenchIndexCommand.class,
                BenchDeskCommand.class,
                ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** Picocli's smallest usage width; narrower terminals get this. */
    static final int MIN_WIDTH = 55;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line, with help that wraps each paragraph once, to the terminal: picocli asks the
     * terminal for its width ({@code usageHelpAutoWidth}), else $COLUMNS, else 80 columns.
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("dateline: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        cl.setUsageHelpWidth(columns(System.getenv("COLUMNS")));
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /** $COLUMNS as a usage width: at least {@link #MIN_WIDTH}, 80 when unset or not a number. */
    static int columns(String env) {
        try {
            return env == null ? 80 : Math.max(MIN_WIDTH, Integer.parseInt(env.strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** {@code dateline} alone: the usage on stderr, and exit status 2 (a command is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    /** The version the build wrote into {@code version.properties} (Maven resource filtering). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dateline " + version()};
        }

        static String version() {
            String v = properties().getProperty("version");
            return v == null || v.startsWith("${") ? "(unknown version: built without Maven)" : v;
        }

        /** The version alone for a User-Agent ({@code unknown} when built without Maven). */
        static String shortVersion() {
            String v = properties().getProperty("version");
            return v == null || v.startsWith("${") ? "unknown" : v;
        }

        /** The project's home page, from the build. */
        static String projectUrl() {
            String u = properties().getProperty("url");
            return u == null || u.startsWith("${") ? "https://github.com/dateline/dateline" : u;
        }

        private static Properties properties() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // unknown: said below
            }
            return p;
        }
    }
}
