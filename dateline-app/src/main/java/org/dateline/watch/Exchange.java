package org.dateline.watch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its response as they went over the wire (the body as served, before any
 * Content-Encoding is undone): what the WARC archive keeps.
 *
 * @param uri             the URL requested
 * @param requestHeaders  the headers sent, in order
 * @param status          the response status
 * @param responseHeaders the response headers (names lower case, as the JDK client gives them)
 * @param body            the body as served, cut at the size limit when {@code truncated}
 * @param truncated       the body was longer than the limit (or the read timed out) and was cut
 * @param date            when the request was sent
 */
public record Exchange(URI uri, List<Map.Entry<String, String>> requestHeaders, int status,
                       Map<String, List<String>> responseHeaders, byte[] body, boolean truncated, Instant date) {

    /** The first value of a response header, or null. */
    public String header(String name) {
        List<String> v = responseHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
