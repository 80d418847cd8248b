package org.dateline.page;

import java.time.Instant;
import java.util.Objects;

/**
 * One fetched document: raw bytes as served plus what the transport said about them.
 *
 * <p>The byte array is not copied: a page owns its bytes, callers must not change them afterwards.
 *
 * @param input       the input as the user named it (path, {@code -}, {@code path#<WARC-Record-ID>})
 * @param content     the bytes as served (already un-gzipped by the source)
 * @param url         the page URL if known, else null
 * @param contentType the transport Content-Type header (from WARC/HTTP), else null
 * @param fetched     when the page was fetched (WARC-Date), else null
 * @param format      what the bytes are; {@link InputFormat#AUTO} to sniff
 */
public record Page(String input, byte[] content, String url, String contentType, Instant fetched, InputFormat format) {

    public Page {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(content, "content");
        format = format == null ? InputFormat.AUTO : format;
    }

    /** A page from bytes alone, format sniffed. */
    public static Page of(String input, byte[] content, String url) {
        return new Page(input, content, url, null, null, InputFormat.AUTO);
    }

    public Page withFormat(InputFormat newFormat) {
        return new Page(input, content, url, contentType, fetched, newFormat);
    }

    public Page withUrl(String newUrl) {
        return new Page(input, content, newUrl, contentType, fetched, format);
    }
}
