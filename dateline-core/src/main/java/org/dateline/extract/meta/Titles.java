package org.dateline.extract.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines: the site-name suffix or prefix taken off ("Title | Site", "Site » Blog » Title",
 * "Title - Section - Site", "タイトル：新聞"), and the page's several headlines (JSON-LD, OpenGraph,
 * Twitter card, the {@code <h1>}, the {@code <title>}) reconciled into one. Thread-safe, stateless.
 */
public final class Titles {

    /** Separators between a headline and the site name or section, spaced ("A - B") or CJK ("A：B", "AㅣB"). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+(?:[|–—\\-·•»«›/~:*]|::|\\\\)\\s+|\\s+\\|\\s*|\\s*\\|\\s+|\\s*[｜：ㅣ|]\\s*|\\s+[-–—]{2}\\s*|(?<=\\S)--(?=\\S)|(?<=\\S):\\s+");
    /** Separator characters left at a cut; not the guillemets, which quote in French, German and Swiss headlines. */
    private static final String TRIM_CHARS = "[\\s|–—:\\-·•›/~｜：ㅣ\\\\]+";

    private Titles() {
    }

    /** One headline as a source gives it, and how much that source is trusted. */
    public record Candidate(String source, String text, double weight) {
    }

    /**
     * The headline: {@code title} without the site name at either end.
     *
     * @param siteName the site's name as the page states it (og:site_name), or null
     * @param host     the page's host name, or null
     */
    public static String clean(String title, String siteName, String host) {
        List<String> names = new ArrayList<>();
        if (siteName != null) {
            names.add(siteName);
        }
        return strip(title, names, host);
    }

