package org.dateline.source;

import org.dateline.Options;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.record.Failure;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams the HTML responses of one WARC file as pages, one record at a time (jwarc consumes the
 * previous body on each step, so memory stays flat). Revisits and non-200 responses are skipped with
 * a reason; a cut or corrupt file ends the stream with one failure after the records before the cut.
 */
final class WarcPages {

    private final String input;
    private final Options options;
    private WarcReader reader;
    private boolean done;

    WarcPages(String input, Path path, Options options) throws IOException {
        this.input = input;
        this.options = options;
        this.reader = new WarcReader(path);
        this.reader.onWarning(w -> { });
    }

    /** The next item, or null at the end. */
    Item next() {
        if (done) {
            return null;
        }
        try {
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    done = true;
                    return null;
                }
                WarcRecord record = next.get();
                String id = input + "#" + record.id();
                if (record instanceof WarcRevisit) {
                    return new Item.Skipped(id, "revisit");
                }
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                MediaType type = response.contentType();
                if (!type.base().equals(MediaType.HTTP) && !"http".equals(type.type() + "")
                        && !type.toString().toLowerCase(Locale.ROOT).startsWith("application/http")) {
                    continue;
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    return new Item.Skipped(id, "HTTP status " + http.status());
                }
                String contentType = http.headers().first("Content-Type").orElse(null);
                if (!isHtml(contentType)) {
                    return new Item.Skipped(id, "not HTML (" + (contentType == null ? "no content type" : contentType) + ")");
                }
                byte[] body;
                try (InputStream in = http.body().stream()) {
                    body = in.readNBytes(options.maxPageBytes() + 1);
                }
                if (body.length > options.maxPageBytes()) {
                    return new Item.FailedItem(new Failure(id, "response body over the page limit of " + options.maxPageBytes() + " bytes"));
                }
                String encoding = http.headers().first("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
                if (encoding.contains("br") || encoding.contains("zstd") || encoding.contains("deflate")) {
                    return new Item.FailedItem(new Failure(id, "unsupported Content-Encoding " + encoding));
                }
                String target = response.target();
                return new Item.PageItem(new Page(id, body, target, contentType, response.date(), InputFormat.HTML));
            }
        } catch (IOException | RuntimeException e) {
            done = true;
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Item.FailedItem(new Failure(input, "WARC cut or corrupt after " + "the records read: "
                    + m.replaceAll("\\s+", " ")));
        }
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true; // sniffed later
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("html") || t.contains("xml") && t.contains("xhtml") || t.startsWith("text/plain");
    }

    void close() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            // nothing left to read
        }
        reader = null;
        done = true;
    }
}
