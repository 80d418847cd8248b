package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Standard output and error of the commands under test, captured for each test and restored
 * after it (standard input too, which tests may replace). Register with
 * {@code @RegisterExtension final ConsoleCapture console = new ConsoleCapture();}.
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    /** The JSON lines printed on standard output so far. */
    List<JsonNode> records() throws IOException {
        List<JsonNode> list = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                list.add(m.readTree(line));
            }
        }
        return list;
    }

    /** The lines printed on standard error so far. */
    List<String> errLines() {
        return Arrays.asList(err.toString(StandardCharsets.UTF_8).strip().split("\n"));
    }
}
