package org.dateline.extract.text;

import org.dateline.extract.Article;
import org.dateline.extract.Extractor;
import org.dateline.extract.Media;
import org.dateline.extract.Sites;
import org.dateline.extract.meta.DateParser;
import org.dateline.page.Page;

import java.util.ArrayList;
import java.util.BitSet;
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
 * between prose lines kept as subheads), joined with the runs a few lines of furniture split off
 * it; the headline is the title-like line nearest before it; the dateline is a date line next to
 * the headline; the byline a "By …" line or a name line by the dateline.
 */
public final class TextDumpExtractor implements Extractor {

    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\u00A0\u2007\u202F\u2009\u200A]");

    /** Lines that introduce a related-story link rather than body text. */
    static final Pattern PROMO = Pattern.compile(
            "^\\s*(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related|SEE ALSO|See also|MORE|WATCH|Watch|LISTEN|Lesen Sie auch|Mehr zum Thema|Lire aussi|À lire aussi|Leer más|Lee también)\\s*[:>»|–-]+\\s*(.+)$");

    /** "Read more" and its kin on a line of their own, over a list of promoted headlines. */
    static final Pattern PROMO_HEADING = Pattern.compile(
            "(?iu)(?:read more|read also|also read|related(?: articles| stories| content)?|see also|more on this(?: story)?"
                    + "|more from [\\p{L} ]{2,30}|lesen sie auch|mehr zum thema|das könnte sie auch interessieren"
                    + "|lire aussi|à lire aussi"
                    + "|leer más|lee también|leggi anche)\\s*:?");

    /** How many headlines a promo heading lists at most. */
    private static final int PROMO_LIST = 5;

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
        // Text browsers write &nbsp; as U+00A0 (and thin spaces as such): one space, as the rules read them.
        text = NO_BREAK_SPACES.matcher(text).replaceAll(" ");
        text = LinkReferences.stripMarkers(HardWraps.unwrap(LinkReferences.stripReferences(text)));
        List<Line> lines = new ArrayList<>();
        int promos = 0;
        for (String l : text.split("\n")) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            Kind kind = classify(s);
            if (PROMO_HEADING.matcher(s).matches()) {
                kind = Kind.PROMO;
                promos = PROMO_LIST;
            } else if (promos > 0 && kind != Kind.CHROME && s.length() <= 150 && !s.endsWith(".")) {
                // The headlines listed under "Read more" are promos, even those ending in "!" or "?".
                kind = Kind.PROMO;
                promos--;
            } else {
                promos = 0;
            }
            lines.add(new Line(s, kind));
        }
        Body body = bodyRange(lines);
        int start = body.start();
        int end = body.end();
        // A headline ending in "?" or "!" reads as prose and may open the body: the body starts
        // after the line that repeats the page's <title>.
        if (start > 0) {
            String first = lines.get(0).text;
            String stripped = stripSiteSuffix(first);
            for (int k = start; k <= end && k <= start + 3; k++) {
                String t = lines.get(k).text;
                if ((t.equals(first) || t.equals(stripped)) && k < end) {
                    start = k + 1;
                    break;
                }
            }
        }
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
            int anchor = titleIndex >= 0 ? titleIndex : start;
            for (int i = from; i <= to; i++) {
                Line l = lines.get(i);
                // Under the headline the dateline is the article's; above it, it may be a promo's.
                int distance = Math.abs(i - anchor) + (i < anchor ? ABOVE_PENALTY : 0);
                if (l.kind == Kind.DATE && distance < bestDistance) {
                    String d = dateIn(l.text);
                    if (d != null) {
                        published = d;
                        bestDistance = distance;
                    }
                }
            }
            authors = authors(lines, from, titleIndex, start, end);
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
                case PROMO -> {
                    if (!PROMO_HEADING.matcher(l.text).matches()) {
                        related.add(new Article.Link(promoTitle(l.text), null));
                    }
                }
                case PROSE -> paragraphs.add(l.text);
                case SHORT -> {
                    // A short line inside the body's runs is a subhead; between two runs it is the
                    // furniture that split them (a product box, "Buy now", a caption): left out.
                    if (!body.gaps().get(i)) {
                        paragraphs.add(l.text);
                    }
                }
                default -> {
                }
            }
        }
        // Promos just after the body belong to it too.
        for (int i = end + 1; start >= 0 && i < lines.size() && i <= end + 3; i++) {
            if (lines.get(i).kind == Kind.PROMO && !PROMO_HEADING.matcher(lines.get(i).text).matches()) {
                related.add(new Article.Link(promoTitle(lines.get(i).text), null));
            }
        }
        List<String> media = Media.fromTitle(title);
        return new Article(page.input(), page.url(), Sites.site(page.url()), title, published, null, authors, null,
                null, null, media, String.join("\n\n", paragraphs), related);
    }

    /**
     * The authors a dump names: a byline around the headline ("By Jane Doe", or "By" on a line of its
     * own above the names); else a line that is only a name, next to the dateline or a job title
     * ("Jane Doe" over "Published 3 hours ago", "Jane DoeNews Reporter"); else a byline in the
     * body's first lines (after a lead picture) or closing it ("Von X, Zürich").
     */
    static List<String> authors(List<Line> lines, int from, int titleIndex, int start, int end) {
        for (int i = from; i < start; i++) {
            if (i == titleIndex) {
                continue;
            }
            String t = lines.get(i).text;
            List<String> names = Bylines.isCue(t) && i + 1 < lines.size()
                    ? Bylines.names("By " + lines.get(i + 1).text) : Bylines.names(t);
            if (!names.isEmpty()) {
                return names;
            }
        }
        for (int i = from; i < start; i++) {
            if (lines.get(i).kind == Kind.PROSE || i == titleIndex) {
                continue;
            }
            String dated = Bylines.beforeDate(lines.get(i).text);
            if (dated != null) {
                List<String> names = new ArrayList<>();
                names.add(dated);
                return names;
            }
            String name = Bylines.bareName(lines.get(i).text);
            // A name with a date or a job title glued on is a byline wherever it stands around the
            // headline; a name alone only under the headline, by the dateline (above it, and in
            // sidebars, such a line is as often a menu entry or a heading).
            if (name != null && (Bylines.gluedToName(lines.get(i).text)
                    || i > titleIndex && titleIndex >= 0 && (nextToStamp(lines, i - 1) || nextToStamp(lines, i + 1)))) {
                List<String> names = new ArrayList<>();
                names.add(name);
                // Co-authors one to a line, joined by a comma or an ampersand at a line's end or start.
                for (int k = i + 1; k < start && k <= i + 4; k++) {
                    String prev = lines.get(k - 1).text;
                    String t = lines.get(k).text;
                    if (!(prev.endsWith(",") || prev.endsWith("&") || t.startsWith(",") || t.startsWith("&"))) {
                        break;
                    }
                    String more = Bylines.bareName(t.replaceFirst("^[,&]\\s*|\\s*[,&]$", ""));
                    if (more == null) {
                        break;
                    }
                    if (!names.contains(more)) {
                        names.add(more);
                    }
                }
                return names;
            }
        }
        for (int i = start + 4; start >= 0 && i <= end + BYLINE_AFTER && i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.PROSE && (i <= start + 15 || i >= end - 5)) {
                List<String> names = Bylines.names(lines.get(i).text);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return new ArrayList<>();
    }

    /** A date line, or a job title, at line {@code i}. */
    private static boolean nextToStamp(List<Line> lines, int i) {
        if (i < 0 || i >= lines.size()) {
            return false;
        }
        Line l = lines.get(i);
        return l.kind == Kind.DATE || l.kind != Kind.PROSE && (leadingDate(l) != null || Bylines.isRole(l.text));
    }

    /**
     * The headline: a short line before the body. A page dump usually starts with the page's
     * {@code <title>}, "Headline | Site" or "Headline - Site"; a line before the body that the
     * first line starts with is the headline (the {@code <h1>}). Otherwise a line another line
     * repeats ({@link #repeatedHeadline}); otherwise the headline heading the
     * block a dateline closes ({@link #headlineAboveDateline}); otherwise the nearest title-like
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
        int repeated = repeatedHeadline(lines, start);
        if (repeated >= 0) {
            return repeated;
        }
        int anchored = headlineAboveDateline(lines, start);
        if (anchored >= 0) {
            return anchored;
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
                double words = wordCount(l.text);
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
     * Lines of distance a date line above the headline counts extra: on the metadata-dev and
     * extraction-dev dumps the date is right for 0.783 / 0.656 of the pages at 0, 0.783 / 0.661 at
     * 2, 0.787 / 0.662 at 5 and at 10.
     */
    private static final int ABOVE_PENALTY = 5;

    /**
     * How far above the dateline the headline block reaches. On the w3m dumps of metadata-dev,
     * titles 0.291 at 4 and 8 lines, 0.287 at 6, 0.295 at 12 (0.248 without this rule); the
     * get-text dumps' titles are the same at all of them.
     */
    private static final int ANCHOR_UP = 8;

    /**
     * A headline-shaped line before the body that another line of the page repeats, whole or
     * inside it (a breadcrumb ending in the headline, a share text): the nearest to the body.
     * Titles of the metadata-dev / extraction-dev dumps 0.678 / 0.678 → 0.686 / 0.682, of their
     * lynx dumps 0.306 / 0.271 → 0.353 / 0.352, of their w3m dumps 0.295 / 0.277 → 0.298 / 0.356.
     */
    static int repeatedHeadline(List<Line> lines, int start) {
        for (int i = start - 1; i >= 1 && i >= start - 40; i--) {
            Line l = lines.get(i);
            if (l.kind != Kind.SHORT || l.text.length() < 20 || wordCount(l.text) < 4
                    || NOT_A_HEADLINE.matcher(l.text).find()) {
                continue;
            }
            // Bounded: the page's top (its menus and breadcrumb) and the body's first lines.
            for (int j = Math.max(0, i - 300); j < lines.size() && j < start + 200; j++) {
                if (j != i && lines.get(j).text.length() < 300 && lines.get(j).text.contains(l.text)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The headline over the dateline nearest above the body: the topmost headline-shaped line of
     * the block of lines the dateline closes (headline, standfirst, picture caption, byline), the
     * block ending upwards at the page's chrome. -1 when no dateline stands within 30 lines above
     * the body.
     */
    static int headlineAboveDateline(List<Line> lines, int start) {
        int date = -1;
        for (int i = start - 1; i >= 0 && i >= start - 30; i--) {
            if (lines.get(i).kind == Kind.DATE) {
                date = i;
                break;
            }
        }
        int best = -1;
        for (int i = date - 1; date > 0 && i >= 0 && i >= date - ANCHOR_UP; i--) {
            Line l = lines.get(i);
            if (l.kind == Kind.CHROME || l.kind == Kind.PROMO) {
                break;
            }
            if (l.kind == Kind.SHORT && wordCount(l.text) >= 5 && !NOT_A_HEADLINE.matcher(l.text).find()
                    && !Bylines.isByline(l.text) && !Bylines.isCredit(l.text)) {
                best = i;
            }
        }
        return best;
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
            if (l.kind == Kind.SHORT && wordCount(low) >= 4
                    && Math.min(low.length(), lowTitle.length()) * 2 >= Math.max(low.length(), lowTitle.length())
                    && (low.contains(lowTitle) || lowTitle.contains(low))) {
                return l.text;
            }
        }
        if (titleIndex > 0 && titleIndex < start && lines.get(titleIndex).text.length() > stripped.length()
                && stripped.length() >= 12 && first.text.startsWith(lines.get(titleIndex).text)) {
            return null;
        }
        // Unrepeated, the first line passes for the <title> only with a site's name after a
        // separator: a first line without one is as often a notice or a menu ("Stay up to date
        // with notifications from …"). Dump titles 0.674 / 0.648 without this condition, 0.678 /
        // 0.677 with it (metadata-dev / extraction-dev).
        if (wordCount(stripped) < 4 || stripped.equals(first.text)) {
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
            if (cjkCount(w) * 2 > w.length()) {
                // No spaces between words: each pair of characters stands for a word.
                for (int k = 0; k + 2 <= w.length(); k += 2) {
                    words++;
                    if (context.contains(w.substring(k, k + 2))) {
                        found++;
                    }
                }
            } else if (w.length() >= 4) {
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
                // "Veröffentlicht von Chris Jung 28. Februar 2016", "Published by Jane Doe on May 5":
                // the author may stand between the cue and the date.
                int before = BY_AUTHOR.matcher(rest).lookingAt() ? 45 : 12;
                if (!found.isEmpty() && found.get(0).start() <= before) {
                    best = found.get(0).iso();
                    bestDistance = Math.abs(i - anchor);
                }
            }
        }
        return best;
    }

    /**
     * A bare date line farther from the headline than the dateline window, nearest first (after the
     * headline before above it at equal distance), before the body's end (or up to {@link #AFTER}
     * lines past it) and within {@link #FAR_DATE_LINES} lines of the headline: 20 lines found 0.663
     * of the metadata-dev dump dates, 40 0.717, 80 0.736, 150 no more, so 80 bounds how far a lead
     * gallery or player pushes it.
     */
    static String nearestDateLine(List<Line> lines, int anchor, int end) {
        for (int d = 0; d <= FAR_DATE_LINES; d++) {
            for (int i : new int[] {anchor + d, anchor - d}) {
                if (i >= 0 && i <= end + AFTER && i < lines.size()) {
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

    /**
     * Lines after the body's end where a bare date line still counts (a blog's signature, "Benni /
     * 10. September 2017"), when none stands nearer the headline. On the extraction-dev dumps:
     * 0 lines, 468 dates right and 55 wrong; 12 lines, 492 and 63; 40 lines, 501 and 74 (past 12,
     * more of the dates added are wrong than right). metadata-dev: 203/15, 208/15, 210/17.
     */
    private static final int AFTER = 12;

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

    /** An author named after a publication cue: "von …", "by …", "par …", "por …". */
    private static final Pattern BY_AUTHOR = Pattern.compile("(?iu)(?:von|by|par|por|di|av)\\s*\\p{Lu}");

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

    /**
     * The body's first and last line (-1 when no prose was found), and the lines between its runs
     * of prose that are not its text.
     */
    record Body(int start, int end, BitSet gaps) {
    }

    /**
     * The body: the run of prose lines with the most text (a short line or two inside a run is a
     * subhead), joined with the runs next to it across a product box, a caption or an ad label.
     */
    static Body bodyRange(List<Line> lines) {
        List<int[]> runs = new ArrayList<>();
        int best = -1;
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
            runs.add(new int[] {s, e, score});
            if (best < 0 || score > runs.get(best)[2]) {
                best = runs.size() - 1;
            }
            i = j + 1;
        }
        if (best < 0) {
            return new Body(-1, -1, new BitSet());
        }
        int first = best;
        int last = best;
        while (last + 1 < runs.size() && joins(lines, runs.get(last), runs.get(last + 1))) {
            last++;
        }
        while (first > 0 && joins(lines, runs.get(first - 1), runs.get(first))) {
            first--;
        }
        BitSet gaps = new BitSet();
        for (int r = first; r < last; r++) {
            gaps.set(runs.get(r)[1] + 1, runs.get(r + 1)[0]);
        }
        return new Body(runs.get(first)[0], runs.get(last)[1], gaps);
    }

    /** Lines after the body's end where a closing byline ("Von X, Zürich") is still read. */
    private static final int BYLINE_AFTER = 5;

    /**
     * Two runs of prose join across at most this many lines, when each has at least
     * {@link #MIN_RUN} characters. Calibrated on the metadata-dev and extraction-dev dumps: body F1
     * 0.802 / segments 0.783 with one run only; gaps of 4, 8, 10, 12, 20 lines with runs of 300
     * characters give 0.849/0.805, 0.863/0.815, 0.864/0.816, 0.866/0.816, 0.864/0.816; runs of 80
     * characters let comments and teasers in (0.853/0.803 at 12 lines), 800 keep real paragraphs out
     * (0.848/0.808 at 10).
     */
    private static final int MAX_GAP = 10;
    private static final int MIN_RUN = 300;

    /** Two runs of prose separated by a few lines of a product box, a caption or an ad label: one body. */
    private static boolean joins(List<Line> lines, int[] a, int[] b) {
        return b[0] - a[1] - 1 <= MAX_GAP && Math.min(a[2], b[2]) >= MIN_RUN;
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
        double wordCount = wordCount(s);
        if ((endsSentence && wordCount >= 6) || wordCount >= 25) {
            return Kind.PROSE;
        }
        if (wordCount >= 2 && s.length() <= 250 && !s.contains("©")) {
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

    /** Words of a line; Chinese and Japanese write no spaces, so two ideographs or kana count as one. */
    static double wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n + cjkCount(s) / 2.0;
    }

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
        for (String part : line.split("\\s*[•·⋅|]\\s*")) {
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
