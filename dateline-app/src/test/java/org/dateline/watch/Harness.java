package org.dateline.watch;

import org.dateline.record.Record;
import org.dateline.store.NewsIndex;
import org.dateline.store.Requests;
import org.dateline.store.StoredArticle;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An index, a watch state and an archive in a folder, and a watcher over them, as {@code dateline watch} opens them. */
final class Harness implements AutoCloseable {

    final Path folder;
    final Path indexFolder;
    final Path archiveFolder;
    final WatchSettings settings;
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    NewsIndex index;
    WatchState state;
    WarcArchive archive;
    Watcher watcher;

    Harness(Path folder, WatchSettings settings) {
        this.folder = folder;
        this.indexFolder = folder.resolve("index");
        this.archiveFolder = folder.resolve("archive");
        this.settings = settings;
        open();
    }

    /** Test settings: a short delay and short waits, one extraction thread per core. */
    static WatchSettings settings(long delayMillis) {
        return WatchSettings.defaults("dateline/test (+https://example.org/dateline)")
                .withDelay(java.time.Duration.ofMillis(delayMillis))
                .withRetries(2, java.time.Duration.ofSeconds(3))
                .withReadTimeout(java.time.Duration.ofSeconds(5));
    }

    void open() {
        index = NewsIndex.open(indexFolder, NewsIndex.Mode.WRITE);
        state = WatchState.open(WatchState.folderFor(indexFolder));
        archive = new WarcArchive(archiveFolder, settings.warcFileBytes(), settings.userAgent());
        watcher = new Watcher(index, state, archive, settings, err);
    }

    /** Closes everything, as the command does at its end. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
            archive.close();
            state.close();
            index.close();
            watcher = null;
        }
    }

    /** Closes and opens again: a restart. */
    void restart() {
        close();
        open();
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    List<Record> records() {
        index.commit();
        index.refresh();
        List<Record> out = new ArrayList<>();
        index.export(null, Requests.Filters.NONE, (StoredArticle a) -> out.add(a.record()));
        return out;
    }

    /**
     * A WARC record as read back with jwarc: its type, id, target, WARC-Concurrent-To, truncation,
     * and for HTTP records the status (responses), the User-Agent (requests) and the HTTP body.
     */
    record Warc(String type, String id, String target, List<String> concurrentTo, String truncated, int status,
                String userAgent, String ifNoneMatch, byte[] body) {
    }

    /** Every record of every WARC file of the archive. */
    List<Warc> warcRecords() {
        List<Warc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(archiveFolder)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                try (WarcReader r = new WarcReader(f)) {
                    for (WarcRecord rec : r) {
                        String truncated = rec.headers().first("WARC-Truncated").orElse(null);
                        if (rec instanceof WarcResponse resp) {
                            org.netpreserve.jwarc.HttpResponse http = resp.http();
                            out.add(new Warc("response", rec.id().toString(), resp.target(),
                                    resp.concurrentTo().stream().map(Object::toString).toList(), truncated, http.status(),
                                    null, null, http.body().stream().readAllBytes()));
                        } else if (rec instanceof WarcRequest req) {
                            org.netpreserve.jwarc.HttpRequest http = req.http();
                            out.add(new Warc("request", rec.id().toString(), req.target(),
                                    req.concurrentTo().stream().map(Object::toString).toList(), truncated, 0,
                                    http.headers().first("User-Agent").orElse(null),
                                    http.headers().first("If-None-Match").orElse(null), new byte[0]));
                        } else {
                            out.add(new Warc(rec.type(), rec.id().toString(), null, List.of(), truncated, 0, null, null,
                                    new byte[0]));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A loopback port nothing listens on. */
    static int deadPort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real article pages of dateline-core's tests (its test jar). */
    static byte[] page(String name) {
        return LoopbackSite.resource("/htmltests/" + name);
    }
}
