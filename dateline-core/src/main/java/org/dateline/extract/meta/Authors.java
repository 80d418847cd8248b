package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The authors of an article as person names: JSON-LD {@code Person} authors first, then the
 * author meta tags, then the bylines shown on the page ({@code itemprop=author}, {@code rel=author},
 * elements marked byline/author, "By …" lines near the headline). Raw bylines are cleaned: "By",
 * roles, e-mail addresses, dates and agency codes go; "A and B", "A, B", "A und B" are split. The
 * outlet is given only when the page names no person. Stateless and thread-safe.
 */
final class Authors {

    /** Most authors an article lists; beyond this a byline is a list of staff, not of authors. */
    static final int MAX_AUTHORS = 8;

    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:written|posted|published|reported|compiled|edited|text|story|words|reporting|video|fotos?|photos?|bilder)\\s+(?:and\\s+\\w+\\s+)?by|"
                    + "by|von|vom|par|por|door|di|da|av|af|przez|od|autor(?:in|a|e|es)?|author|authors|auteur|autore|autori|"
                    + "text|texte|tekst|testo|verfasst\\s+von|ein\\s+(?:beitrag|artikel|kommentar)\\s+von|"
                    + "een\\s+artikel\\s+van|escrito\\s+por|publicado\\s+por|scritto\\s+da|écrit\\s+par|"
                    + "redakcja|reporter|redaktion|кореспондент|автор|yazar|kaynak|penulis|oleh|bởi|作者|文|记者|記者)"
                    + "\\s*[:：|/-]?\\s+");
    /** Words after a name that start a role, a date or a bio ("Jane Doe, Senior Reporter", "Jane Doe is a ..."). */
    private static final Pattern TAIL = Pattern.compile(
            "(?iu)\\s+(?:is\\s+an?|ist|est|es|è|is|was|works|writes|schreibt|berichtet|reports|covers|"
                    + "updated|aktualisiert|published|veröffentlicht|posted|publié|publicado|am|on|le|el|il|"
                    + "um|at|den|der|vom|for\\s+the|für|para|pour|per|in)\\b.*$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(?:senior|chief|staff|political|foreign|special|deputy|managing|executive|associate|contributing|"
                    + "freelance|local|regional|sports?|business|tech|technology|science|health|entertainment|"
                    + "news|digital|online|social\\s+media|investigative|the|a|an|our)?\\s*"
                    + "(?:reporter|writer|correspondent|editor|editors|journalist|columnist|contributor|"
                    + "redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journalistin|mitarbeiter(?:in)?|"
                    + "rédacteur|rédactrice|journaliste|envoyé(?:e)?\\s+spécial(?:e)?|correspondant(?:e)?|"
                    + "periodista|redactor(?:a)?|corresponsal|giornalista|inviato|inviata|"
                    + "photographer|fotograf(?:in)?|producer|analyst|intern|team|staff|desk|bureau|"
                    + "in\\s+\\p{L}+|aus\\s+\\p{L}+|from\\s+\\p{L}+)\\b.*$");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\||/|·|•|&|\\+|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bog\\b|\\boch\\b|"
                    + "\\bja\\b|\\bés\\b|\\bve\\b|\\bi\\b|\\ba\\b|\\bsi\\b|\\bși\\b|\\bи\\b|\\bта\\b|\\bі\\b|\\bmit\\b|\\bwith\\b|"
                    + "\\bund\\b|\\bu\\.|、|，|및|과|와)\\s*",
            Pattern.UNICODE_CASE);
    /** Bylines that name no one. */
    private static final Set<String> NOT_NAMES = Set.of("admin", "administrator", "redaktion", "redaction",
            "rédaction", "redacción", "redazione", "redactie", "redakcja", "editor", "editors", "editorial",
            "staff", "team", "unknown", "anonymous", "anonym", "guest", "gast", "webmaster", "newsroom", "desk",
            "weiter", "mehr", "more", "read more", "weitere artikel", "alle artikel", "all articles", "author",
            "autor", "autorin", "authors", "autoren", "by", "von", "profile", "profil", "facebook", "twitter",
            "instagram", "linkedin", "email", "e-mail", "mail", "follow", "folgen", "subscribe", "share",
            "home", "news", "nachrichten", "online", "redaktionen", "user", "nutzer", "gastautor", "gastbeitrag",
            "media", "contributor", "contributors", "wire", "agency", "agencies", "agenturen", "null", "none",
            "undefined", "false", "true", "editorial staff", "editorial team", "staff writer", "staff reporter",
            "reporter", "correspondent", "journalist", "redakteur", "foto", "photo", "bild", "quelle", "source",
            "kommentare", "comments", "leave a comment", "reply", "antworten", "mehr zum thema", "more from",
            "written by", "posted by", "view all posts", "alle beiträge", "see all", "artikel", "article");

    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:by-?line|byline\\w*|author\\w*|autor\\w*|auteur\\w*|writer|verfasser\\w*|"
                    + "journalist\\w*|reporter|creator|firma|signature|article-?source|contributor\\w*|"
                    + "meta-?author|post-?author|entry-?author|story-?author|article-?author)(?:$|[\\s_-])");
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "(?i)comment|related|teaser|recommend|sidebar|widget|footer|popular|trending|newsletter|share|"
                    + "social|copyright|caption|credit|bio|about-?the-?author|author-?box|more-?from|reply|respond");

    private Authors() {
    }

    static List<String> extract(Document doc, JsonLd ld, JsonNode article, Collection<String> siteNames, String host) {
        List<String> orgs = new ArrayList<>();
        // 1. JSON-LD: persons; organisations are kept aside for the end.
        Map<String, String> people = new LinkedHashMap<>();
        for (JsonLd.Author a : ld.authors(article)) {
            if (a.person() && !isOutlet(a.name(), siteNames, host)) {
                addAll(people, a.name());
            } else {
                orgs.add(a.name());
            }
        }
        if (!people.isEmpty()) {
            return list(people);
        }
        // 2. Meta tags.
        List<String> meta = new ArrayList<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String k = (m.hasAttr("name") ? m.attr("name") : m.hasAttr("property") ? m.attr("property") : m.attr("itemprop"))
                    .toLowerCase(Locale.ROOT);
            switch (k) {
                case "author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
                     "parsely-author", "citation_author", "article:author_name", "author_name", "og:article:author",
                     "cxenseparse:author", "dc.contributor", "creator" -> meta.add(m.attr("content"));
                default -> {
                }
            }
        }
        for (String raw : meta) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            if (isOutlet(raw, siteNames, host)) {
                orgs.add(raw.strip());
            } else {
                addAll(people, raw);
            }
        }
        if (!people.isEmpty()) {
            return list(people);
        }
        // 3. Bylines shown on the page.
        List<String> shown = bylines(doc);
        for (String raw : shown) {
            if (isOutlet(raw, siteNames, host)) {
                orgs.add(raw.strip());
            } else {
                addAll(people, raw);
            }
            if (people.size() >= MAX_AUTHORS) {
                break;
            }
        }
        if (!people.isEmpty()) {
            return list(people);
        }
        // 4. No person named: the outlet or agency the page credits, if any.
        Map<String, String> out = new LinkedHashMap<>();
        for (String o : orgs) {
            String c = JsonLd.clean(o);
            if (c != null && c.length() <= 60 && !c.startsWith("http") && !NOT_NAMES.contains(c.toLowerCase(Locale.ROOT))) {
                out.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
            }
            if (out.size() >= 2) {
                break;
            }
        }
        return list(out);
    }

    private static List<String> list(Map<String, String> m) {
        List<String> out = new ArrayList<>(m.values());
        return out.size() > MAX_AUTHORS ? out.subList(0, MAX_AUTHORS) : out;
    }

    /** Byline texts found in the page's markup, best first. */
    static List<String> bylines(Document doc) {
        List<String> out = new ArrayList<>();
        // Microdata: the author's name property, else the author element's own short text.
        for (Element e : doc.select("[itemprop~=^(author|creator)$]")) {
            if (noise(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            String v = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            if (!v.isBlank() && v.length() <= 120) {
                out.add(v);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Element e : doc.select("a[rel~=(?i)^author$], a[href*=/author/], a[href*=/authors/], a[href*=/autor/], "
                + "a[href*=/autoren/], a[href*=/journalist/], a[href*=/journalists/], a[href*=/redakteur], "
                + "a[href*=/auteur/], a[href*=/autore/], a[href*=/profile/], a[href*=/staff/], a[href*=/people/], "
                + "a[href*=/reporter/], a[href*=/writers/], a[href*=/columnists/]")) {
            if (noise(e) || e.text().length() > 60) {
                continue;
            }
            out.add(e.text());
            if (out.size() >= MAX_AUTHORS) {
                break;
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int seen = 0;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            String marker = e.className() + " " + e.id();
            if (marker.isBlank() || !BYLINE_CLASS.matcher(marker).find() || noise(e)) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > 150) {
                continue;
            }
            out.add(text);
            break;
        }
        return out;
    }

    private static boolean noise(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < 25; p = p.parent(), depth++) {
            String tag = p.tagName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
                return true;
            }
            String marker = p.className() + " " + p.id();
            if (!marker.isBlank() && NOISE_CLASS.matcher(marker).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} is the site itself (its name or host), not a person. */
    static boolean isOutlet(String name, Collection<String> siteNames, String host) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return false;
        }
        String sq = Titles.squash(n);
        if (sq.isEmpty()) {
            return false;
        }
        for (String s : siteNames) {
            String ss = Titles.squash(s);
            if (!ss.isEmpty() && (sq.equals(ss) || sq.length() >= 3 && ss.contains(sq) || ss.length() >= 4 && sq.contains(ss))) {
                return true;
            }
        }
        if (host != null) {
            String h = Titles.squash(host);
            String label = Titles.squash(host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host);
            if (sq.equals(h) || sq.equals(label) || label.length() >= 4 && sq.contains(label) || sq.length() >= 4 && h.contains(sq)) {
                return true;
            }
        }
        return n.matches("(?i).*\\.(com|de|org|net|co\\.uk|at|ch|fr|es|it)\\b.*") || n.matches("(?i).*\\b(news|zeitung|times|post|daily|online|redaktion|media|verlag|gmbh|ltd|inc)\\b.*")
                && !n.matches("\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+");
    }

    /** Cleans one raw byline and adds each name in it. */
    static void addAll(Map<String, String> out, String raw) {
        for (String name : names(raw)) {
            out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
    }

    /** The person names in a raw byline, cleaned; empty when it names no one. */
    static List<String> names(String raw) {
        List<String> out = new ArrayList<>();
        String s = JsonLd.clean(raw);
        if (s == null || s.length() > 300) {
            return out;
        }
        s = s.replaceAll("\\S+@\\S+", " ")
                .replaceAll("https?://\\S+|www\\.\\S+", " ")
                .replaceAll("\\([^)]{0,40}\\)|\\[[^]]{0,40}]", " ")
                .replaceAll("\\s+", " ").strip();
        for (int i = 0; i < 2; i++) {
            s = LEAD.matcher(s).replaceFirst("").strip();
        }
        // A date or time ends a byline ("Jane Doe | 17.03.2016", "Jane Doe, 3 hours ago").
        List<DateParser.Found> dates = DateParser.findAll(s, false, 1);
        if (!dates.isEmpty() && dates.get(0).start() > 0) {
            s = s.substring(0, dates.get(0).start());
        }
        s = s.replaceAll("(?iu)\\s*[|•·–—-]?\\s*(?:\\d+\\s+(?:min|minutes?|hours?|stunden?|std|tagen?|days?)\\b.*|vor\\s+\\d+.*|il y a.*|hace\\s+\\d+.*)$", "")
                .replaceAll("(?iu)\\s*(?:기자|특파원|記者|记者|通讯员|報道)\\s*$", "")
                .replaceAll("[\\s,;:|•·–—-]+$", "").strip();
        for (String part : SPLIT.split(s)) {
            String p = part.strip();
            p = TAIL.matcher(p).replaceFirst("").strip();
            p = ROLE.matcher(p).replaceFirst("").strip();
            p = p.replaceAll("(?iu)\\s*(?:기자|특파원|記者|记者)$", "").replaceAll("^[\\s,;:|•·–—.-]+|[\\s,;:|•·–—-]+$", "").strip();
            if (isName(p)) {
                out.add(p);
            }
            if (out.size() >= MAX_AUTHORS) {
                break;
            }
        }
        return out;
    }

    /** Looks like a person's name as bylines write it: a few capitalised words, or a short CJK name. */
    static boolean isName(String p) {
        if (p.length() < 2 || p.length() > 50) {
            return false;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || lower.startsWith("http") || p.contains("/") || p.contains("@")
                || p.matches(".*\\d.*") || p.contains("_")) {
            return false;
        }
        // A slug ("jane-doe") is an address, not a written name.
        if (p.matches("[a-z]+(?:[-.][a-z]+)+")) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        if (p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
            return p.length() <= 12 && words.length <= 3;
        }
        int capitalised = 0;
        int cased = 0;
        for (String w : words) {
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c)) {
                capitalised++;
            }
            if (Character.isLetter(c) && (Character.isUpperCase(c) || Character.isLowerCase(c))) {
                cased++;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        if (cased == 0) {
            // Scripts without case (Arabic, Hebrew, Thai, Devanagari): trust the source.
            return true;
        }
        // Particles (von, van, de, da, bin, al-) are lower case; the name's words are capitalised.
        // A single word is a name only when it is capitalised ("Krimiblogger", "Reuters").
        return capitalised >= Math.max(1, (cased + 1) / 2) && Character.isUpperCase(p.codePointAt(0))
                || p.equals(p.toUpperCase(Locale.ROOT)) && words.length >= 2;
    }
}
