package org.dateline.extract.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/** Headlines without the site-name suffix or prefix ("Title | Site", "Site - Title"). */
public final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—:\\-·•»«/]\\s+|\\s+\\|\\s*|\\s*\\|\\s+");

    private Titles() {
    }

    public static String clean(String title, String siteName, String host) {
        if (title == null) {
            return null;
        }
        String t = title.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (isSiteName(last, siteName, host)) {
            return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|–—:\\-·•»«/]+$", "").strip();
        }
        if (isSiteName(first, siteName, host)) {
            return t.substring(first.length()).replaceAll("^[\\s|–—:\\-·•»«/]+", "").strip();
        }
        return t;
    }

    static boolean isSiteName(String part, String siteName, String host) {
        String p = squash(part);
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null && (p.equals(squash(siteName)) || squash(siteName).contains(p) && p.length() >= 3)) {
            return true;
        }
        if (host != null) {
            String h = squash(host);
            String core = host.contains(".") ? squash(host.substring(0, host.lastIndexOf('.'))) : h;
            return p.equals(h) || p.equals(core) || (p.length() >= 3 && h.contains(p)) || (core.length() >= 3 && p.contains(core));
        }
        return false;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
