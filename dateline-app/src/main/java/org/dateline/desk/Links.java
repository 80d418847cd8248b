package org.dateline.desk;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The desk's own links (paths and query strings, percent-encoded) and the outside links it allows. */
public final class Links {

    private Links() {
    }

    /** A path segment, percent-encoded (a space is {@code %20}; {@code /} and {@code ?} are encoded). */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String speaker(String name) {
        return "/speakers/" + segment(name);
    }

    public static String entity(String name) {
        return "/entities/" + segment(name);
    }

    public static String article(String id) {
        return "/articles/" + segment(id);
    }

    public static String story(String cluster) {
        return "/stories/" + segment(cluster);
    }

    /** {@code path?a=b&c=d} from the non-blank values, in the map's order. */
    public static String query(String path, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            sb.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    /**
     * An outside URL fit for an {@code href}: absolute http or https with a host, else null (no
     * {@code javascript:}, {@code data:}, relative or malformed URL from a page ever becomes a link).
     */
    public static String external(String url) {
        if (url == null || url.length() > 4000) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
