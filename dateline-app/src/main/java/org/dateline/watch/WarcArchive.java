package org.dateline.watch;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The WARC archive of a watch: every exchange as a {@code response} record and its {@code request}
 * record, each naming the other in {@code WARC-Concurrent-To} (jwarc, gzip per record). A file is
 * written as {@code NAME.warc.gz.open} and renamed to {@code NAME.warc.gz} when it reaches its size
 * or the watch ends; a file left open by a killed process is cut after its last whole record and
 * closed when the archive opens again. Thread-safe.
 */
public final class WarcArchive implements Closeable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(201, "Created"), Map.entry(204, "No Content"), Map.entry(206, "Partial Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final Path folder;
    private final long maxFileBytes;
    private final String software;
    private FileChannel channel;
    private org.netpreserve.jwarc.WarcWriter writer;
    private Path current;
    private int sequence;
    private long records;

    /**
     * Opens the archive folder (created if missing), closing files a killed watch left open.
     *
     * @throws UncheckedIOException naming the folder when it cannot be made or written
     */
    public WarcArchive(Path folder, long maxFileBytes, String software) {
        this.folder = folder;
        this.maxFileBytes = maxFileBytes;
        this.software = software;
        try {
            Files.createDirectories(folder);
            try (Stream<Path> open = Files.list(folder)) {
                for (Path p : (Iterable<Path>) open.filter(f -> f.getFileName().toString().endsWith(".warc.gz.open"))::iterator) {
                    recover(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("archive " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Cuts a file after its last whole record and gives it its final name. */
    static void recover(Path open) throws IOException {
        long good = 0;
        long size = Files.size(open);
        try (WarcReader reader = new WarcReader(open)) {
            while (true) {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    good = size;
                    break;
                }
                good = reader.position();
                r.get().body().consume();
            }
        } catch (IOException | RuntimeException e) {
            // cut at the start of the record that could not be read whole
        }
        if (good < size) {
            try (FileChannel ch = FileChannel.open(open, StandardOpenOption.WRITE)) {
                ch.truncate(good);
            }
        }
        String name = open.getFileName().toString();
        Files.move(open, open.resolveSibling(name.substring(0, name.length() - ".open".length())),
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes one exchange: its response, then its request. */
    public synchronized void write(Exchange ex) {
        try {
            if (writer == null) {
                start();
            }
            URI responseId = URI.create("urn:uuid:" + UUID.randomUUID());
            URI requestId = URI.create("urn:uuid:" + UUID.randomUUID());
            WarcResponse.Builder response = new WarcResponse.Builder(ex.uri())
                    .recordId(responseId)
                    .date(ex.date())
                    .concurrentTo(requestId)
                    .body(MediaType.HTTP_RESPONSE, responseBytes(ex));
            if (ex.truncated()) {
                response.truncated(WarcTruncationReason.LENGTH);
            }
            writer.write(response.build());
            writer.write(new WarcRequest.Builder(ex.uri())
                    .recordId(requestId)
                    .date(ex.date())
                    .concurrentTo(responseId)
                    .body(MediaType.HTTP_REQUEST, requestBytes(ex))
                    .build());
            records += 2;
            if (channel.position() >= maxFileBytes) {
                finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("archive " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Records written since the archive opened. */
    public synchronized long records() {
        return records;
    }

    private void start() throws IOException {
        String base;
        do {
            base = "dateline-" + STAMP.format(java.time.Instant.now()) + "-" + String.format(Locale.ROOT, "%05d", sequence++);
        } while (Files.exists(folder.resolve(base + ".warc.gz")) || Files.exists(folder.resolve(base + ".warc.gz.open")));
        current = folder.resolve(base + ".warc.gz.open");
        channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new org.netpreserve.jwarc.WarcWriter(channel, WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder()
                .filename(base + ".warc.gz")
                .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1"),
                        "conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/")))
                .build());
    }

    private void finish() throws IOException {
        if (writer == null) {
            return;
        }
        writer.close();
        channel = null;
        writer = null;
        String name = current.getFileName().toString();
        Files.move(current, current.resolveSibling(name.substring(0, name.length() - ".open".length())),
                StandardCopyOption.ATOMIC_MOVE);
        current = null;
    }

    /**
     * The response as an HTTP/1.1 message: status line, headers as received (less Transfer-Encoding,
     * since the body kept is de-chunked; a Content-Length added when none came), the body as served.
     */
    static byte[] responseBytes(Exchange ex) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(ex.status()).append(' ')
                .append(REASONS.getOrDefault(ex.status(), "")).append("\r\n");
        boolean length = false;
        for (Map.Entry<String, List<String>> h : ex.responseHeaders().entrySet()) {
            String name = h.getKey();
            if (name.equals(":status") || name.equals("transfer-encoding")) {
                continue;
            }
            length |= name.equals("content-length");
            for (String v : h.getValue()) {
                head.append(name).append(": ").append(clean(v)).append("\r\n");
            }
        }
        if (!length) {
            head.append("content-length: ").append(ex.body().length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + ex.body().length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(ex.body());
        return out.toByteArray();
    }

    static byte[] requestBytes(Exchange ex) {
        String target = ex.uri().getRawPath() == null || ex.uri().getRawPath().isEmpty() ? "/" : ex.uri().getRawPath();
        if (ex.uri().getRawQuery() != null) {
            target += "?" + ex.uri().getRawQuery();
        }
        StringBuilder sb = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> h : ex.requestHeaders()) {
            sb.append(h.getKey()).append(": ").append(clean(h.getValue())).append("\r\n");
        }
        sb.append("\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String clean(String v) {
        return v.replace('\r', ' ').replace('\n', ' ');
    }

    @Override
    public synchronized void close() {
        try {
            finish();
        } catch (IOException e) {
            throw new UncheckedIOException("archive " + folder + ": " + e.getMessage(), e);
        }
    }
}
