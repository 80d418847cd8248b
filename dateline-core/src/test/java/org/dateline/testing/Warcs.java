package org.dateline.testing;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/** Writes small WARC files with jwarc for tests (the reading side must accept what jwarc writes). */
public final class Warcs implements AutoCloseable {

    private final FileChannel channel;
    private final WarcWriter writer;
    private final MessageVersion version;

    public Warcs(Path file, boolean gzip, MessageVersion version) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        this.version = version;
    }

    /** A request and its response, as a crawler writes them. */
    public void response(String url, int status, String contentType, String contentEncoding, byte[] body) {
        try {
            byte[] payload = "gzip".equals(contentEncoding) ? gzip(body) : body;
            HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
            if (contentType != null) {
                http.addHeader("Content-Type", contentType);
            }
            if (contentEncoding != null) {
                http.addHeader("Content-Encoding", contentEncoding);
            }
            http.body(null, payload);
            WarcRequest req = new WarcRequest.Builder(URI.create(url)).version(version)
                    .body(org.netpreserve.jwarc.MediaType.HTTP_REQUEST,
                            ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .build();
            writer.write(req);
            writer.write(new WarcResponse.Builder(URI.create(url)).version(version).date(Instant.parse("2024-05-03T10:00:00Z"))
                    .body(http.build()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void revisit(String url) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
            writer.write(new WarcRevisit.Builder(URI.create(url)).version(version)
                    .refersTo(URI.create("urn:uuid:00000000-0000-0000-0000-000000000000"), URI.create(url),
                            Instant.parse("2024-05-01T10:00:00Z"))
                    .body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }
}
