package org.dateline.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.server.ApiServer;
import org.dateline.store.NewsIndex;
import org.dateline.store.RealPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API's routing and parameter parsing, over loopback requests to a running server on an
 * index of real pages (with writes on, so {@code POST /api/ingest} parses its body too). Any
 * request is answered in time, never with a 5xx; whatever the handler answers is JSON.
 *
 * <p>An input is the request as text: the first line is {@code METHOD target} (only the target:
 * {@code GET} is taken), the lines after it headers, and what follows a blank line the body. The
 * test adds {@code HTTP/1.1}, a loopback {@code Host} unless one is given, the body's
 * {@code Content-Length} and {@code Connection: close}; line ends are sent as CRLF.
 */
class ApiFuzzTest {

    static final String TOKEN = "fuzz-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static NewsIndex index;
    static ApiServer server;
    static final ByteArrayOutputStream log = new ByteArrayOutputStream();
    @BeforeAll
    static void start() throws IOException {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        RealPages.fill(index);
        server = new ApiServer(index, new ApiServer.Config("127.0.0.1", 0, TOKEN, 256 * 1024, 2),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        index.close();
    }

    @FuzzTest
    @Timeout(60)
    void request(byte[] data) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8).replace("\r", "");
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? text : text.substring(0, blank);
        byte[] body = blank < 0 ? new byte[0] : text.substring(blank + 2).getBytes(StandardCharsets.UTF_8);
        String[] lines = head.split("\n", -1);
        String first = lines[0];
        int sp = first.indexOf(' ');
        String method = sp > 0 ? first.substring(0, sp) : "GET";
        String target = sp > 0 ? first.substring(sp + 1) : first;
        StringBuilder req = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        boolean length = false;
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].toLowerCase(Locale.ROOT);
            host |= name.startsWith("host:");
            length |= name.startsWith("content-length:") || name.startsWith("transfer-encoding:");
            req.append(lines[i]).append("\r\n");
        }
        if (!host) {
            req.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
        }
        if (!length && body.length > 0) {
            req.append("Content-Length: ").append(body.length).append("\r\n");
        }
        req.append("Connection: close\r\n\r\n");

        String response = send(req.toString().getBytes(StandardCharsets.UTF_8), body);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("server log after %s", clip(first)).isEmpty();
        if (!response.startsWith("HTTP/1.1 ")) {
            return; // the JDK server dropped a request it could not parse: no handler ran
        }
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as("status of %s: %s", clip(first), clip(response)).isLessThan(500);
        int end = response.indexOf("\r\n\r\n");
        String headers = response.substring(0, end < 0 ? response.length() : end).toLowerCase(Locale.ROOT);
        if (end > 0 && headers.contains("x-content-type-options: nosniff") && !method.equals("HEAD")) {
            JSON.readTree(response.substring(end + 4)); // the handler's answer parses as JSON
        }
    }

    @SuppressWarnings("try") // the resource is the policy, in force while the block runs
    private static String send(byte[] head, byte[] body) throws IOException {
        try (Socket s = new Socket()) {
            // Jazzer takes every connection the fuzzed code opens for a server-side request forgery:
            // this one, the test's own, is allowed (per call, as Jazzer resets its policy between runs).
            try (SilentCloseable loopback = BugDetectors.allowNetworkConnections((host, port) -> port == server.port())) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
            }
            s.setSoTimeout(30_000);
            try {
                s.getOutputStream().write(head);
                s.getOutputStream().write(body);
                s.shutdownOutput();
            } catch (IOException e) {
                // the server answered and closed before taking the whole body (a 413, a refused request)
            }
            try {
                return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within 30 s", e);
            } catch (IOException e) {
                return ""; // reset by the server: it refused to parse the request
            }
        }
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