    /** {@code title} without the segments at either end that name the site or a section of it. */
    static String strip(String title, Collection<String> siteNames, String host) {
        String t = normalise(title);
        if (t == null) {
            return null;
        }
        // A separator left at the end where a CMS dropped the site's name ("Headline -").
        Matcher lone = LONE_SEPARATOR.matcher(t);
        if (lone.find() && lone.start() > 0) {
            t = t.substring(0, lone.start());
        }
        List<String[]> segs = split(t);
        if (segs.size() < 2) {
            return t;
        }
        String glued = gluedName(segs);
        if (glued != null) {
            return glued;
        }
        int from = 0;
        int to = segs.size();
        // A date at either end ("| 28.04.2023", "08.11.2021 | ") is never part of a headline.
        while (to - from >= 2 && isDate(segs.get(to - 1)[0])) {
            to--;
        }
        while (to - from >= 2 && isDate(segs.get(from)[0]) && !isColon(segs.get(from)[1])) {
            from++;
        }
        boolean cut = to < segs.size() || from > 0;
        // A site name that itself holds a separator ("Mady Morrison - Yoga Lifestyle") ends the title.
        for (int k = from + 1; k < to - 1; k++) {
            if (!isColon(segs.get(k - 1)[1]) && isWholeSiteName(segs, k, to, siteNames)) {
                to = k;
                cut = true;
                break;
            }
        }
        // "Headline | Site | Slogan": the site's name in the middle, set apart by one separator
        // from the headline and from a short slogan after it.
        for (int k = from + 1; k < to - 1; k++) {
            String sep = segs.get(k - 1)[1].strip();
            if (!isColon(sep) && sep.equals(segs.get(k)[1].strip()) && isSiteName(segs.get(k)[0], siteNames, host)
                    && words(segs, k + 1, to) <= 8) {
                to = k;
                cut = true;
                break;
            }
        }
        // Trailing: "Headline | Section | Site" loses Site, then the short section names before it
        // that the same separator sets apart (a " - subtitle" before a " | Site" stays).
        String siteSep = null;
        boolean dated = cut;
        cut = false;
        while (to - from >= 2 && !isColon(segs.get(to - 2)[1]) && isTrailingSiteName(segs.get(to - 1)[0], siteNames, host)) {
            siteSep = segs.get(to - 2)[1].strip();
            to--;
            cut = true;
        }
        if (cut) {
            while (to - from >= 2 && isChrome(segs.get(to - 1)[0]) && segs.get(to - 2)[1].strip().equals(siteSep)) {
                to--;
            }
        }
        if (!cut) {
            // Leading: "Site: Headline", "Site » Blog » Headline".
            while (to - from >= 2 && isSiteName(segs.get(from)[0], siteNames, host)) {
                siteSep = segs.get(from)[1].strip();
                from++;
                cut = true;
            }
            if (cut) {
                while (to - from >= 2 && isChrome(segs.get(from)[0]) && segs.get(from)[1].strip().equals(siteSep)
                        && !isColon(segs.get(from)[1]) && !segs.get(from)[1].strip().equals("：")) {
                    from++;
                }
            }
        }
        // Only site names are cut at a colon: "Kicker: Headline" is one headline.
        if (!cut && !dated) {
            return t;
        }
        if (from == 0 && to == segs.size()) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(segs.get(i)[0]);
            if (i < to - 1) {
                sb.append(segs.get(i)[1]);
            }
        }
        String r = sb.toString().replaceAll("^" + TRIM_CHARS, "").replaceAll(TRIM_CHARS + "$", "").strip();
        return r.isEmpty() ? t : r;
    }

    /**
     * The headline of "Headline{@code Site} | Site": a template that printed the headline and the
     * site's name with no space between them, then the name again after a separator. The repeated
     * name is the evidence that it names the site, declared or not; null when the title is not so.
     */
    private static String gluedName(List<String[]> segs) {
        String name = segs.get(segs.size() - 1)[0].strip();
        String before = segs.get(segs.size() - 2)[0].strip();
        int at = before.length() - name.length();
        if (name.length() < 8 || at < 4 || !before.endsWith(name) || !Character.isLetterOrDigit(before.charAt(at - 1))) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segs.size() - 2; i++) {
            sb.append(segs.get(i)[0]).append(segs.get(i)[1]);
        }
        sb.append(before, 0, at);
        String r = sb.toString().strip();
        return r.isEmpty() ? null : r;
    }

    /** A separator with nothing after it (not a closing guillemet, which ends a quote). */
    private static final Pattern LONE_SEPARATOR = Pattern.compile("\\s+[-|–—·•/]+\\s*$");

    /** A segment that is a date and little else ("28.04.2023", "8. November 2021"). */
    private static boolean isDate(String seg) {
        return DateParser.parse(seg) != null && seg.replaceAll("[\\d\\s./\\-:,]", "").length() <= 12;
    }

    /** True when segments {@code from}..{@code to}-1, separators included, spell one of the site's names. */
    private static boolean isWholeSiteName(List<String[]> segs, int from, int to, Collection<String> siteNames) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(segs.get(i)[0]);
        }
        String joined = squash(sb.toString());
        if (joined.length() < 6) {
            return false;
        }
        for (String n : siteNames) {
            if (squash(n).equals(joined)) {
                return true;
            }
        }
        return false;
    }

    /** Words in segments {@code from}..{@code to}-1. */
    private static int words(List<String[]> segs, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            String s = segs.get(i)[0].strip();
            if (!s.isEmpty()) {
                n += s.split("\\s+").length;
            }
        }
        return n;
    }

    /** Segments of a title with the separator that follows each ("" after the last). */
    static List<String[]> split(String t) {
        List<String[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        int last = 0;
        while (m.find()) {
            if (m.start() == 0) {
                continue;
            }
            out.add(new String[]{t.substring(last, m.start()), m.group()});
            last = m.end();
            if (out.size() > 30) {
                break;
            }
        }
        out.add(new String[]{t.substring(last), ""});
        return out;
    }

    /** A colon attached to the word before it ("Kicker: Headline"), not a spaced separator. */
    private static boolean isColon(String sep) {
        return sep.startsWith(":");
    }

    /** A short segment that reads like a section name ("News", "Sport", "Europa"), not a clause. */
    private static boolean isChrome(String seg) {
        String s = seg.strip();
        return !s.isEmpty() && s.split("\\s+").length <= 2 && s.length() <= 24 && !s.matches(".*[?!\"«»„“”].*");
    }

    /**
     * A last segment names the site more often than a first one does, so it may also be a short
     * phrase containing the site's name as a word ("Bundeskanzleramt Österreich" on
     * bundeskanzleramt.gv.at).
     */
    static boolean isTrailingSiteName(String part, Collection<String> siteNames, String host) {
        if (isSiteName(part, siteNames, host)) {
            return true;
        }
        String[] words = part.strip().split("[^\\p{L}\\p{N}]+");
        if (words.length > 5) {
            return false;
        }
        String label = hostLabel(host);
        for (String w : words) {
            String sw = squash(w);
            if (sw.length() >= 4 && (sw.equals(label) || siteNames.stream().anyMatch(n -> squash(n).equals(sw)))) {
                return true;
            }
        }
        return false;
    }

    /** The registered name of a host without its public suffix ("bundeskanzleramt" of bundeskanzleramt.gv.at). */
    static String hostLabel(String host) {
        if (host == null) {
            return "";
        }
        String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
        // Skip the public suffix: the TLD and, for second-level suffixes (co.uk, gv.at, com.au), the one before.
        int i = parts.length - 2;
        if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) {
            i--;
        }
        return i >= 0 ? squash(parts[i]) : squash(host);
    }

    static boolean isSiteName(String part, Collection<String> siteNames, String host) {
        String p = squash(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String siteName : siteNames) {
            String s = squash(siteName);
            if (s.isEmpty()) {
                continue;
            }
            // The part is the name, a piece of it ("News" of "BBC News"), or the name with a little
            // more ("Golem.de" for "Golem"); not a clause that happens to contain the name.
            if (p.equals(s) || s.contains(p) && p.length() >= 3 && part.strip().split("\\s+").length <= 4
                    || p.contains(s) && s.length() >= 4 && s.length() * 3 >= p.length() * 2) {
                return true;
            }
        }
        if (host != null) {
            String h = squash(host);
            String core = host.contains(".") ? squash(host.substring(0, host.lastIndexOf('.'))) : h;
            int dot = host.lastIndexOf('.', host.lastIndexOf('.') - 1);
            String label = squash(dot >= 0 ? host.substring(dot + 1, host.lastIndexOf('.')) : host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
            boolean shortPart = part.strip().split("\\s+").length <= 4;
            return p.equals(h) || p.equals(core) || p.equals(label)
                    || shortPart && p.length() >= 3 && h.contains(p)
                    || shortPart && label.length() >= 3 && p.contains(label) && label.length() * 3 >= p.length() * 2;
        }
        return false;
    }

    /** {@link #normalise normalised}, without separators left at either end (": Headline" of a kicker set apart); null when empty. */
    static String trimSeparators(String s) {
        String t = normalise(s);
        if (t == null) {
            return null;
        }
        t = t.replaceAll("^" + TRIM_CHARS + "|" + TRIM_CHARS + "$", "");
        return t.isEmpty() ? null : t;
    }

    /** Lower-case letters and digits only: the key two spellings of one headline share. */
    static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        String l = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Entities decoded (a second time when a CMS escaped them twice), whitespace collapsed; null when empty. */
    static String normalise(String s) {
        return JsonLd.clean(s);
    }

    /**
     * Reconciles the headlines a page gives. Each candidate is first stripped of site names; then
     * the candidates vote: each supports the headline it equals (ignoring case, spacing and
     * punctuation). A candidate that is another plus a tail after a separator ("Headline - Site
     * Slogan", where the site's name was not recognised) supports that shorter headline fully; one
     * of the structured headlines (OpenGraph, JSON-LD, Twitter) that is another plus a kicker
     * ("Kicker: Headline") supports the shorter one slightly less. The best-supported headline wins,
     * ties going to the earlier (more trusted) candidate, whose spelling is kept.
     *
     * <p>Calibrated on metadata-dev and extraction-dev together: the kicker rule is limited to the
     * structured headlines because in the {@code <h1>} the kicker is part of the headline shown.
     *
     * @param candidates in order of trust; a null or blank text is skipped
     */
    public static String choose(List<Candidate> candidates, Collection<String> siteNames, String host) {
        List<Candidate> cs = new ArrayList<>();
        for (Candidate c : candidates) {
            String t = strip(c.text(), siteNames, host);
            if (t != null && !squash(t).isEmpty() && !isSiteName(t, siteNames, host)) {
                cs.add(new Candidate(c.source(), t, c.weight()));
            }
        }
        if (cs.isEmpty()) {
            // Only the site's name is known: better that than nothing.
            for (Candidate c : candidates) {
                String t = normalise(c.text());
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        String best = null;
        double bestScore = -1;
        for (Candidate c : cs) {
            String key = squash(c.text());
            double score = 0;
            for (Candidate o : cs) {
                String ok = squash(o.text());
                if (ok.equals(key)) {
                    score += o.weight();
                } else if (key.length() >= 12 && ok.length() > key.length()) {
                    Extra extra = extra(c.text(), o.text());
                    if (extra == Extra.TAIL) {
                        score += o.weight();
                    } else if (extra != Extra.NONE && (STRUCTURED.contains(c.source()) || c.source().equals("h1-part") && extra == Extra.KICKER)
                            && STRUCTURED.contains(o.source())) {
                        score += o.weight() * 0.9;
                    }
                }
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = c.text();
            }
        }
        return typographic(best, cs);
    }

    /**
     * The spelling of {@code best} with typographic quotes, apostrophes, dashes and ellipses when
     * another candidate writes the same headline with them and {@code best} has their ASCII
     * stand-ins: the newsroom's spelling, which the social and search tags often flatten. On
     * extraction-dev 14 more titles match; on metadata-dev 2 fewer (its gold copies the flattened
     * og:title of two sites).
     */
    private static String typographic(String best, List<Candidate> cs) {
        String folded = foldTypography(best);
        String out = best;
        int most = typographicMarks(best);
        for (Candidate c : cs) {
            int n = typographicMarks(c.text());
            if (n > most && foldTypography(c.text()).equals(folded)) {
                out = c.text();
                most = n;
            }
        }
        return out;
    }

    private static final String TYPOGRAPHIC = "‘’‚“”„–—…";

    private static int typographicMarks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (TYPOGRAPHIC.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Typographic marks as their ASCII stand-ins ("’" as "'", "–" as "-", "…" as "..."). */
    static String foldTypography(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '‘', '’', '‚' -> sb.append('\'');
                case '“', '”', '„' -> sb.append('"');
                case '–', '—' -> sb.append('-');
                case '…' -> sb.append("...");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final java.util.Set<String> STRUCTURED = java.util.Set.of("og", "ld", "twitter");

    /** How a longer headline extends a shorter one. */
    enum Extra { NONE, TAIL, HEAD, KICKER }

    private static final Pattern TAIL_SEPARATOR = Pattern.compile("\\s+[-|–—·•»›/]\\s+|\\s*[|｜]\\s*");

    /**
     * {@link Extra#TAIL} when {@code longer} is {@code core} + a spaced separator + a tail no longer
     * than the core (a site slogan or section); {@link Extra#KICKER} when it is a kicker + separator
     * + {@code core}; {@link Extra#HEAD} when {@code core} is followed by a longer subtitle.
     */
    static Extra extra(String core, String longer) {
        String k = squash(core);
        String l = squash(longer);
        if (k.equals(l) || !l.startsWith(k) && !l.endsWith(k)) {
            return Extra.NONE;
        }
        Matcher m = TAIL_SEPARATOR.matcher(longer);
        while (m.find()) {
            if (m.start() > 0 && m.end() < longer.length() && squash(longer.substring(0, m.start())).equals(k)
                    && longer.length() - m.end() <= core.length()) {
                return Extra.TAIL;
            }
        }
        for (String[] seg : splitAll(longer)) {
            if (squash(seg[1]).equals(k)) {
                return Extra.KICKER;
            }
            if (squash(seg[0]).equals(k)) {
                return Extra.HEAD;
            }
        }
        return Extra.NONE;
    }

    private static final Pattern CORE_SEPARATOR = Pattern.compile("\\s*[:|–—/]\\s+|\\s+[-·•»]\\s+|[«»\"„“”]\\s*[:–—-]\\s+");

    /** Every way to cut {@code s} in two at a separator: {head, tail}. */
    private static List<String[]> splitAll(String s) {
        List<String[]> out = new ArrayList<>();
        Matcher m = CORE_SEPARATOR.matcher(s);
        while (m.find() && out.size() < 10) {
            if (m.start() > 0 && m.end() < s.length()) {
                out.add(new String[]{s.substring(0, m.start()), s.substring(m.end())});
            }
        }
        return out;
    }
}
