package org.dateline.extract;

import java.net.URI;
import java.util.Locale;

/** Host names and URLs. */
public final class Sites {

    private Sites() {
    }

    /** The outlet host name of a URL without {@code www.}/{@code m.}, lower case; null if none. */
    public static String site(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            } else if (host.matches("www\\d\\..*")) {
                host = host.substring(host.indexOf('.') + 1);
            }
            return host.isEmpty() ? null : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code url} resolved against {@code base}; null when it cannot be made absolute. */
    public static String absolute(String base, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.trim();
        try {
            URI uri = URI.create(u.replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? u : null;
            }
            if (base == null) {
                return null;
            }
            return URI.create(base.trim().replace(" ", "%20")).resolve(uri).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
