package org.dateline.store;

import org.dateline.record.Record;
import org.dateline.record.RecordJson;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable record ids: a hash of the canonical URL when the record has one, else of its normalised
 * content (title and body), else (nothing extracted) of its input. The same article ingested twice, from another path or with a tracking
 * parameter added, gets the same id, so ingesting is idempotent.
 */
public final class Ids {

    /** 20 hex digits = 80 bits: a collision is expected only after about 10^12 articles. */
    private static final int HEX_LENGTH = 20;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Parameters that identify a visit, not a document (campaign and click trackers). */
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src|cmpid|ocid");

    private Ids() {
    }

    /** The record's id: {@code u…} from its URL, {@code c…} from its content. */
    public static String id(Record r) {
        String url = canonicalUrl(r.article().url());
        if (url != null) {
            return "u" + hash(url);
        }
        String content = normalise(r.article().title()) + "\n" + normalise(r.article().text());
        if (content.isBlank() && r.article().input() != null) {
            // Nothing was extracted (a bot-challenge page, an empty shell): nothing to recognise it
            // by but where it came from, so two such pages are two articles, not one.
            return "c" + hash("input:" + r.article().input());
        }
        return "c" + hash(content);
    }

    /**
     * The id of a page that claims a canonical URL another page with another text already holds
     * (a template's wrong {@code <link rel=canonical>}, a section page pointing at its first
     * article): {@code u…} from the URL and the normalised content together.
     */
    public static String sharedUrlId(Record r) {
        return "u" + hash(canonicalUrl(r.article().url()) + "\n" + normalise(r.article().title()) + "\n"
                + normalise(r.article().text()));
    }

    /** A hash of everything the record says except where it was read from: equal means unchanged. */
    public static String contentHash(Record r) {
        var a = r.article();
        Record anonymous = new Record(new org.dateline.extract.Article(null, a.url(), a.site(), a.title(), a.published(),
                a.modified(), a.authors(), a.language(), a.description(), a.tags(), a.media(), a.text(), a.related()),
                r.analysis(), r.analysisError());
        return hash(RecordJson.toJson(anonymous));
    }

    /** The id an article found at {@code url} gets when the page names no other canonical URL; null without a usable URL. */
    public static String urlId(String url) {
        String c = canonicalUrl(url);
        return c == null ? null : "u" + hash(c);
    }

    /**
     * The URL to fetch for a listed one: as given, less its fragment and the tracking parameters
     * that {@link #canonicalUrl} drops (host, scheme and path untouched: {@code www.} may matter to
     * the server). Null when it is not an absolute http(s) URL.
     */
    public static String withoutTracking(String url) {
        if (canonicalUrl(url) == null) {
            return null;
        }
        URI u = URI.create(url.strip().replace(" ", "%20"));
        String query = u.getRawQuery();
        StringBuilder sb = new StringBuilder(u.getScheme().toLowerCase(Locale.ROOT)).append("://").append(u.getRawAuthority());
        sb.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        if (query != null && !query.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String p : query.split("&")) {
                String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                if (!p.isEmpty() && !TRACKING.matcher(name).matches()) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                sb.append('?').append(String.join("&", kept));
            }
        }
        return sb.toString();
    }

    /**
     * The URL as a key: scheme-insensitive (http and https name the same article on news sites),
     * host lower case without {@code www.}, default port, fragment and tracking parameters dropped,
     * no trailing slash. Null when there is no usable absolute URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(url.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getHost() == null || u.getScheme() == null) {
            return null;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder sb = new StringBuilder("//").append(host);
        if (port > 0 && port != 80 && port != 443) {
            sb.append(':').append(port);
        }
        sb.append(path);
        String query = u.getRawQuery();
        if (query != null && !query.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String p : query.split("&")) {
                String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                if (!p.isEmpty() && !TRACKING.matcher(name).matches()) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                sb.append('?').append(String.join("&", kept));
            }
        }
        return sb.toString();
    }

    /** NFKC, lower case, whitespace collapsed. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").strip();
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(HEX_LENGTH);
            for (int i = 0; sb.length() < HEX_LENGTH; i++) {
                sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
