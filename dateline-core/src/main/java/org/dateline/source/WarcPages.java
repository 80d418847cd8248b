package org.dateline.source;

import org.dateline.Options;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.page.Sniffer;
import org.dateline.record.Failure;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams the HTML pages of one WARC file (1.0 or 1.1, plain or gzip per record), one record at a
 * time: jwarc consumes the previous body on each step, so memory stays flat whatever the file size.
 *
 * <ul>
 *   <li>{@code response} records with an HTTP 200 HTML payload become pages: input
 *       {@code path#<WARC-Record-ID>}, url the WARC-Target-URI, the HTTP Content-Type as transport
 *       header (its charset wins over the page's own), the body decoded from its Content-Encoding
 *       (gzip, deflate; br when a Brotli decoder is on the classpath).</li>
 *   <li>{@code resource} records with an HTML content type (browser-based crawlers) become pages too.</li>
 *   <li>revisits, non-200 responses and non-HTML responses are skipped with a reason (counted in
 *       the summary); warcinfo, request, metadata and other records are passed over silently.</li>
 *   <li>a record whose payload cannot be read gives one failure naming the record; a file cut or
 *       corrupt between records gives one failure naming the file and the byte offset, after the
 *       records before the cut.</li>
 * </ul>
 */
final class WarcPages {

    private final String input;
    private final Options options;
    private WarcReader reader;
    private boolean done;
    /** A record's payload failed to read: the cut is reported already, a following read error is the same cut. */
    private boolean cutReported;
    private long records;

    WarcPages(String input, Path path, Options options) throws IOException {
        this(input, new WarcReader(path), options);
    }

    /** A WARC read from a stream (standard input); closing this closes the stream. */
    WarcPages(String input, InputStream in, Options options) throws IOException {
        this(input, new WarcReader(in), options);
    }

    private WarcPages(String input, WarcReader reader, Options options) {
        this.input = input;
        this.options = options;
        this.reader = reader;
        // Real crawls carry small header defects (spaces in URIs, bad dates); read them as jwarc's lenient mode does.
        this.reader.setLenient(true);
        this.reader.onWarning(w -> { });
    }

    /** Where in the file (its compressed bytes for a .warc.gz) the last record read began: for progress estimates. */
    long position() {
        return reader == null ? 0 : reader.position();
    }

    /** The next item, or null at the end. */
    Item next() {
        while (!done) {
            WarcRecord record;
            long offset = reader.position();
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    done = true;
                    return null;
                }
                record = next.get();
                records++;
            } catch (IOException | RuntimeException e) {
                done = true;
                if (cutReported) {
                    return null;
                }
                // jwarc's position is where the last record it read began: the damage lies after it
                String where = records == 0 ? "at its start" : "after " + records + " records (the last read began at byte "
                        + offset + ")";
                return new Item.FailedItem(new Failure(input, "WARC cut or corrupt " + where + ": " + oneLine(e)));
            }
            Item item = toItem(record);
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    /** The item for one record, or null for records that are not pages (warcinfo, request, metadata...). */
    private Item toItem(WarcRecord record) {
        String id = input + "#" + recordId(record);
        try {
            if (record instanceof WarcRevisit) {
                return new Item.Skipped(id, "revisit");
            }
            if (record instanceof WarcResource resource) {
                String type = resource.contentType().toString();
                if (!isHtml(type)) {
                    return null;
                }
                byte[] body = readBounded(resource.body().stream());
                if (body == null) {
                    return tooLarge(id);
                }
                return new Item.PageItem(new Page(id, body, resource.target(), type, resource.date(), InputFormat.HTML));
            }
            if (!(record instanceof WarcResponse response)) {
                return null;
            }
            MediaType type = response.contentType();
            if (!type.base().equals(MediaType.HTTP)) {
                return null; // DNS answers, screenshots and other non-HTTP responses
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return new Item.Skipped(id, "HTTP status " + http.status());
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            if (contentType != null && !isHtml(contentType)) {
                return new Item.Skipped(id, "not HTML (" + contentType + ")");
            }
            byte[] body = readBounded(http.bodyDecoded().stream());
            if (body == null) {
                return tooLarge(id);
            }
            InputFormat format = InputFormat.HTML;
            if (contentType == null) {
                Sniffer.Kind kind = Sniffer.sniff(body);
                if (kind != Sniffer.Kind.HTML) {
                    return new Item.Skipped(id, "not HTML (no content type, sniffed " + kind.name().toLowerCase(Locale.ROOT) + ")");
                }
            }
            return new Item.PageItem(new Page(id, body, response.target(), contentType, response.date(), format));
        } catch (IOException | RuntimeException e) {
            cutReported = true;
            return new Item.FailedItem(new Failure(id, "cannot read the record's payload: " + oneLine(e)));
        }
    }

    /**
     * The record's WARC-Record-ID. Read leniently, a record may carry one that is no URI, or none
     * (jwarc's {@code id()} then throws): it is named by the header as written, or by its place in
     * the file.
     */
    private String recordId(WarcRecord record) {
        try {
            return record.id().toString();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            String raw = record.headers().first("WARC-Record-ID").orElse("").strip();
            if (raw.startsWith("<") && raw.endsWith(">")) {
                raw = raw.substring(1, raw.length() - 1);
            }
            return raw.isEmpty() ? "record " + records : raw;
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] body = in.readNBytes(options.maxPageBytes() + 1);
            return body.length > options.maxPageBytes() ? null : body;
        }
    }

    private Item tooLarge(String id) {
        return new Item.FailedItem(new Failure(id, "payload over the page limit of " + options.maxPageBytes() + " bytes"));
    }

    private static boolean isHtml(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("html");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
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
