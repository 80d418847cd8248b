package org.dateline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples are true: every {@code $ ./dateline …} line of its code blocks is run, in
 * order, in a fresh folder holding a copy of {@code samples/} and {@code examples/} (what a fresh
 * clone has), and what it prints is compared with the lines the README shows under it. A "…" in the
 * README stands for text left out; a JSON record wrapped over several lines is compared unwrapped.
 * Lines that run other programs ({@code duckdb}, {@code curl}, {@code spark-submit}) and
 * {@code serve}, which does not return, are not run (the API tests cover the server), nor is the block of
 * {@code watch} examples, which reads a site another program serves (WatchCommandTest covers that flow).
 */
class ReadmeExamplesTest {

    /** One example: the command line and the output the README shows for it. */
    record Example(int line, int block, String command, List<String> expected) {
    }

    @Test
    void everyExampleInTheReadmePrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        Path repo = repoRoot();
        List<Example> examples = examples(Files.readAllLines(repo.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(examples).as("examples in README.md").hasSizeGreaterThan(8);
        copy(repo.resolve("samples"), dir.resolve("samples"));
        copy(repo.resolve("examples"), dir.resolve("examples"));
        int run = 0;
        int skippedBlock = -1;
        for (Example e : examples) {
            // The watch example reads a site served on the loopback interface by another program:
            // that block is left out (WatchCommandTest runs the same flow against its own site).
            if (e.command().startsWith("./dateline watch")) {
                skippedBlock = e.block();
            }
            if (!runnable(e.command()) || e.block() == skippedBlock) {
                continue;
            }
            String out = run(dir, e.command());
            run++;
            assertThat(pattern(e.expected()).matcher(out).matches())
                    .as("README.md line %d: %s printed%n%s%nwhere the README shows%n%s", e.line(), e.command(),
                            out.length() > 1500 ? out.substring(0, 1500) + "…" : out, String.join("\n", e.expected()))
                    .isTrue();
        }
        assertThat(run).as("examples run").isGreaterThan(8);
    }

    private static boolean runnable(String command) {
        return command.startsWith("./dateline ") && !command.startsWith("./dateline serve");
    }


    /** The {@code $ } lines of the README's fenced blocks, with the lines under each up to the next one. */
    static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        boolean fenced = false;
        int block = 0;
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) {
                fenced = !fenced;
                block++;
                current = null;
                continue;
            }
            if (!fenced) {
                continue;
            }
            if (l.startsWith("$ ")) {
                String command = l.substring(2).replaceFirst("\\s+#.*$", "").strip();
                current = new Example(i + 1, block, command, new ArrayList<>());
                out.add(current);
            } else if (current != null) {
                current.expected().add(l);
            }
        }
        return out;
    }

    /**
     * The README's lines as a pattern of the whole output: "…" matches anything, a record wrapped
     * over lines (continuation lines start with a space) is joined back, the rest is literal.
     */
    static Pattern pattern(List<String> expected) {
        List<String> joined = new ArrayList<>();
        for (String l : expected) {
            if (l.startsWith(" ") && !joined.isEmpty() && joined.get(joined.size() - 1).startsWith("{")) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + l.substring(1));
            } else {
                joined.add(l);
            }
        }
        StringBuilder re = new StringBuilder("(?s)");
        for (String l : joined) {
            String[] parts = l.split("…", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    re.append(".*?");
                }
                re.append(Pattern.quote(parts[i]));
            }
            re.append("\\n");
        }
        return Pattern.compile(re.toString());
    }

    /** Runs a command line of the README (a pipe of two, an input redirection) in {@code dir}; stdout then stderr. */
    private static String run(Path dir, String command) throws IOException, InterruptedException {
        List<List<String>> stages = new ArrayList<>();
        String input = null;
        for (String stage : command.split(" \\| ")) {
            Matcher m = Pattern.compile("^(.*?)\\s+<\\s+(\\S+)$").matcher(stage);
            if (m.matches()) {
                stage = m.group(1);
                input = m.group(2);
            }
            stages.add(words(stage));
        }
        byte[] in = input == null ? new byte[0] : Files.readAllBytes(dir.resolve(input));
        StringBuilder err = new StringBuilder();
        byte[] out = in;
        for (List<String> stage : stages) {
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()));
            cmd.addAll(stage.subList(1, stage.size()));
            Path stdout = Files.createTempFile(dir, "out", ".txt");
            Path stderr = Files.createTempFile(dir, "err", ".txt");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            p.getOutputStream().write(out);
            p.getOutputStream().close();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finishes", command).isTrue();
            out = Files.readAllBytes(stdout);
            err.append(Files.readString(stderr, StandardCharsets.UTF_8));
            Files.delete(stdout);
            Files.delete(stderr);
        }
        return new String(out, StandardCharsets.UTF_8) + err;
    }

    /** Words of a shell command line: single and double quotes group, as a shell does for these examples. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (w.length() > 0 || any) {
                    out.add(w.toString());
                    w.setLength(0);
                    any = false;
                }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0 || any) {
            out.add(w.toString());
        }
        return out;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("README.md"))) {
            p = p.getParent();
        }
        assertThat(p).as("the repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return p;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    @Test
    void theReadersOfTheReadmeSplitAsAShellWould() {
        assertThat(words("./dateline search --format jsonl --limit 1 'title:\"child jihadists\"'"))
                .containsExactly("./dateline", "search", "--format", "jsonl", "--limit", "1", "title:\"child jihadists\"");
        assertThat(pattern(List.of("{\"a\":1,", " \"b\":\"x…\"}", "done")).matcher("{\"a\":1,\"b\":\"xyz\"}\ndone\n").matches())
                .isTrue();
        assertThat(pattern(List.of("1 new")).matcher("2 new\n").matches()).isFalse();
        assertThat(examples(List.of("text", "```", "$ ./dateline a # note", "out", "```", "$ not code")))
                .containsExactly(new Example(3, 1, "./dateline a", List.of("out")));
    }
}
