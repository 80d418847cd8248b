package org.dateline.watch;

/**
 * What a server said about a version of a resource, sent back as conditions on the next request
 * ({@code If-None-Match}, {@code If-Modified-Since}).
 *
 * @param etag         the last ETag, or null
 * @param lastModified the last Last-Modified, or null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
