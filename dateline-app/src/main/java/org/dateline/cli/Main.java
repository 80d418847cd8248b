package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "News pages in, clean attributed article records out.",
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                QuotesCommand.class,
                SpeakersCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                BenchIndexCommand.class,
                BenchDeskCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("dateline: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dateline " + (v == null ? "dev" : v)};
        }
    }
}
