package org.dateline.watch;

import java.net.URI;
import java.time.Instant;

/**
 * What fetching one URL came to, redirects followed and retries done.
 *
 * @param kind         the outcome
 * @param requested    the URL asked for
 * @param finalUri     where the content was found (after redirects); the requested URL when none
 * @param status       the last HTTP status, 0 when no response came
 * @param contentType  the response Content-Type, or null
 * @param body         the content, Content-Encoding undone ({@link Kind#OK} only; else empty)
 * @param fetched      when the last request was sent
 * @param etag         the response's ETag, or null
 * @param lastModified the response's Last-Modified, or null
 * @param error        a one-line reason ({@link Kind#FAILED}, {@link Kind#GONE}), else null
 */
public record FetchResult(Kind kind, URI requested, URI finalUri, int status, String contentType, byte[] body,
                          Instant fetched, String etag, String lastModified, String error) {

    public enum Kind {
        /** 2xx with a body. */
        OK,
        /** 304: the validators sent still hold. */
        NOT_MODIFIED,
        /** robots.txt disallows the URL (or a redirect's target): nothing was requested. */
        ROBOTS,
        /** A permanent refusal (404, 410, other 4xx): not worth asking again. */
        GONE,
        /** Anything else: network failure, 5xx after retries, too many redirects, body over the limit. */
        FAILED
    }

    static FetchResult failed(URI requested, URI at, int status, String error) {
        return new FetchResult(Kind.FAILED, requested, at, status, null, new byte[0], Instant.now(), null, null, error);
    }
}
