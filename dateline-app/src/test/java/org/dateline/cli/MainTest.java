package org.dateline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code dateline} command itself: version, usage, help texts. */
class MainTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String stdout() {
        return console.out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return console.err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionIsTheOneTheBuildSays() throws Exception {
        // The module's POM names its parent's version, which is the project's.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(Main.run("--version")).isZero();
        assertThat(stdout().strip()).isEqualTo("dateline " + m.group(1));
    }

    @Test
    void noCommandPrintsUsageOnStderrAndExitsTwo() {
        assertThat(Main.run()).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("Usage: dateline").contains("Commands:").contains("extract").contains("export");
    }

    @Test
    void columnsComeFromTheEnvironmentWithinPicocliBounds() {
        assertThat(Main.columns(null)).isEqualTo(80);
        assertThat(Main.columns("132")).isEqualTo(132);
        assertThat(Main.columns("20")).isEqualTo(Main.MIN_WIDTH);
        assertThat(Main.columns("wide")).isEqualTo(80);
    }

    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(Main.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            all.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        return all;
    }

    /**
     * Wrapped once: every paragraph of a command's description is one element, so that picocli
     * wraps it to the terminal and no line ends where the source code broke it. At 250 columns
     * each paragraph is then one line; at 60 no line is longer than 60.
     */
    @Test
    void helpParagraphsAreWrappedOnceToTheWidth() {
        for (CommandLine c : allCommands()) {
            String name = c.getCommandSpec().qualifiedName();
            String[] paragraphs = c.getCommandSpec().usageMessage().description();
            for (String p : paragraphs) {
                p = p.replace("%n", "");
                if (!p.startsWith("Example: ")) {
                    assertThat(p).as("a paragraph of %s's description", name).matches("(?s).*[.:;)!?]$");
                }
            }
            c.setUsageHelpWidth(250);
            String wide = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String p : paragraphs) {
                String shown = String.format(p).strip();
                if (shown.length() < 240) {
                    assertThat(wide.lines().map(String::strip)).as(name).contains(shown.strip());
                }
            }
            c.setUsageHelpWidth(60);
            String narrow = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(narrow.lines()).as(name).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        }
        assertThat(allCommands()).hasSizeGreaterThan(8);
    }
}
