package org.dateline.server;

import org.dateline.store.NewsIndex;
import org.dateline.store.RealPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slowloris: clients that open a connection, send part of a request and stop. Fifty of them (half a
 * request line, headers without their end, headers and half a body) must not delay anyone else's
 * search by more than a second. Loopback only; every wait is bounded.
 */
class SlowClientsTest {

    private static final String TOKEN = "slow-token";

    @TempDir
    Path dir;
    private NewsIndex index;
    private ApiServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
    }

    private Socket open() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
        s.setSoTimeout(5000);
        sockets.add(s);
        return s;
    }

    /** One whole search over a fresh connection; returns the status line. */
    private String search() throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /api/search?q=isis&limit=3 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    @Test
    void fiftyHalfSentRequestsDoNotDelayASearch() throws Exception {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        RealPages.fill(index);
        // As many workers as dateline serve has by default.
        server = new ApiServer(index, new ApiServer.Config("127.0.0.1", 0, TOKEN, ApiServer.Config.DEFAULT_MAX_BODY, 8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        server.start();
        assertThat(search()).isEqualTo("HTTP/1.1 200 OK");
        long t0 = System.nanoTime();
        assertThat(search()).isEqualTo("HTTP/1.1 200 OK");
        long idleMillis = (System.nanoTime() - t0) / 1_000_000;

        String[] partial = {
                "GET /api/sea",                                                            // half a request line
                "GET /api/search?q=isis HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slo",  // headers, not their end
                "POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                        + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 100000\r\n\r\n{\"article\":", // half a body
        };
        for (int i = 0; i < 50; i++) {
            OutputStream out = open().getOutputStream();
            out.write(partial[i % partial.length].getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        Thread.sleep(300); // the server has seen them all
        long t1 = System.nanoTime();
        String status = search();
        long underAttackMillis = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf("search: %d ms idle, %d ms beside 50 half-sent connections%n", idleMillis, underAttackMillis);
        assertThat(status).isEqualTo("HTTP/1.1 200 OK");
        assertThat(underAttackMillis).isLessThan(1000);
        // Ten searches in a row, still beside them.
        long t2 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(search()).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat((System.nanoTime() - t2) / 1_000_000).isLessThan(2000);
    }
}
