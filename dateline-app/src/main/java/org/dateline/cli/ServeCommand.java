package org.dateline.cli;

import org.dateline.server.ApiServer;
import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dateline serve}: the desk (web pages) and the JSON HTTP API. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the index as web pages (the desk, at /: search, articles, speakers, entities, timeline, "
                + "stories) and as a JSON HTTP API (docs/api.md): GET /api/search, /api/articles/{id}, /api/quotes, "
                + "/api/speakers, /api/timeline, /api/health; POST /api/ingest.",
                "Writes are off unless the environment variable DATELINE_TOKEN is set; then POST needs the header "
                        + "Authorization: Bearer <token>, and the server holds the index's write lock. Without it the "
                        + "index is opened read-only, and ingests run beside it (dateline ingest) show up within a "
                        + "second. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--max-body-mb", defaultValue = "16", paramLabel = "MB", description = "Largest POST body (default ${DEFAULT-VALUE} MB).")
    int maxBodyMb;

    @Option(names = "--threads", defaultValue = "8", paramLabel = "N", description = "Requests served at once (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = {"Also answer requests whose Host header names NAME (repeatable). Bound to loopback, the server",
                    "answers only localhost, 127.0.0.1 and [::1] otherwise (403), against DNS rebinding."})
    List<String> allowHosts = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        String token = System.getenv("DATELINE_TOKEN");
        boolean writes = token != null && !token.isBlank();
        NewsIndex idx;
        try {
            idx = NewsIndex.open(index.folder, writes ? NewsIndex.Mode.WRITE : NewsIndex.Mode.READ);
        } catch (IndexException e) {
            System.err.println("dateline serve: " + e.getMessage());
            return 2;
        }
        ApiServer server;
        try {
            server = new ApiServer(idx, new ApiServer.Config(host, port, token, maxBodyMb * 1024L * 1024L, threads, allowHosts),
                    System.err);
        } catch (IllegalArgumentException e) {
            idx.close();
            System.err.println("dateline serve: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            idx.close();
            System.err.println("dateline serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            idx.close();
            stopped.countDown();
        }, "dateline-serve-stop"));
        server.start();
        System.err.println("dateline serve: http://" + host + ":" + server.port() + "/ (the desk), http://" + host + ":"
                + server.port() + "/api/health (index " + index.folder
                + ", " + idx.articleCount() + " articles, writes " + (writes ? "on" : "off: set DATELINE_TOKEN to enable") + ")");
        stopped.await();
        return 0;
    }
}
