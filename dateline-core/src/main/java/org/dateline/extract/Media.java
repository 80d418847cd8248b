package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Media kinds a page carries: {@code video}, {@code audio}, {@code gallery}. */
public final class Media {

    /** Markers such as "(VIDEO)", "[PHOTOS]", "VIDEO:" in headlines. */
    private static final Pattern TITLE_MARKER = Pattern.compile(
            "[(\\[]\\s*(VIDEOS?|AUDIO|PHOTOS?|GALLERY|PICTURES|IMAGES|PODCAST|LIVE VIDEO)\\s*[)\\]]|^\\s*(VIDEO|AUDIO|PHOTOS|GALLERY|PODCAST)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private Media() {
    }

    public static List<String> fromTitle(String title) {
        List<String> out = new ArrayList<>();
        if (title == null) {
            return out;
        }
        Matcher m = TITLE_MARKER.matcher(title);
        while (m.find()) {
            String w = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            add(out, kind(w));
        }
        return out;
    }

    /** The media kind a marker word names. */
    public static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("video") || w.equals("live video")) {
            return "video";
        }
        if (w.contains("audio") || w.contains("podcast")) {
            return "audio";
        }
        return "gallery";
    }

    /** Adds a kind once, keeping the order of first sight. */
    public static void add(List<String> kinds, String kind) {
        if (kind != null && !kinds.contains(kind)) {
            kinds.add(kind);
        }
    }
}
