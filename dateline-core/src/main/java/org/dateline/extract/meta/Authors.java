package org.dateline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.extract.JobTitles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    static final int MAX_AUTHORS = 12;

    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:written|posted|published|reported|compiled|edited|text|story|words|reporting|video|fotos?|photos?|bilder)\\s+(?:and\\s+\\w+\\s+)?by|"
                    + "by|von|vom|par|por|door|di|da|av|af|przez|od|autor(?:in|a|e|es)?|author|authors|auteur|autore|autori|"
                    + "text|texte|tekst|testo|(?:verfasst|veröffentlicht|geschrieben|erstellt|publiziert)\\s+von|"
                    + "(?:publié|écrit|rédigé)\\s+par|(?:pubblicato|scritto)\\s+da|(?:gepubliceerd|geschreven)\\s+door|"
                    + "ein\\s+(?:beitrag|artikel|kommentar)\\s+von|"
                    + "een\\s+artikel\\s+van|escrito\\s+por|publicado\\s+por|scritto\\s+da|écrit\\s+par|"
                    + "redakcja|reporter|redaktion|quelle|source|sources|fuente|fonte|interview|gespräch|fotos?|"
                    + "кореспондент|автор|yazar|kaynak|"
                    + "penulis|oleh|bởi|作者|文|记者|記者)"
                    + "(?:\\s*[:：|/-]?\\s+|\\s*[:：]?$)");
    /** Words after a name that start a role, a date or a bio ("Jane Doe, Senior Reporter", "Jane Doe is a ..."). */
    private static final Pattern TAIL = Pattern.compile(
            "(?iu)\\s+(?:is\\s+an?|is\\s+the|ist|est|è|was|works|writes|schreibt|berichtet|reports|covers|"
                    + "updated|aktualisiert|published|veröffentlicht|posted|publié|publicado|stand|am|on|um|at|"
                    + "for\\s+the|für|in|im\\s+gespräch|in\\s+conversation)\\b.*$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(?:senior|chief|staff|political|foreign|special|deputy|managing|executive|associate|contributing|"
                    + "freelance|local|regional|sports?|business|tech|technology|science|health|entertainment|"
                    + "news|digital|online|social\\s+media|investigative|the|a|an|our)?\\s*"
                    + "(?:" + JobTitles.NOUNS + "|in\\s+\\p{L}+|aus\\s+\\p{L}+|from\\s+\\p{L}+)\\b.*$");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\||/|·|•|&|\\+|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bog\\b|\\boch\\b|"
                    + "\\bja\\b|\\bés\\b|\\bve\\b|\\bi\\b|\\ba\\b|\\bsi\\b|\\bși\\b|\\bи\\b|\\bта\\b|\\bі\\b|\\bmit\\b|\\bwith\\b|"
                    + "\\bund\\b|\\bu\\.|、|，|및|과|와)\\s*",
            Pattern.UNICODE_CASE);
    private static final Pattern BY_INSIDE = Pattern.compile(
            "(?u)(?:^|\\s)(?:by|By|BY|von|Von|VON|par|Par|PAR|por|Por|POR|door|av|af|przez|oleh)\\s*:?\\s+(?=\\p{Lu})");
    /** Bylines that name no one. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("admin", "administrator", "redaktion", "redaction",
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
            "written by", "posted by", "view all posts", "alle beiträge", "see all", "artikel", "article",
            "veröffentlicht", "aktualisiert", "published", "updated", "publié", "publicado", "pubblicato",
            "stand", "zuletzt", "last updated", "mis à jour", "actualizado", "aggiornato", "read", "lesen",
            "min", "minutes", "minuten", "lesezeit", "reading time", "print", "drucken", "kommentieren",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
            "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "posted", "interview",
            "photos", "fotos", "video", "audio", "podcast", "live", "update", "advertisement", "anzeige", "sponsored",
            "phd", "md", "dr", "prof", "verwandte artikel", "weitere informationen", "mehr themen", "publiziert",
            "related articles", "more stories", "mehr zum thema", "weiterlesen", "continue reading", "no", "yes",
            "expertin", "experte", "expert", "gast", "guest author", "hinterlasse einen kommentar",
            "schreibe einen kommentar", "kommentar schreiben", "laisser un commentaire", "deja un comentario",
            "lascia un commento", "cc by", "cc-by", "cc by-sa", "cc by-nc", "cc0"));

    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:by-?line|byline\\w*|author\\w*|autor\\w*|auteur\\w*|writer|verfasser\\w*|"
                    + "journalist\\w*|reporter|creator|firma|signature|article-?source|contributor\\w*|"
                    + "meta-?author|post-?author|entry-?author|story-?author|article-?author)(?:$|[\\s_-])");
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "comment|related|teaser|recommend|sidebar|widget|footer|popular|trending|newsletter|share|"
                    + "social|copyright|caption|credit|bio|about-?the-?author|author-?box|more-?from|reply|respond");

    private Authors() {
    }

    static List<String> extract(Document doc, MetaTags metas, PageElements elements, JsonLd ld, JsonNode article,
                                Element headline, Collection<String> siteNames, String host) {
        List<String> orgs = new ArrayList<>();
        Map<String, String> people = new LinkedHashMap<>();
        // 1. JSON-LD: persons; organisations are kept aside for the end.
        for (JsonLd.Author a : ld.authors(article)) {
            if (a.person()) {
                add(people, orgs, a.name(), siteNames, host);
            } else {
                orgs.add(a.name());
            }
        }
        if (!people.isEmpty()) {
            return list(people);
        }
        // 2. Meta tags.
        for (String key : META_AUTHOR_KEYS) {
            for (String v : metas.all(key)) {
                add(people, orgs, v, siteNames, host);
            }
        }
        if (!people.isEmpty()) {
            return list(people);
        }
        // 3. Bylines shown on the page.
        // The nearest byline that names someone: a nearer box may hold only "Posted on" or a date.
        for (List<Byline> group : bylines(doc, elements, headline)) {
            int credited = orgs.size();
            for (Byline b : group) {
                add(people, orgs, b.text(), b.link(), siteNames, host);
                if (people.size() >= MAX_AUTHORS) {
                    break;
                }
            }
            if (!people.isEmpty() || orgs.size() > credited) {
                break;
            }
        }
        if (!people.isEmpty()) {
            return list(people);
        }
        // 4. No person named: the outlet or agency the page credits, if any.
        Map<String, String> out = new LinkedHashMap<>();
        // One name: a second is the same outlet spelt otherwise ("Automobilwoche", "automobilwoche.de")
        // or its desk. A company under its legal form ("Wegewerk GmbH", "Naturstrom AG") is the
        // publisher or the web agency the CMS names, not a credit a newsroom gives.
        for (String o : orgs) {
            String c = outlet(o);
            if (c != null && !LEGAL_FORM.matcher(c).find()) {
                out.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
                break;
            }
        }
        return list(out);
    }

    /** Adds the persons (and agencies) a raw byline names to {@code people}, and the outlet it names, if any, to {@code orgs}. */
    private static void add(Map<String, String> people, List<String> orgs, String raw, Collection<String> siteNames,
                            String host) {
        add(people, orgs, raw, false, siteNames, host);
    }

    private static void add(Map<String, String> people, List<String> orgs, String raw, boolean link,
                            Collection<String> siteNames, String host) {
        if (raw == null || raw.isBlank() || raw.strip().matches("(?i)https?://.*|@.*")) {
            return;
        }
        List<Name> names = parse(raw, link, siteNames, host);
        for (Name n : names) {
            if (n.outlet()) {
                orgs.add(n.text());
            }
        }
        boolean person = names.stream().anyMatch(n -> !n.outlet() && !isAgency(n.text()));
        for (Name n : names) {
            if (!n.outlet() && (person || isAgency(n.text()))) {
                people.putIfAbsent(n.text().toLowerCase(Locale.ROOT), n.text());
            }
        }
    }

    /** An outlet's or agency's name as a byline gives it: "By", dates and addresses taken off; null if none is left. */
    static String outlet(String raw) {
        String c = JsonLd.clean(raw);
        if (c == null) {
            return null;
        }
        c = c.replaceAll("https?://\\S+|\\(?www\\.\\S+\\)?", " ").replaceAll("\\s+", " ").strip();
        for (int i = 0; i < 2; i++) {
            c = LEAD.matcher(c).replaceFirst("").strip();
        }
        c = cutAtDate(c);
        c = TAIL.matcher(c).replaceFirst("").strip();
        c = c.replaceAll("(?iu)\\s+(?:with|mit|avec|con)\\s+(?:agencies|agenturen|agences|agencias)$", "")
                .replaceAll("[\\s,;:|•·–—-]+$", "").strip();
        String lower = c.toLowerCase(Locale.ROOT);
        if (c.isEmpty() || c.length() > 60 || lower.startsWith("http") || NOT_NAMES.contains(lower)) {
            return null;
        }
        return c;
    }

    private static List<String> list(Map<String, String> m) {
        List<String> out = new ArrayList<>(m.values());
        return out.size() > MAX_AUTHORS ? out.subList(0, MAX_AUTHORS) : out;
    }

    /** Links to an author's page: rel=author, or a path segment that names authors in some language. */
    private static final Pattern AUTHOR_REL = Pattern.compile("(?i)(?:.*\\s)?author(?:\\s.*)?");
    private static final Pattern AUTHOR_PATH = Pattern.compile(
            "(?i)/(?:author|authors|autor|autoren|autorin|journalist|journalists|redakteur\\w*|auteur|auteurs|autore|"
                    + "autori|profile|profil|staff|reporter|reporters|writers|columnists|columnist|team|people|redaktion|"
                    + "persons|personen|by|penulis|yazar|editor|contributors|contributor)/");

    static boolean isAuthorLink(Element a) {
        String rel = a.attr("rel");
        return !rel.isEmpty() && AUTHOR_REL.matcher(rel).matches()
                || AUTHOR_PATH.matcher(a.attr("href")).find();
    }
    /** A line that opens with a byline word and a capitalised name: "By Jane Doe", "Von Max Muster". */
    private static final Pattern BY_LINE = Pattern.compile(
            "(?u)^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|[Aa]v|[Aa]f|[Dd]i|[Dd]a|[Pp]rzez|[Oo]leh|"
                    + "[Tt]ext|[Tt]exte|[Tt]ekst|[Aa]utor(?:in)?|[Aa]uthor|[Aa]uteur)\\s*:?\\s+\\p{Lu}");
    /** How far from the headline (in elements) a byline may sit; further ones belong to other stories. */
    private static final int MAX_AFTER = 400;
    private static final int MAX_BEFORE = 150;
    /** Elements from the headline within which a byline box needs no further check. */
    private static final int NEAR = 40;
    /** Byline boxes tried, nearest first, until one names someone. */
    private static final int MAX_TRIES = 4;

    private record Candidate(Element element, int index, int kind) {
    }

    /** A byline's raw text; {@code link} when it is the text of a link to the author's page, where a user name is a name. */
    record Byline(String text, boolean link) {
    }

    private static final int LINK = 0;
    private static final int MARKED = 1;
    private static final int BY = 2;

    private static final List<String> META_AUTHOR_KEYS = List.of("author", "article:author", "dc.creator",
            "dcterms.creator", "byl", "sailthru.author", "parsely-author", "citation_author", "article:author_name",
            "author_name", "og:article:author", "cxenseparse:author", "dc.contributor", "creator", "dcsext.author",
            "article.author");

    static List<List<Byline>> bylines(Document doc, Element headline) {
        return bylines(doc, PageElements.of(doc), headline);
    }

    /** Byline texts found in the page's markup, best first: microdata, else the byline nearest the headline. */
    static List<List<Byline>> bylines(Document doc, PageElements elements, Element headline) {
        List<Byline> out = new ArrayList<>();
        Element anchor = headline != null ? headline : doc.selectFirst("article, [itemprop=articleBody], main");
        Set<Element> wrappers = Dates.wrappers(anchor);
        for (Element e : elements.itemprops) {
            String ip = e.attr("itemprop");
            if (!ip.equals("author") && !ip.equals("creator") || noise(e, wrappers)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            String v = name != null ? (name.hasAttr("content") ? name.attr("content") : spaced(name))
                    : e.hasAttr("content") ? e.attr("content") : spaced(e);
            if (!v.isBlank() && v.length() <= 120) {
                out.add(new Byline(v, true));
            }
            if (out.size() >= MAX_AUTHORS) {
                break;
            }
        }
        if (!out.isEmpty()) {
            return List.of(out);
        }
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Set<Element> links = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // the body's elements come from the metadata's one walk of the page (PageElements)
        List<Element> all = elements.body(doc);
        for (Element a : all) {
            if (a.normalName().equals("a") && isAuthorLink(a)) {
                links.add(a);
            }
        }
        List<Candidate> cs = new ArrayList<>();
        Map<String, Boolean> bylineByName = new HashMap<>();
        int headlineIndex = -1;
        for (int i = 0; headline != null && i < all.size(); i++) {
            if (all.get(i) == headline) {
                headlineIndex = i + 1;
                break;
            }
        }
        int from = headlineIndex < 0 ? 0 : Math.max(0, headlineIndex - 1 - MAX_BEFORE);
        int to = Math.min(all.size(), headlineIndex < 0 ? 30_000 : headlineIndex + MAX_AFTER);
        for (int i = from; i < to; i++) {
            Element e = all.get(i);
            int index = i + 1;
            if (e == headline) {
                continue;
            }
            int kind;
            if (links.contains(e)) {
                kind = LINK;
                if (e.text().isBlank() || e.text().length() > 60) {
                    continue;
                }
            } else {
                // Pages repeat a few class names on many elements: each distinct one is matched once.
                String marker = Dates.rawMarker(e);
                if (!marker.isEmpty() && bylineByName.computeIfAbsent(marker,
                        m -> BYLINE_CLASS.matcher(m.toLowerCase(Locale.ROOT)).find())) {
                    kind = MARKED;
                    String t = e.text();
                    if (t.isBlank() || t.length() > 200) {
                        continue;
                    }
                } else if (e.isBlock() && elementChildrenAtMost(e, 6) && startsLikeByline(e)) {
                    String t = e.text();
                    if (t.length() > 120) {
                        // "<span>von Jane Doe</span><p>Teaser …</p>": the byline is the opening inline element.
                        Element lead = leadingInline(e);
                        if (lead == null) {
                            continue;
                        }
                        e = lead;
                        t = lead.text();
                        if (t.length() > 120) {
                            continue;
                        }
                    }
                    if (!BY_LINE.matcher(t).find()) {
                        continue;
                    }
                    kind = BY;
                } else {
                    continue;
                }
            }
            cs.add(new Candidate(e, index, kind));
        }
        // Candidates by distance from the headline, nearest first (distance before the headline
        // counts double: site headers sit there). Next to the headline a byline is the article's
        // whatever its box is called ("teaser-meta"); further away, boxes of related stories and
        // comments are passed over.
        List<long[]> order = new ArrayList<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            long d;
            if (headlineIndex < 0) {
                d = c.index();
            } else if (c.index() >= headlineIndex) {
                d = c.index() - headlineIndex;
                if (d > MAX_AFTER) {
                    continue;
                }
            } else {
                d = 2L * (headlineIndex - c.index());
                if (d > 2L * MAX_BEFORE) {
                    continue;
                }
            }
            order.add(new long[] {d, k});
        }
        order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<List<Byline>> groups = new ArrayList<>();
        Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (long[] o : order) {
            Candidate c = cs.get((int) o[1]);
            if (o[0] > NEAR && noise(c.element(), wrappers)) {
                continue;
            }
            // The byline the candidate belongs to: the author links inside it or beside it.
            Element box = c.kind() == LINK ? bylineBox(c.element()) : c.element();
            if (!seen.add(box)) {
                continue;
            }
            List<Byline> names = new ArrayList<>();
            for (Element a : box.getElementsByTag("a")) {
                if (links.contains(a) && !a.text().isBlank() && a.text().length() <= 60) {
                    names.add(new Byline(spaced(a), true));
                }
            }
            if (names.isEmpty()) {
                names.add(new Byline(spaced(c.element()), false));
            } else if (c.kind() != LINK && box.text().length() <= 200 && !box.text().strip().equals(names.get(0).text())) {
                // "By A and B" with only A linked: the whole line names both.
                names = List.of(new Byline(spaced(box), false));
            }
            groups.add(names);
            if (groups.size() >= MAX_TRIES) {
                break;
            }
        }
        if (groups.isEmpty()) {
            String signature = signature(doc, anchor);
            if (signature != null) {
                groups.add(List.of(new Byline(signature, false)));
            }
        }
        return groups;
    }

    /**
     * A signature closing the article: its last paragraph, short and set in bold or italics or
     * aligned right, holding only a name ("<p><b>Jane Doe</b></p>"), as many newspapers sign.
     */
    static String signature(Document doc, Element anchor) {
        Element scope = anchor == null ? doc.body() : anchor.closest("article");
        if (scope == null && anchor != null) {
            scope = anchor.parent();
            for (int i = 0; i < 6 && scope != null && scope.getElementsByTag("p").size() < 3; i++) {
                scope = scope.parent();
            }
        }
        if (scope == null) {
            return null;
        }
        List<Element> paragraphs = scope.getElementsByTag("p");
        // Look back over the last few paragraphs: after the signature may come a note or a share line.
        for (int i = paragraphs.size() - 1, seen = 0; i >= 0 && seen < 4; i--) {
            Element p = paragraphs.get(i);
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (text.length() > 40) {
                return null;
            }
            boolean styled = p.attr("style").replace(" ", "").contains("text-align:right")
                    || p.children().size() == 1 && p.child(0).tagName().matches("b|strong|i|em")
                    && p.child(0).text().strip().equals(text);
            String[] words = text.split("\\s+");
            if (styled && words.length >= 2 && words.length <= 4 && isName(text)) {
                return text;
            }
        }
        return null;
    }

    /** An element's text with a space at every element boundary ("Von<a>Jane Doe</a>" is "Von Jane Doe"). */
    static String spaced(Element e) {
        StringBuilder sb = new StringBuilder();
        for (TextNode t : e.textNodes().isEmpty() && e.childrenSize() == 0 ? List.<TextNode>of() : allText(e)) {
            sb.append(t.text()).append(' ');
            if (sb.length() > 400) {
                break;
            }
        }
        String r = sb.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        return r.isEmpty() ? e.text() : r;
    }

    private static List<TextNode> allText(Element e) {
        List<TextNode> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && out.size() < 200) {
                out.add(t);
            }
        }, e);
        return out;
    }

    /** Cheap test before reading a block's text: its first words could be "By …". */
    /** {@code e.childrenSize() <= max}, counted without building the list of children (this runs on every block). */
    private static boolean elementChildrenAtMost(Element e, int max) {
        int n = 0;
        for (int k = 0; k < e.childNodeSize(); k++) {
            if (e.childNode(k) instanceof Element && ++n > max) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLikeByline(Element e) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            String t;
            if (n instanceof TextNode tn) {
                t = tn.text().strip();
            } else if (n instanceof Element c && !c.isBlock()) {
                t = c.text().strip();
            } else {
                return false;
            }
            if (!t.isEmpty()) {
                return t.length() >= 2 && BY_START.matcher(t).lookingAt();
            }
        }
        return false;
    }

    /** The inline element a block's text opens with, or null when it opens with bare text. */
    private static Element leadingInline(Element e) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof TextNode tn) {
                if (!tn.isBlank()) {
                    return null;
                }
            } else if (n instanceof Element c) {
                return c.isBlock() || c.text().isBlank() ? null : c;
            }
        }
        return null;
    }

    private static final Pattern BY_START = Pattern.compile(
            "(?iu)(?:by|von|par|por|door|av|af|di|da|przez|oleh|text|texte|tekst|autor|autorin|author|auteur)\\b");

    /** The smallest ancestor of an author link that reads like one byline (short text). */
    private static Element bylineBox(Element link) {
        Element box = link;
        for (Element p = link.parent(); p != null && p.text().length() <= 200; p = p.parent()) {
            box = p;
            if (p.isBlock()) {
                break;
            }
        }
        return box;
    }

    private static boolean noise(Element e, Set<Element> wrappers) {
        int depth = 0;
        for (Element p = e; p != null && depth < 25 && !wrappers.contains(p); p = p.parent(), depth++) {
            String tag = p.tagName();
            if (tag.equals("aside") || tag.equals("nav")) {
                return true;
            }
            String marker = Dates.marker(p);
            boolean noisy = !marker.isEmpty() && NOISE_CLASS.matcher(marker).find();
            if (tag.equals("footer") || noisy && FOOTER_CLASS.matcher(marker).find()
                    && !NOISE_CLASS.matcher(FOOTER_CLASS.matcher(marker).replaceAll(" ")).find()) {
                // The footer of the headline's own <article> is where many themes sign the post
                // ("Posted by Jane Doe at 18:52"); the page's footer is not.
                if (!inHeadlineArticle(p, wrappers)) {
                    return true;
                }
            } else if (noisy) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FOOTER_CLASS = Pattern.compile("footer");

    /** True when {@code e} lies in the {@code <article>} that holds the headline. */
    private static boolean inHeadlineArticle(Element e, Set<Element> wrappers) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 25; p = p.parent(), depth++) {
            if (p.normalName().equals("article")) {
                return wrappers.contains(p);
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
        return n.matches("(?i).*\\.(com|de|org|net|co\\.uk|at|ch|fr|es|it|nl|be|pl|ru|tr|br|in|au|ca)\\b.*");
    }

    /** A name in a byline, and whether it is the outlet (or another organisation) rather than a person or agency. */
    record Name(String text, boolean outlet) {
    }

    /** The person names in a raw byline, cleaned; empty when it names no one. */
    static List<String> names(String raw) {
        List<String> out = new ArrayList<>();
        for (Name n : parse(raw, List.of(), null)) {
            if (!n.outlet()) {
                out.add(n.text());
            }
        }
        return out;
    }

    /**
     * The names in a raw byline: cleaned of "By", roles, e-mail addresses, dates; split at commas and
     * conjunctions. A part that names the outlet ends the list: what follows it is a place
     * ("Jane Doe, BBC News, New York").
     */
    static List<Name> parse(String raw, Collection<String> siteNames, String host) {
        return parse(raw, false, siteNames, host);
    }

    /** As {@link #parse(String, Collection, String)}; {@code link}: the text of a link to the author's page. */
    static List<Name> parse(String raw, boolean link, Collection<String> siteNames, String host) {
        List<Name> out = new ArrayList<>();
        String s = JsonLd.clean(raw);
        if (s == null || s.length() > 300) {
            return out;
        }
        s = s.replaceAll("\\S+@\\S+|(?<!\\S)@\\w+", " ")
                .replaceAll("https?://\\S+|\\(?www\\.\\S+\\)?", " ")
                .replaceAll("\\([^)]{0,40}\\)|\\[[^]]{0,40}]", " ")
                .replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^[\\s|•·,;:/–—-]+", "");
        s = s.replaceAll("(?iu)\\s*\\b(?:bild|bilder|foto|fotos|photo|photos|image|images|credit|illustration|grafik)\\s*:.*$", "");
        List<DateParser.Found> lead = DateParser.findAll(s, false, 1);
        if (!lead.isEmpty() && lead.get(0).start() == 0) {
            s = s.substring(lead.get(0).end()).replaceAll("^[\\s|•·,;:/–—-]+", "");
        }
        boolean explicit = link;
        for (int i = 0; i < 2; i++) {
            Matcher lm = LEAD.matcher(s);
            if (lm.find()) {
                explicit = true;
                s = s.substring(lm.end()).strip();
            }
        }
        // "Capital von Jane Doe": what precedes a byline word is a label (a section, a partner title).
        Matcher by = BY_INSIDE.matcher(s);
        if (by.find() && by.start() > 0 && !s.substring(0, by.start()).strip().matches("\\p{Lu}[\\p{L}.'-]*")) {
            // ... but "Christoph von Ritter" is one name: a lone first name before "von" belongs to it.
            s = s.substring(by.end()).strip();
            explicit = true;
        }
        s = cutAtDate(s);
        // "Tomas Spahn Fr, 18. Oktober": the weekday's comma is left once the date is cut.
        s = s.replaceAll("[\\s,;:|•·–—-]+$", "").replaceAll(DANGLING, "");
        s = s.replaceAll("(?iu)\\s*[|•·–—-]?\\s*(?:\\d+\\s+(?:min|minutes?|hours?|stunden?|std|tagen?|days?)\\b.*|vor\\s+\\d+.*|il y a.*|hace\\s+\\d+.*)$", "")
                .replaceAll("(?iu)\\s*(?:기자|특파원|記者|记者|通讯员|報道)\\s*$", "")
                .replaceAll("[\\s,;:|•·–—-]+$", "").strip();
        if (s.isEmpty()) {
            return out;
        }
        s = ROLE_COMPOUND.matcher(s).replaceFirst("");
        String whole = TAIL.matcher(s).replaceFirst("").strip();
        if (isAgency(whole)) {
            out.add(new Name(whole, false));
            return out;
        }
        if (!whole.isEmpty() && whole.split("\\s+").length <= 5 && !whole.matches(".*[,;|].*")
                && (isOutlet(whole, siteNames, host) || isOrganisation(whole))) {
            out.add(new Name(whole, true));
            return out;
        }
        for (String part : SPLIT.split(s)) {
            String p = part.strip();
            p = TAIL.matcher(p).replaceFirst("").strip();
            p = ROLE.matcher(p).replaceFirst("").strip();
            p = TRAILING_ROLE.matcher(p).replaceFirst("").strip();
            p = p.replaceAll("(?iu)\\s*(?:기자|특파원|記者|记者)$", "").replaceAll("^[\\s,;:|•·–—.-]+|[\\s,;:|•·–—-]+$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (isAgency(p)) {
                out.add(new Name(p, false));
            } else if (isOutlet(p, siteNames, host) || isOrganisation(p)) {
                out.add(new Name(p, true));
                break;
            } else if (isName(p) || explicit && isHandle(p)) {
                out.add(new Name(p, false));
            }
            if (out.size() >= MAX_AUTHORS) {
                break;
            }
        }
        return out;
    }

    /** Words left dangling at the end once a date is cut off ("Jane Doe le", "Jane Doe, Fr", "Jane Doe alle Artikel"). */
    private static final String DANGLING = "(?iu)(?:[\\s,|•·–—-]+(?:le|la|el|il|am|on|at|um|den|der|vom|du|de|del|op|em|dnia|the|"
            + "mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|"
            + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
            + "miércoles|jueves|viernes|sábado|domingo|"
            + "alle\\s+artikel|all\\s+articles|mehr\\s+artikel|weitere\\s+artikel|more\\s+articles|"
            + "im\\s+gespräch|in\\s+conversation|follow|folgen|date|datum))+\\s*$";

    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)(?<!\\d)\\d{1,2}[:.h]\\d{2}\\s*(?:am|pm|uhr|h)?(?!\\d)");

    /** A byline up to the first date or time in it ("Jane Doe | 17.03.2016", "AP 12:20pm", "Jane Doe, 3 hours ago"). */
    static String cutAtDate(String s) {
        int cut = s.length();
        List<DateParser.Found> dates = DateParser.findAll(s, false, 1);
        if (!dates.isEmpty() && dates.get(0).start() > 0) {
            cut = dates.get(0).start();
        }
        Matcher t = TIME_OF_DAY.matcher(s);
        if (t.find() && t.start() > 0 && t.start() < cut) {
            cut = t.start();
        }
        return s.substring(0, cut).strip();
    }

    /** A company's legal form, or a copyright notice. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?iu)(?:^|\\s)(?:gmbh|ag|se|kg|ohg|e\\.\\s?v\\.|ltd\\.?|llc|inc\\.?|plc|s\\.a\\.|sarl|s\\.r\\.l\\.|b\\.v\\.|"
                    + "co\\.\\s?kg)(?:$|[\\s,.])|^(?:copyright|©|\\(c\\))");

    /** A role compounded with the outlet or the beat before a name ("FOCUS-online-Experte Robin Tschöpe"). */
    private static final Pattern ROLE_COMPOUND = Pattern.compile(
            "(?iu)^\\S+-(?:experte|expertin|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|kolumnist(?:in)?|"
                    + "reporter(?:in)?|chefredakteur(?:in)?|mitarbeiter(?:in)?)\\s+(?=\\p{Lu})");

    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "(?iu)\\s+(?:chefredakteur(?:in)?|redakteur(?:in)?|redaktion|editor(?:-in-chief)?|reporter(?:in)?|"
                    + "correspondent|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|author|columnist|"
                    + "kolumnist(?:in)?|rédacteur|rédactrice|journaliste|periodista|redactor(?:a)?|giornalista|"
                    + "photographer|fotograf(?:in)?|volontär(?:in)?|praktikant(?:in)?)$");
    /** Words that make a byline an organisation rather than a person. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)(?:^|[\\s-])(?:ministerium|ministry|ministère|ministerio|bundesamt|amt|verband|verein|institut|"
                    + "institute|university|universität|université|universidad|gmbh|ag|e\\.\\s?v\\.|ltd|inc|llc|corp|"
                    + "group|gruppe|stiftung|foundation|fondation|association|agency|agentur|agence|agencia|redaktion|"
                    + "editorial|redazione|rédaction|redacción|team|staff|news|nachrichten|noticias|notizie|media|"
                    + "medien|magazin|magazine|zeitung|journal|online|presse|press|verlag|radio|tv|television|"
                    + "fernsehen|blog|kitchens?|desk|newsroom|service|services|department|office|council|"
                    + "kommission|commission|partei|party)(?:$|[\\s.,-])");
    /** News agencies, credited in bylines beside persons ("Jane Doe, dpa"). */
    private static final Set<String> AGENCIES = Set.copyOf(List.of("dpa", "afp", "ap", "reuters", "sda", "sid", "kna", "epd",
            "apa", "ansa", "efe", "anp", "tass", "xinhua", "ria novosti", "bloomberg", "associated press",
            "agence france-presse", "press association", "pa", "aap", "upi", "keystone-sda", "anadolu", "aa",
            "dha", "yonhap", "kyodo", "jiji", "belga", "ntb", "tt", "ritzau", "stt", "čtk", "ctk", "pap", "mti",
            "ana", "hina", "bta", "agerpres", "ukrinform", "interfax", "europa press", "ips", "dts", "kap", "ats",
            "ddp", "afp/dpa", "dpa/afp", "ap/dpa", "cp", "the canadian press", "pti", "ians", "ani", "bernama",
            "antara", "vna", "efe/afp", "lusa", "ecns", "cna", "wam", "spa", "mena", "irna", "tanjug", "sta",
            "deutsche presse-agentur", "agence france presse", "agencia efe", "schweizerische depeschenagentur",
            "austria presse agentur", "katholische nachrichten-agentur", "evangelischer pressedienst",
            "sport-informations-dienst", "anadolu ajansı", "anadolu agency", "united press international",
            "australian associated press", "press trust of india", "agenzia nova", "europa press"));

    static boolean isAgency(String p) {
        return AGENCIES.contains(p.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isOrganisation(String p) {
        return ORGANISATION.matcher(p).find();
    }

    /** A user name, as blogs sign ("gizzmo", "bo2man"): acceptable only after an explicit "By". */
    static boolean isHandle(String p) {
        return p.matches("[\\p{L}\\d][\\p{L}\\d._-]{2,29}") && p.codePoints().anyMatch(Character::isLetter)
                && !NOT_NAMES.contains(p.toLowerCase(Locale.ROOT));
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
        if (words.length == 1 && p.codePointCount(0, p.length()) < 3) {
            return false;
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
