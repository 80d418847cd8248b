package org.dateline.extract.text;

import org.dateline.extract.Article;
import org.dateline.extract.Extractor;
import org.dateline.extract.Media;
import org.dateline.extract.Sites;
import org.dateline.extract.meta.DateParser;
import org.dateline.page.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text dump of a whole page (what "save as text" or a scraper gives): the site's chrome lines
 * (icon labels, menus, share bars, sign-in, language switchers) around a dateline, a headline and
 * the body, with "READ MORE:" promos inside it.
 *
 * <p>Each non-empty line is classified on its own shape: sentence-like prose, a short title-like
 * line, a date line, a promo, or chrome. The body is the longest run of prose lines (short lines
 * between prose lines kept as subheads); the headline is the title-like line nearest before it;
 * the dateline is a date line next to the headline.
 */
public final class TextDumpExtractor implements Extractor {

    /** Lines that introduce a related-story link rather than body text. */
    static final Pattern PROMO = Pattern.compile(
            "^\\s*(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related|SEE ALSO|See also|MORE|WATCH|Watch|LISTEN|Lesen Sie auch|Mehr zum Thema|Lire aussi|À lire aussi|Leer más|Lee también)\\s*[:>»|–-]+\\s*(.+)$");

    /** Words that make up site chrome in dumps; a line made mostly of them is chrome. */
    private static final Set<String> CHROME_WORDS = Set.of(
            "icon", "menu", "home", "search", "share", "tweet", "email", "e-mail", "print", "comments", "comment",
            "sign", "in", "up", "login", "log", "subscribe", "newsletter", "follow", "us", "facebook", "twitter",
            "instagram", "youtube", "telegram", "whatsapp", "linkedin", "reddit", "vk", "rss", "podcasts",
            "advertisement", "cookie", "cookies", "privacy", "policy", "terms", "contact", "about", "language",
            "english", "español", "deutsch", "français", "русский", "عربي", "close", "open", "next", "previous",
            "skip", "to", "content", "main", "navigation", "top", "back", "more", "trending", "live", "tv",
            "copy", "link", "copied", "save", "bookmark", "download", "play", "pause", "mute", "unmute");

    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\W{0,3}(?:(?:published|updated|posted|veröffentlicht|aktualisiert|stand)\\s*:?\\s*)?[\\p{L}\\d ,.:/|+-]{6,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    enum Kind { PROSE, SHORT, DATE, PROMO, CHROME }

    record Line(String text, Kind kind) {
    }

    @Override
    public Article extract(Page page, String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            String s = l.strip();
            if (!s.isEmpty()) {
                lines.add(new Line(s, classify(s)));
            }
        }
        int[] body = bodyRange(lines);
        int start = body[0];
        int end = body[1];
        String title = null;
        String published = null;
        int titleIndex = -1;
        if (start >= 0) {
            for (int i = start - 1; i >= 0 && i >= start - 6; i--) {
                Line l = lines.get(i);
                if (l.kind == Kind.SHORT && title == null) {
                    title = l.text;
                    titleIndex = i;
                } else if (l.kind == Kind.DATE && published == null) {
                    published = DateParser.parse(l.text);
                }
            }
            if (published == null && titleIndex >= 0) {
                // A dateline may come right after the body's first lines in some dumps: look just around the title.
                for (int i = Math.max(0, titleIndex - 3); i < Math.min(lines.size(), start + 2) && published == null; i++) {
                    if (lines.get(i).kind == Kind.DATE) {
                        published = DateParser.parse(lines.get(i).text);
                    }
                }
            }
        }
        List<Article.Link> related = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (int i = Math.max(0, start); start >= 0 && i <= end; i++) {
            Line l = lines.get(i);
            switch (l.kind) {
                case PROMO -> related.add(new Article.Link(promoTitle(l.text), null));
                case PROSE, SHORT -> paragraphs.add(l.text);
                default -> {
                }
            }
        }
        // Promos just after the body belong to it too.
        for (int i = end + 1; start >= 0 && i < lines.size() && i <= end + 3; i++) {
            if (lines.get(i).kind == Kind.PROMO) {
                related.add(new Article.Link(promoTitle(lines.get(i).text), null));
            }
        }
        List<String> media = Media.fromTitle(title);
        return new Article(page.input(), page.url(), Sites.site(page.url()), title, published, null, null, null,
                null, null, media, String.join("\n\n", paragraphs), related);
    }

    private static String promoTitle(String line) {
        Matcher m = PROMO.matcher(line);
        return m.matches() ? m.group(1).strip() : line;
    }

    /** The first and last line index of the body, or {-1, -1} when no prose was found. */
    static int[] bodyRange(List<Line> lines) {
        int bestStart = -1;
        int bestEnd = -1;
        int bestScore = 0;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind != Kind.PROSE) {
                i++;
                continue;
            }
            int s = i;
            int e = i;
            int score = 0;
            int gap = 0;
            int j = i;
            while (j < lines.size()) {
                Line l = lines.get(j);
                if (l.kind == Kind.PROSE) {
                    score += l.text.length();
                    e = j;
                    gap = 0;
                } else if (l.kind == Kind.CHROME || l.kind == Kind.DATE) {
                    if (++gap > 1) {
                        break;
                    }
                } else if (++gap > 2) {
                    break;
                }
                j++;
            }
            if (score > bestScore) {
                bestScore = score;
                bestStart = s;
                bestEnd = e;
            }
            i = j + 1;
        }
        return new int[] {bestStart, bestEnd};
    }

    static Kind classify(String s) {
        if (PROMO.matcher(s).matches()) {
            return Kind.PROMO;
        }
        String[] words = s.split("\\s+");
        if (isChrome(words)) {
            return Kind.CHROME;
        }
        if (s.length() <= 60 && DATE_LINE.matcher(s).matches() && DateParser.parse(s) != null
                && letterShare(s) < 0.6) {
            return Kind.DATE;
        }
        boolean endsSentence = s.matches("(?s).*[.!?…:;\"”»’]$");
        if ((endsSentence && words.length >= 6) || words.length >= 25) {
            return Kind.PROSE;
        }
        if (words.length >= 2 && s.length() <= 250 && !s.contains("©")) {
            return Kind.SHORT;
        }
        return Kind.CHROME;
    }

    private static boolean isChrome(String[] words) {
        int chrome = 0;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (lw.endsWith("icon") || lw.startsWith("icon") || CHROME_WORDS.contains(lw)) {
                chrome++;
            }
        }
        return words.length >= 1 && chrome * 2 > words.length;
    }

    private static double letterShare(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return s.isEmpty() ? 0 : (double) letters / s.length();
    }
}
