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
        List<String> authors = new ArrayList<>();
        int titleIndex = start >= 0 ? headlineIndex(lines, start) : -1;
        if (titleIndex >= 0) {
            title = lines.get(titleIndex).text;
        }
        String documentTitle = start > 0 ? documentTitle(lines, start, titleIndex) : null;
        if (documentTitle != null) {
            title = documentTitle;
        }
        if (start >= 0) {
            // The dateline and byline sit around the headline: before it, between it and the body, or
            // in the body's first lines.
            int from = Math.max(0, (titleIndex >= 0 ? Math.min(titleIndex, start) : start) - 8);
            int to = Math.min(lines.size() - 1, start + 3);
            int bestDistance = Integer.MAX_VALUE;
            for (int i = from; i <= to; i++) {
                Line l = lines.get(i);
                int anchor = titleIndex >= 0 ? titleIndex : start;
                if (l.kind == Kind.DATE && Math.abs(i - anchor) < bestDistance) {
                    String d = dateIn(l.text);
                    if (d != null) {
                        published = d;
                        bestDistance = Math.abs(i - anchor);
                    }
                }
                if (authors.isEmpty() && i < start && i != titleIndex) {
                    authors = Bylines.names(l.text);
                }
            }
        }
        if (published == null && start >= 0) {
            published = cuedDate(lines, titleIndex >= 0 ? titleIndex : start, end);
        }
        if (published == null && start >= 0) {
            published = nearestDateLine(lines, titleIndex >= 0 ? titleIndex : start, end);
        }
        if (published == null && start > 0) {
            published = titleDate(lines.get(0).text);
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
        return new Article(page.input(), page.url(), Sites.site(page.url()), title, published, null, authors, null,
                null, null, media, String.join("\n\n", paragraphs), related);
    }

    /**
     * The headline: a short line before the body. A page dump usually starts with the page's
     * {@code <title>}, "Headline | Site" or "Headline - Site"; a line before the body that the
     * first line starts with is the headline (the {@code <h1>}). Otherwise the nearest title-like
     * line before the body that is not a byline, a picture credit or a label.
     */
    static int headlineIndex(List<Line> lines, int start) {
        String first = lines.get(0).text;
        int from = Math.max(1, start - 40);
        for (int i = start - 1; i >= from; i--) {
            String t = lines.get(i).text;
            if (t.length() >= 12 && t.length() < first.length() && first.startsWith(t)
                    && isTitleSeparator(first.substring(t.length()))) {
                return i;
            }
        }
        // Tiers, nearest first: a headline-shaped line (5+ words, no final period, not a bullet,
        // label, byline, credit or time stamp), then any 3+ word short line, then any short line.
        for (int tier = 0; tier < 3; tier++) {
            int window = tier == 0 ? 15 : 6;
            for (int i = start - 1; i >= 0 && i >= start - window; i--) {
                Line l = lines.get(i);
                if (l.kind != Kind.SHORT || Bylines.isByline(l.text) || Bylines.isCredit(l.text)) {
                    continue;
                }
                int words = l.text.split("\\s+").length;
                boolean ok = switch (tier) {
                    case 0 -> words >= 5 && !NOT_A_HEADLINE.matcher(l.text).find();
                    case 1 -> words >= 3;
                    default -> true;
                };
                if (ok) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The headline a dump's first line states when that line is the page's {@code <title>} (what
     * html.parser-based scrapers and "save as text" put first): the title without its " | Site"
     * suffix when a line before the body repeats it (the {@code <h1>}) or when its words recur in
     * the headline block or the body's opening, so a menu or a promo opening the dump is never
     * taken for it. Null when the first line is not such a title; the line-shape rules decide then.
     */
    static String documentTitle(List<Line> lines, int start, int titleIndex) {
        Line first = lines.get(0);
        // A headline ending in "?", "!" or a closing quote classifies as prose; one ending in a full
        // stop is a sentence (a teaser, a notice), not a title.
        if ((first.kind != Kind.SHORT && first.kind != Kind.PROSE) || first.text.length() > 200
                || (first.kind == Kind.PROSE && first.text.endsWith("."))) {
            return null;
        }
        String stripped = stripSiteSuffix(first.text);
        for (int i = 1; i < start; i++) {
            String t = lines.get(i).text;
            if (t.equals(first.text) || t.equals(stripped)) {
                return t;
            }
        }
        // The h1 often words the <title> longer or shorter: a kicker or a clause added or dropped
        // ("X | Site" over "X, killing at least 26", "Kicker: X | Site" over "X"). The h1 nearest
        // the body that contains the title or is contained in it, at least half as long, wins.
        String lowTitle = stripped.toLowerCase(Locale.ROOT);
        for (int i = start - 1; i >= 1; i--) {
            Line l = lines.get(i);
            String low = l.text.toLowerCase(Locale.ROOT);
            if (l.kind == Kind.SHORT && low.split("\\s+").length >= 4
                    && Math.min(low.length(), lowTitle.length()) * 2 >= Math.max(low.length(), lowTitle.length())
                    && (low.contains(lowTitle) || lowTitle.contains(low))) {
                return l.text;
            }
        }
        if (titleIndex > 0 && titleIndex < start && lines.get(titleIndex).text.length() > stripped.length()
                && stripped.length() >= 12 && first.text.startsWith(lines.get(titleIndex).text)) {
            return null;
        }
        if (stripped.split("\\s+").length < 4) {
            return null;
        }
        // Calibrated on the metadata-dev dumps: a real <title> shares at least 40% of its longer words
        // with the lines around the headline and the body's first paragraphs; a menu line does not.
        StringBuilder near = new StringBuilder();
        for (int i = Math.max(1, start - 15); i < lines.size() && i <= start + 3; i++) {
            near.append(' ').append(lines.get(i).text.toLowerCase(Locale.ROOT));
        }
        String context = near.toString();
        int words = 0;
        int found = 0;
        for (String w : stripped.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                words++;
                if (context.contains(w)) {
                    found++;
                }
            }
        }
        return words >= 2 && found >= 2 && found * 10 >= words * 4 ? stripped : null;
    }

    /** " | Site", " - Site", " – Site", " :: Site", " · Site" removed from the end of a {@code <title>}. */
    static String stripSiteSuffix(String title) {
        Matcher m = SITE_SUFFIX.matcher(title);
        if (m.find() && m.start() >= 12) {
            return title.substring(0, m.start()).strip();
        }
        return title;
    }

    /** The last separator with a short tail (at most 5 words, 40 characters): the site's name. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "\\s+(?:[|\\-–—·»/]|::)\\s+(?:\\S+\\s+){0,4}\\S+\\s*$");

    /**
     * A dateline away from the headline (after a lead picture, a gallery or an audio player): a
     * short line that says it is the publication date ("Published May 25, 2026", "Publiziert17.
     * Dezember 2024, 12:17", "Publié le 18 juil. 2024 à 08:01Mis à jour le ...") anywhere before the
     * body's end, the one nearest the headline. The cue keeps the dates of promos and comments out.
     */
    static String cuedDate(List<Line> lines, int anchor, int end) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i <= end && i < lines.size(); i++) {
            String t = lines.get(i).text;
            if (t.length() > 160 || Math.abs(i - anchor) >= bestDistance) {
                continue;
            }
            Matcher m = PUBLISHED_CUE.matcher(t);
            if (m.find()) {
                String rest = t.substring(m.end());
                List<DateParser.Found> found = DateParser.findAll(unglue(rest.length() > 80 ? rest.substring(0, 80) : rest), false, 1);
                if (!found.isEmpty() && found.get(0).start() <= 12) {
                    best = found.get(0).iso();
                    bestDistance = Math.abs(i - anchor);
                }
            }
        }
        return best;
    }

    /**
     * A bare date line farther from the headline than the dateline window, nearest first (after the
     * headline before above it at equal distance), before the body's end and within
     * {@link #FAR_DATE_LINES} lines of the headline: 20 lines found 0.663 of the metadata-dev dump
     * dates, 40 0.717, 80 0.736, 150 no more, so 80 bounds how far a lead gallery or player pushes it.
     */
    static String nearestDateLine(List<Line> lines, int anchor, int end) {
        for (int d = 0; d <= FAR_DATE_LINES; d++) {
            for (int i : new int[] {anchor + d, anchor - d}) {
                if (i >= 0 && i <= end && i < lines.size()) {
                    String date = lines.get(i).kind == Kind.DATE ? dateIn(lines.get(i).text) : leadingDate(lines.get(i));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    static final int FAR_DATE_LINES = 80;

    /** Where a dump glued a year to the time after it ("Apr 28 20232:23 PM", "March 7, 20247:55 AM"). */
    private static final Pattern YEAR_TIME_GLUE = Pattern.compile("\\b((?:19|20)\\d{2})(\\d{1,2}:\\d{2})");

    static String unglue(String s) {
        return YEAR_TIME_GLUE.matcher(s).replaceAll("$1 $2");
    }

    /**
     * A date-time opening a short non-prose line, with a label, a byline or an "updated" stamp glued
     * after it ("9. September 2025 um 15:46 Uhr / Frank W.", "2025/1/14 21:17（最終更新 1/14 21:17）").
     * A time is required: a bare day opening a line is as often a list or an event date.
     */
    static String leadingDate(Line line) {
        String t = line.text;
        if (line.kind == Kind.PROSE || t.length() > 100) {
            return null;
        }
        List<DateParser.Found> found = DateParser.findAll(unglue(t), false, 1);
        if (found.isEmpty() || !found.get(0).hasTime()) {
            return null;
        }
        // A short stamp line may open with a source or a cue the dump glued on ("Associated PressApril
        // 28, 2023", "Published Fri, Apr 28 2023 2:23 PM EDT"): up to 25 characters before the date.
        return found.get(0).start() <= 3 || (t.length() <= 60 && found.get(0).start() <= 25) ? found.get(0).iso() : null;
    }

    /**
     * The date some sites put last in the {@code <title>} a dump opens with ("Headline – DW –
     * 13.06.2023", "Headline, Tageszeitung junge Welt, 26.04.2024"): the last separated part, when
     * it is a date alone.
     */
    static String titleDate(String first) {
        if (first.length() > 200) {
            return null;
        }
        String[] parts = first.split("\\s+[|–—-]\\s+|,\\s+");
        String last = parts[parts.length - 1].strip();
        return parts.length > 1 && DATE_LINE.matcher(last).matches() && letterShare(last) < 0.6 ? DateParser.parse(last) : null;
    }

    /** Words that introduce a publication date, in the dev sets' languages. */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?iu)^\\W{0,3}(?:published(?: on)?|posted(?: on)?|first published|publiziert(?: am)?|veröffentlicht(?: am)?|erschienen(?: am)?"
                    + "|geschrieben am|publié le|publicado(?: el)?|pubblicato(?: il)?|gepubliceerd(?: op)?|opublikowano|publicerad|publisert|julkaistu|公開日|投稿日|配信日)\\s*:?\\s*");

    /** Bullets, labels ending in ":", captions ending in "." or "(credit)", leading time stamps. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "^[•*·○□☆▪►–-]|[:.]\\s*$|\\([^)]*\\)\\s*$|^\\d{1,2}:\\d{2}\\s");

    /** " | Site", " - Site", " – Site", " :: Site", " · Site" after a headline in a {@code <title>}. */
    private static boolean isTitleSeparator(String rest) {
        return rest.matches("\\s+[|\\-–—:·»/]{1,2}\\s.*");
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
        if (s.length() <= 160 && dateIn(s) != null) {
            return Kind.DATE;
        }
        if (s.length() < 250 && BOILERPLATE.matcher(s).find()) {
            return Kind.CHROME;
        }
        boolean endsSentence = SENTENCE_END.matcher(s).find();
        // Chinese and Japanese write no spaces: two ideographs or kana count as a word.
        double wordCount = words.length + cjkCount(s) / 2.0;
        if ((endsSentence && wordCount >= 6) || wordCount >= 25) {
            return Kind.PROSE;
        }
        if (words.length >= 2 && s.length() <= 250 && !s.contains("©")) {
            return Kind.SHORT;
        }
        return Kind.CHROME;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”»’。！？」』]$");

    /**
     * Sentences that belong to page furniture whatever the site: consent banners, sign-up and
     * subscription prompts, copyright and "opens new tab" link labels, ad-blocker notices. A
     * lexicon of the widespread phrasings in the dev sets' languages (en, de, fr, es, it, nl).
     */
    static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(?:cookies?|privacy (?:policy|settings)|all rights reserved|opens? (?:in )?(?:a )?new (?:tab|window)"
                    + "|sign up for|subscribe (?:to|now)|(?:our|free|daily) newsletters?|ad ?blocker|enable javascript|your browser"
                    + "|datenschutz(?:erklärung|einstellungen|optionen)?|werbefrei|alle rechte vorbehalten"
                    + "|abonnieren|jetzt (?:abonnieren|anmelden)|tous droits réservés|politique de confidentialité"
                    + "|todos los derechos reservados|política de privacidad|suscríbete|tutti i diritti riservati"
                    + "|iscriviti|alle rechten voorbehouden)\\b|©|\\(c\\) \\d{4}");

    private static int cjkCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA) {
                n++;
            }
        }
        return n;
    }

    /**
     * The date a dateline states: the whole line, or one of its parts between "•", "·" and "|"
     * ("Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read"). The first part that
     * parses wins: publication comes before "updated" in every dateline seen in the dev sets.
     */
    static String dateIn(String line) {
        for (String part : line.split("\\s*[•·|]\\s*")) {
            String p = part.strip();
            if (p.length() <= 60 && DATE_LINE.matcher(p).matches() && letterShare(p) < 0.6) {
                String d = DateParser.parse(p);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
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
