package org.dateline.server;

import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guard against DNS rebinding: a page on {@code evil.example} whose name is made to resolve to
 * 127.0.0.1 can make the browser send requests to a server on this machine, but the browser still
 * names {@code evil.example} in the {@code Host} header. So a server bound to a loopback address
 * answers only requests whose {@code Host} is a loopback name ({@code localhost},
 * {@code 127.0.0.1}, {@code [::1]}, any port) or one named with {@code --allow-host}; others get
 * 403. A server bound to another address (reachable from other machines by any name) checks the
 * header only when {@code --allow-host} names hosts.
 */
final class HostCheck {

    static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[a-z0-9]+)?]");

    /** Null: every host is accepted. */
    private final Set<String> allowed;

    private HostCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    /**
     * @param bound      the address the server listens on
     * @param allowHosts further host names (or IP literals), with or without a port
     * @throws IllegalArgumentException naming an entry that is not a host name
     */
    static HostCheck of(InetSocketAddress bound, List<String> allowHosts) {
        Set<String> extra = new LinkedHashSet<>();
        for (String h : allowHosts) {
            String n = h == null ? null : hostOf(h.contains(":") && !h.contains("[") && h.indexOf(':') != h.lastIndexOf(':')
                    ? "[" + h + "]" : h);
            if (n == null) {
                throw new IllegalArgumentException("--allow-host \"" + h + "\" is not a host name (e.g. news.example.org)");
            }
            extra.add(n);
        }
        boolean loopback = bound.getAddress() != null && bound.getAddress().isLoopbackAddress();
        if (!loopback && extra.isEmpty()) {
            return new HostCheck(null);
        }
        Set<String> all = new LinkedHashSet<>(LOOPBACK_NAMES);
        all.addAll(extra);
        return new HostCheck(java.util.Collections.unmodifiableSet(all));
    }

    /** Why a request with this {@code Host} header is refused, or null when it is served. */
    String refusal(String hostHeader) {
        if (allowed == null) {
            return null;
        }
        if (hostHeader == null || hostHeader.isBlank()) {
            return "the request has no Host header; this server answers requests for " + names();
        }
        String host = hostOf(hostHeader);
        if (host != null && allowed.contains(host)) {
            return null;
        }
        String shown = hostHeader.strip();
        shown = shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
        return "host \"" + shown + "\" is not served: this server answers requests for " + names()
                + " only, against DNS rebinding (start it with --allow-host NAME to serve another name)";
    }

    private String names() {
        return String.join(", ", allowed);
    }

    /**
     * The host of a {@code Host} header value, lower case, without the port or a final dot; null
     * when the value is not {@code host[:port]}.
     */
    static String hostOf(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        String host;
        String rest;
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            if (end < 0) {
                return null;
            }
            host = v.substring(0, end + 1);
            rest = v.substring(end + 1);
            if (!IPV6.matcher(host).matches()) {
                return null;
            }
        } else {
            int colon = v.indexOf(':');
            host = colon < 0 ? v : v.substring(0, colon);
            rest = colon < 0 ? "" : v.substring(colon);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (host.length() > 253 || !NAME.matcher(host).matches()) {
                return null;
            }
        }
        if (!rest.isEmpty() && !rest.matches(":[0-9]{1,5}")) {
            return null;
        }
        return host;
    }
}
