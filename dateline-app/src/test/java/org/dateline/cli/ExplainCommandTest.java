package org.dateline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline explain} on an excerpt of a real page, plain and gzip-compressed, and on bad input. */
class ExplainCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** The krimiblog.de excerpt of the core tests (extraction-dev archiv.krimiblog.de.2895). */
    private Path page() throws IOException {
        Path p = dir.resolve("krimiblog.html.gz");
        try (InputStream in = Files.newInputStream(Path.of("../dateline-core/src/test/resources/dates/krimiblog-comment-box-abbr.html"));
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            in.transferTo(out);
        }
        return p;
    }

    @Test
    void printsTheCandidatesTheirWeightsAndWhyOneWon() throws IOException {
        int status = Main.run("explain", page().toString());
        String out = console.out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out).contains("== " + dir.resolve("krimiblog.html.gz"))
                .contains("anchor:", "candidates:", "days:")
                .contains("postMeta", "commentMeta")
                .contains("published: 2009-08-06")
                .contains("because:   2009-08-06 scores");
    }

    @Test
    void aMissingOrNonHtmlInputIsOneLineOnStderrAndStatusOne() throws IOException {
        Path text = dir.resolve("notes.bin");
        Files.write(text, new byte[]{0, 1, 2, 3, 0, 0, 7, 8});
        int status = Main.run("explain", dir.resolve("missing.html").toString(), text.toString(), page().toString());
        assertThat(status).isEqualTo(1);
        assertThat(console.errLines()).hasSize(2);
        assertThat(console.errLines().get(0)).contains("missing.html").contains("no such file");
        assertThat(console.errLines().get(1)).contains("notes.bin").contains("not an HTML page");
        // the good page is still explained
        assertThat(console.out.toString(StandardCharsets.UTF_8)).contains("published: 2009-08-06");
    }
}
