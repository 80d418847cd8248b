package org.dateline.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a watch remembers between rounds, in an append-only log of JSON lines beside the index
 * ({@code INDEX.watch/state.jsonl}): each source's validators, every article URL seen (queued,
 * or done with its validators and when), and the failures so far.
 *
 * <p>Survives {@code kill -9}: a line is written whole or, cut short, skipped on reading; the log
 * is compacted on opening into a temporary file renamed over it. The order the watcher writes in
 * makes a crash lose nothing: an article is queued before its source's validators are saved, and
 * marked done only after the index committed it, so a killed round is completed by the next one
 * (which re-fetches what was not marked done; the index's stable ids keep it from counting twice).
 *
 * <p>Thread-safe.
 */
public final class WatchState implements Closeable {

    /** An article to fetch, with what its listing said. */
    public record Pending(String key, String url, String title, String published, String language, Validators validators) {
    }

    /**
     * An article dealt with.
     *
     * @param how {@code ingested}, {@code indexed} (in the index before the watch saw it), {@code gone}
     *            (4xx), {@code robots} (disallowed), {@code failed} (given up)
     */
    public record Done(String url, Validators validators, Instant at, String how) {
    }

    static final String FILE = "state.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Path file;
    private final Map<String, Validators> sources = new HashMap<>();
    /** The sources a source pointed to (a home page's feeds, a sitemap index's sitemaps): followed after a 304. */
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, Done> done = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private FileChannel channel;
    private Writer out;
    private long lines;
    private long skippedLines;

    private WatchState(Path folder) {
        this.folder = folder;
        this.file = folder.resolve(FILE);
    }

    /** The state folder of an index folder: {@code INDEX.watch} beside it. */
    public static Path folderFor(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        return abs.resolveSibling((name == null ? "dateline-index" : name.toString()) + ".watch");
    }

    /**
     * Opens (creates) the state in {@code folder}, reading and compacting its log.
     *
     * @throws UncheckedIOException naming the file when it cannot be read or written
     */
    public static WatchState open(Path folder) {
        WatchState s = new WatchState(folder);
        try {
            Files.createDirectories(folder);
            if (Files.exists(s.file)) {
                s.load();
            }
            s.compact();
        } catch (IOException e) {
            throw new UncheckedIOException("watch state " + s.file + ": " + e.getMessage(), e);
        }
        return s;
    }

    private void load() throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    skippedLines++; // a line cut short by a crash
                    continue;
                }
                if (n == null || !n.isObject()) {
                    skippedLines++;
                    continue;
                }
                apply(n);
            }
        }
    }

    private void apply(JsonNode n) {
        String k = text(n, "k");
        if (k == null) {
            skippedLines++;
            return;
        }
        switch (k) {
            case "source" -> {
                sources.put(text(n, "url"), new Validators(text(n, "etag"), text(n, "lm")));
                List<String> c = new ArrayList<>();
                JsonNode arr = n.get("children");
                if (arr != null && arr.isArray()) {
                    arr.forEach(x -> c.add(x.asText()));
                }
                children.put(text(n, "url"), List.copyOf(c));
            }
            case "todo" -> {
                String key = text(n, "key");
                pending.put(key, new Pending(key, text(n, "url"), text(n, "title"), text(n, "published"),
                        text(n, "language"), new Validators(text(n, "etag"), text(n, "lm"))));
                done.remove(key);
            }
            case "done" -> {
                String key = text(n, "key");
                pending.remove(key);
                attempts.remove(key);
                Instant at;
                try {
                    at = Instant.parse(text(n, "at"));
                } catch (RuntimeException e) {
                    at = Instant.EPOCH;
                }
                done.put(key, new Done(text(n, "url"), new Validators(text(n, "etag"), text(n, "lm")), at, text(n, "how")));
            }
            case "fail" -> attempts.merge(text(n, "key"), 1, Integer::sum);
            default -> skippedLines++;
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Rewrites the log with what is live (temporary file, fsync, atomic rename), then appends to it. */
    private void compact() throws IOException {
        Path tmp = folder.resolve(FILE + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
             Writer w = Channels.newWriter(ch, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Validators> e : sources.entrySet()) {
                w.write(sourceLine(e.getKey(), e.getValue(), children.getOrDefault(e.getKey(), List.of())));
            }
            for (Map.Entry<String, Done> e : done.entrySet()) {
                w.write(doneLine(e.getKey(), e.getValue()));
            }
            for (Pending p : pending.values()) {
                w.write(todoLine(p));
            }
            for (Map.Entry<String, Integer> e : attempts.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    w.write(line(obj("fail").put("key", e.getKey())));
                }
            }
            w.flush();
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        out = Channels.newWriter(channel, StandardCharsets.UTF_8);
        lines = sources.size() + done.size() + pending.size();
    }

    /** Compacts the log when most of its lines are history (a long-running watch, between rounds). */
    public synchronized void maybeCompact() {
        long live = sources.size() + done.size() + pending.size();
        if (lines > 2 * live + 10_000) {
            try {
                out.close();
                compact();
            } catch (IOException e) {
                throw new UncheckedIOException("watch state " + file + ": " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------------------ reading

    public synchronized Validators source(String url) {
        return sources.getOrDefault(url, Validators.NONE);
    }

    /** The sources that a source pointed to when it was last read. */
    public synchronized List<String> children(String url) {
        return children.getOrDefault(url, List.of());
    }

    public synchronized Done done(String key) {
        return done.get(key);
    }

    public synchronized boolean isPending(String key) {
        return pending.containsKey(key);
    }

    /** The articles waiting to be fetched, oldest first. */
    public synchronized List<Pending> pending() {
        return new ArrayList<>(pending.values());
    }

    public synchronized int attempts(String key) {
        return attempts.getOrDefault(key, 0);
    }

    public synchronized int doneCount() {
        return done.size();
    }

    /** Lines of the log that could not be read (cut short by a crash), since opening. */
    public synchronized long skippedLines() {
        return skippedLines;
    }

    // ------------------------------------------------------------------------------ writing

    public synchronized void queue(Pending p) {
        append(todoLine(p));
        pending.put(p.key(), p);
        done.remove(p.key());
    }

    public synchronized void saveSource(String url, Validators v, List<String> pointsTo) {
        List<String> c = List.copyOf(pointsTo);
        if (v.equals(sources.get(url)) && c.equals(children.get(url))) {
            return;
        }
        append(sourceLine(url, v, c));
        sources.put(url, v);
        children.put(url, c);
    }

    public synchronized void markDone(String key, Done d) {
        append(doneLine(key, d));
        pending.remove(key);
        attempts.remove(key);
        done.put(key, d);
    }

    /** Counts a failed attempt; returns how many there have been. */
    public synchronized int failed(String key) {
        append(line(obj("fail").put("key", key)));
        return attempts.merge(key, 1, Integer::sum);
    }

    /** Makes what was appended durable (fsync). */
    public synchronized void sync() {
        try {
            out.flush();
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("watch state " + file + ": " + e.getMessage(), e);
        }
    }

    private void append(String line) {
        try {
            out.write(line);
            out.flush();
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException("watch state " + file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode obj(String k) {
        return JSON.createObjectNode().put("k", k);
    }

    private static String line(ObjectNode n) {
        return n.toString() + "\n";
    }

    private static String sourceLine(String url, Validators v, List<String> pointsTo) {
        ObjectNode n = obj("source").put("url", url).put("etag", v.etag()).put("lm", v.lastModified());
        if (!pointsTo.isEmpty()) {
            pointsTo.forEach(n.putArray("children")::add);
        }
        return line(n);
    }

    private static String todoLine(Pending p) {
        Validators v = p.validators() == null ? Validators.NONE : p.validators();
        return line(obj("todo").put("key", p.key()).put("url", p.url()).put("title", p.title())
                .put("published", p.published()).put("language", p.language()).put("etag", v.etag())
                .put("lm", v.lastModified()));
    }

    private static String doneLine(String key, Done d) {
        Validators v = d.validators() == null ? Validators.NONE : d.validators();
        return line(obj("done").put("key", key).put("url", d.url()).put("etag", v.etag()).put("lm", v.lastModified())
                .put("at", d.at().toString()).put("how", d.how()));
    }

    @Override
    public synchronized void close() {
        try {
            out.flush();
            channel.force(false);
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("watch state " + file + ": " + e.getMessage(), e);
        }
    }
}
