package org.dateline.extract.html;

import java.util.Map;
import java.util.Set;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it, as
 * bit flags. The vocabularies are conventions shared by many sites and CMSes (WordPress, Drupal,
 * schema.org, ARIA, BEM-style news templates), never the names of one site.
 *
 * <p>Names are split into tokens at every non-letter and at camelCase humps ({@code relatedPosts} →
 * {@code related}, {@code posts}); a token matches a stem by prefix ({@code sharing} → share) and
 * two adjacent tokens match joined ({@code read-more} → readmore). A token table look-up per token
 * is much cheaper than a regular expression over every element of a page.
 */
final class ClassHints {

    /** Chrome: the subtree is not article text (share bars, comments, related stories, menus, ads). */
    static final int BOILER = 1;
    /** Meta: bylines, dates, captions, credits, tag lists: short blocks inside the article are dropped. */
    static final int META = 1 << 1;
    /** The article body by a widespread convention (schema.org articleBody, entry-content, ...). */
    static final int ARTICLE = 1 << 2;
    /** Possibly the article's container (content, main, post, story, article): a weak positive. */
    static final int CONTENT = 1 << 3;
    /** Hidden from readers (screen-reader-only text, hidden). */
    static final int HIDDEN = 1 << 4;
    /** Comments and discussion: chrome that can hold more prose than the article itself. */
    static final int COMMENTS = 1 << 5;
    /** Related-story and read-more blocks: chrome, but their links are the record's related links. */
    static final int RELATED = 1 << 6;
    /** A gallery or slideshow. */
    static final int GALLERY = 1 << 7;
    /** Image captions and credits: dropped whatever their length. */
    static final int CAPTION = 1 << 9;
    /** A layout region that often wraps everything (sidebar layouts, widgets areas): only weakly negative. */
    static final int LAYOUT = 1 << 8;
    /** The standfirst under the headline (deck, dek, standfirst, excerpt, intro, preamble, chapô). */
    static final int STANDFIRST = 1 << 10;

    /** Teasers of other stories. */
    static final int TEASER = BOILER;

    private ClassHints() {
    }

    /** Exact tokens. */
    private static final Map<String, Integer> TOKENS = Map.ofEntries(
            Map.entry("ad", BOILER), Map.entry("ads", BOILER), Map.entry("adv", BOILER), Map.entry("anzeige", BOILER),
            Map.entry("werbung", BOILER), Map.entry("nav", BOILER), Map.entry("navi", BOILER),
            Map.entry("tags", META), Map.entry("tag", META), Map.entry("login", BOILER), Map.entry("signup", BOILER),
            Map.entry("signin", BOILER), Map.entry("register", BOILER), Map.entry("banner", BOILER),
            Map.entry("bio", BOILER), Map.entry("biography", BOILER), Map.entry("authorbiography", BOILER), Map.entry("pagination", BOILER), Map.entry("pager", BOILER),
            Map.entry("paging", BOILER), Map.entry("toolbar", BOILER), Map.entry("tools", META),
            Map.entry("meta", META), Map.entry("byline", META), Map.entry("author", META),
            Map.entry("authors", META), Map.entry("date", META), Map.entry("dateline", META),
Map.entry("timestamp", META), Map.entry("caption", CAPTION), Map.entry("captions", CAPTION), Map.entry("legend", CAPTION),
            Map.entry("imagedescription", CAPTION), Map.entry("imgcaption", CAPTION), Map.entry("imagecaption", CAPTION),
            Map.entry("photocaption", CAPTION), Map.entry("bildunterschrift", CAPTION), Map.entry("figcaption", CAPTION),
            Map.entry("imagecredit", CAPTION), Map.entry("photocredit", CAPTION), Map.entry("wpcaption", CAPTION),
            Map.entry("toc", BOILER), Map.entry("disclaimer", BOILER), Map.entry("inhaltsverzeichnis", BOILER),
            Map.entry("credit", META), Map.entry("credits", META), Map.entry("copyright", META),
            Map.entry("rating", META),
            Map.entry("breadcrumb", BOILER), Map.entry("breadcrumbs", BOILER), Map.entry("masthead", BOILER),
            Map.entry("skip", BOILER),
            Map.entry("comment", BOILER | COMMENTS), Map.entry("comments", BOILER | COMMENTS),
            Map.entry("disqus", BOILER | COMMENTS), Map.entry("respond", BOILER | COMMENTS),
            Map.entry("reply", BOILER | COMMENTS), Map.entry("replies", BOILER | COMMENTS),
            Map.entry("discussion", BOILER | COMMENTS), Map.entry("kommentare", BOILER | COMMENTS),
            Map.entry("readmore", BOILER | RELATED), Map.entry("readalso", BOILER | RELATED),
            Map.entry("seealso", BOILER | RELATED), Map.entry("morestories", BOILER | RELATED),
            Map.entry("morearticles", BOILER | RELATED), Map.entry("morenews", BOILER | RELATED),
            Map.entry("authorbio", BOILER), Map.entry("authorbox", BOILER), Map.entry("authorinfo", META),
            Map.entry("aboutauthor", BOILER), Map.entry("authordescription", BOILER), Map.entry("authorprofile", BOILER),
            Map.entry("authorabout", BOILER), Map.entry("authorcard", BOILER), Map.entry("authordetails", META), Map.entry("postmeta", META), Map.entry("entrymeta", META),
            Map.entry("postmetadata", BOILER), Map.entry("entryutility", BOILER), Map.entry("postinfo", META),
            Map.entry("articlemeta", META), Map.entry("tagcloud", BOILER), Map.entry("taglist", META),
            Map.entry("gallery", GALLERY), Map.entry("slideshow", GALLERY), Map.entry("carousel", GALLERY),
            Map.entry("slider", GALLERY), Map.entry("lightbox", GALLERY),
            Map.entry("sidebar", BOILER | LAYOUT), Map.entry("widget", BOILER | LAYOUT),
            Map.entry("widgets", BOILER | LAYOUT), Map.entry("aside", BOILER | LAYOUT),
            Map.entry("teasers", BOILER), Map.entry("teaser", TEASER), Map.entry("promo", BOILER),
            Map.entry("headerbar", BOILER), Map.entry("topbar", BOILER),
            Map.entry("content", CONTENT), Map.entry("main", CONTENT), Map.entry("post", CONTENT),
            Map.entry("story", CONTENT), Map.entry("article", CONTENT), Map.entry("entry", CONTENT),
            Map.entry("text", CONTENT), Map.entry("body", CONTENT), Map.entry("blog", CONTENT),
            Map.entry("articlebody", ARTICLE), Map.entry("entrycontent", ARTICLE),
            Map.entry("postcontent", ARTICLE), Map.entry("postbody", ARTICLE), Map.entry("posttext", ARTICLE),
            Map.entry("postentry", ARTICLE), Map.entry("articlecontent", ARTICLE), Map.entry("articletext", ARTICLE),
            Map.entry("storybody", ARTICLE), Map.entry("storycontent", ARTICLE), Map.entry("storytext", ARTICLE),
            Map.entry("entrybody", ARTICLE), Map.entry("entrytext", ARTICLE), Map.entry("bodytext", ARTICLE),
            Map.entry("artikeltext", ARTICLE), Map.entry("articlecopy", ARTICLE), Map.entry("maincontent", CONTENT),
            Map.entry("contentbody", ARTICLE), Map.entry("richtext", CONTENT), Map.entry("singlecontent", ARTICLE),
            Map.entry("newsbody", ARTICLE), Map.entry("newstext", ARTICLE), Map.entry("itemfulltext", ARTICLE),
            Map.entry("blogpost", CONTENT), Map.entry("textbody", ARTICLE),
            // boxes of background facts beside the story: the dev sets' gold leaves them out (62 of
            // 63 blocks in metadata-dev; 3 of 4 annotated ones in extraction-dev)
            Map.entry("infobox", BOILER), Map.entry("factbox", BOILER), Map.entry("faktenbox", BOILER),
            Map.entry("infokasten", BOILER), Map.entry("faktaboks", BOILER), Map.entry("faktaruta", BOILER),
            // the markup that social networks' embed scripts replace: a quoted post, not the article's words
            Map.entry("instagrammedia", BOILER), Map.entry("tiktokembed", BOILER),
            Map.entry("twittervideo", BOILER),
            // a machine-written summary above the story ("aiSummary", "ai-summary"): not the article's words
            Map.entry("aisummary", BOILER),
            Map.entry("standfirst", STANDFIRST), Map.entry("deck", STANDFIRST), Map.entry("dek", STANDFIRST),
            Map.entry("subhead", STANDFIRST), Map.entry("subheadline", STANDFIRST), Map.entry("excerpt", STANDFIRST),
            Map.entry("intro", STANDFIRST), Map.entry("preamble", STANDFIRST), Map.entry("chapo", STANDFIRST),
            Map.entry("chapeau", STANDFIRST), Map.entry("sapo", STANDFIRST), Map.entry("lead", STANDFIRST),
            Map.entry("leadtext", STANDFIRST), Map.entry("articlelead", STANDFIRST), Map.entry("vorspann", STANDFIRST),
            Map.entry("ingress", STANDFIRST));

    /** Stems matched as token prefixes (sharing, socialmedia, relatedposts, newsletter-box, ...). */
    private static final String[] STEMS = {"share", "sharing", "social", "comment", "related", "newsletter",
        "cookie", "consent", "gdpr", "subscri", "abonn", "promo", "advert", "sponsor", "sidebar", "footer",
        "navigation", "navbar", "menu", "recommend", "outbrain", "taboola", "popup", "modal", "banner",
        "breadcrumb", "paywall", "signup", "follow", "addthis", "shariff", "socials", "newsticker"};
    private static final int[] STEM_FLAGS = {BOILER, BOILER, BOILER, BOILER | COMMENTS, BOILER | RELATED, BOILER,
        BOILER, BOILER, BOILER, BOILER, BOILER, BOILER, BOILER, BOILER, BOILER | LAYOUT, BOILER,
        BOILER, BOILER, BOILER, BOILER | RELATED, BOILER | RELATED, BOILER | RELATED, BOILER, BOILER, BOILER,
        BOILER, 0, BOILER, BOILER, BOILER, BOILER, BOILER, BOILER};

    /**
     * The indexes of {@link #STEMS} by their first character (all ASCII), in their order: a token
     * is tried only against the stems it could start with (the loop over all of them was 3% of
     * extraction, in {@code String.startsWith}); the first that matches is the same.
     */
    private static final int[][] STEMS_BY_FIRST = byFirst(STEMS);

    private static int[][] byFirst(String[] words) {
        int[][] out = new int[128][];
        for (int c = 0; c < 128; c++) {
            int n = 0;
            for (String w : words) {
                n += w.charAt(0) == c ? 1 : 0;
            }
            out[c] = new int[n];
            n = 0;
            for (int i = 0; i < words.length; i++) {
                if (words[i].charAt(0) == c) {
                    out[c][n++] = i;
                }
            }
        }
        return out;
    }

    /** Tokens that look like a stem but are article words ("commentary" is an opinion piece). */
    private static final Set<String> NOT_STEMS = Set.of("commentary", "commentaries", "menuitem", "shared",
            "promotional", "recommendation-text");

    private static final Map<String, Integer> ROLES = Map.of(
            "navigation", BOILER, "banner", BOILER, "contentinfo", BOILER, "search", BOILER,
            "complementary", BOILER | LAYOUT, "menu", BOILER, "menubar", BOILER, "dialog", BOILER,
            "alertdialog", BOILER, "main", CONTENT);

    /**
     * Whole class names that hide an element from every reader. Responsive ones ({@code hidden-xs},
     * {@code d-none d-md-block}) hide it only on some screens and are not in this list.
     */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "is-hidden", "u-hidden", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "element-invisible",
            "offscreen", "a11y-hidden", "screenreader", "show-for-sr", "assistive-text");

    /** Flags of one element from its attributes. */
    static int of(String cls, String id, String role, String itemprop) {
        int f = cls.isEmpty() ? 0 : ofClass(cls);
        if (!id.isEmpty()) {
            f |= ofName(id);
        }
        if (!role.isEmpty()) {
            Integer r = ROLES.get(role.trim().toLowerCase(java.util.Locale.ROOT));
            if (r != null) {
                f |= r;
            }
        }
        if (!itemprop.isEmpty()) {
            if (itemprop.contains("articleBody") || itemprop.contains("reviewBody")) {
                f |= ARTICLE;
            } else if (itemprop.contains("comment")) {
                f |= BOILER | COMMENTS;
            }
        }
        return f;
    }

    /** Flags of a class attribute value. */
    static int ofClass(String cls) {
        return ofName(cls) | (hiding(cls) ? HIDDEN : 0);
    }

    private static boolean hiding(String cls) {
        int n = cls.length();
        int i = 0;
        while (i < n) {
            while (i < n && cls.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < n && cls.charAt(i) > ' ') {
                i++;
            }
            int len = i - start;
            if (len >= 4 && len <= 20 && HIDING_CLASSES.contains(cls.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a chrome token a state of the page, not a region ("comments-enabled", "has-sidebar"). */
    private static final Set<String> STATE_AFTER = Set.of("enabled", "disabled", "open", "opened", "closed",
            "allowed", "active", "on", "off", "visible", "left", "right", "layout", "template");
    private static final Set<String> STATE_BEFORE = Set.of("has", "no", "with", "without", "show", "enable",
            "allow", "is", "hide", "layout", "template");

    /**
     * CMS classes that carry an author's words, not a layout role: WordPress's post_class and
     * body_class add {@code category-<slug>} and {@code tag-<slug>} for each of a post's terms
     * ("category-kommentare" is a category named "comments", not a comment section).
     */
    private static final String[] TAXONOMY = {"category-", "tag-", "tags-", "format-", "status-", "type-", "postid-",
        "term-", "topic-", "section-", "channel-", "rubrik-", "ressort-", "page-template", "post-template",
        "single-format", "page-id-", "parent-pageid-", "author-"};

    /**
     * The characters that can begin a {@link #TAXONOMY} prefix in a case-blind comparison (as
     * {@code regionMatches(true, ...)} compares one character): a name whose token begins with
     * another is no taxonomy class, and the 19 comparisons are skipped (they were 1.5% of extraction).
     */
    private static final java.util.BitSet TAXONOMY_FIRST = taxonomyFirst();

    static java.util.BitSet taxonomyFirst() {
        StringBuilder firsts = new StringBuilder();
        for (String t : TAXONOMY) {
            if (firsts.indexOf(t.substring(0, 1)) < 0) {
                firsts.append(t.charAt(0));
            }
        }
        String f = firsts.toString();
        String upper = "";
        String lowerOfUpper = "";
        for (int k = 0; k < f.length(); k++) {
            upper += Character.toUpperCase(f.charAt(k));
            lowerOfUpper += Character.toLowerCase(Character.toUpperCase(f.charAt(k)));
        }
        java.util.BitSet out = new java.util.BitSet(0x10000);
        for (int c = 0; c < 0x10000; c++) {
            // regionMatches' rule for one character: equal, equal upper cases, or equal lower cases of those
            char u = Character.toUpperCase((char) c);
            char l = Character.toLowerCase(u);
            for (int k = 0; k < f.length(); k++) {
                if (c == f.charAt(k) || u == upper.charAt(k) || l == lowerOfUpper.charAt(k)) {
                    out.set(c);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean taxonomy(String name, int i) {
        if (!TAXONOMY_FIRST.get(name.charAt(i))) {
            return false;
        }
        for (String t : TAXONOMY) {
            if (name.regionMatches(true, i, t, 0, t.length())) {
                return !name.regionMatches(true, i, "tag-cloud", 0, 9) && !name.regionMatches(true, i, "tag-list", 0, 8)
                        && !name.regionMatches(true, i, "tags-list", 0, 9) && !authorBox(name, i);
            }
        }
        return false;
    }

    /** The parts of a box about the author that themes name "author-...": not an author's slug. */
    private static final String[] AUTHOR_BOX = {"author-bio", "author-box", "author-info", "author-description",
        "author-details", "author-profile", "author-about", "author-card", "author-content"};

    private static boolean authorBox(String name, int i) {
        for (String a : AUTHOR_BOX) {
            if (name.regionMatches(true, i, a, 0, a.length())) {
                return true;
            }
        }
        return false;
    }

    /** Flags of one class or id attribute value. */
    static int ofName(String name) {
        int f = 0;
        int n = name.length();
        java.util.List<String> tokens = new java.util.ArrayList<>(8);
        java.util.List<Boolean> glued = new java.util.ArrayList<>(8);
        char[] tok = new char[Math.min(n, 64)];
        boolean sameWord = false;
        int i = 0;
        while (i < n) {
            // one token: letters and digits, split before an upper-case letter that follows a lower-case one
            while (i < n && !letterOrDigit(name.charAt(i))) {
                if (Character.isWhitespace(name.charAt(i))) {
                    sameWord = false;
                }
                i++;
            }
            if (i < n && (i == 0 || Character.isWhitespace(name.charAt(i - 1))) && taxonomy(name, i)) {
                while (i < n && !Character.isWhitespace(name.charAt(i))) {
                    i++;
                }
                continue;
            }
            int len = 0;
            char last = 0;
            while (i < n) {
                char c = name.charAt(i);
                if (!letterOrDigit(c)) {
                    break;
                }
                if (len > 0 && upper(c) && lower(last)) {
                    break;
                }
                if (len < tok.length) {
                    tok[len++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                }
                last = c;
                i++;
            }
            if (len == 0) {
                continue;
            }
            tokens.add(new String(tok, 0, len));
            glued.add(sameWord);
            sameWord = true;
        }
        int m = tokens.size();
        for (int k = 0; k < m; k++) {
            String t = tokens.get(k);
            int g = ofToken(t);
            if (k + 1 < m && glued.get(k + 1) && JOIN_HEADS.contains(t)) {
                int j = joined(t + tokens.get(k + 1));
                if (j != 0) {
                    g = j;
                    if ((g & (BOILER | META)) != 0 && k + 2 < m && glued.get(k + 2) && STATE_AFTER.contains(tokens.get(k + 2))) {
                        g &= ~(BOILER | META | COMMENTS | RELATED | LAYOUT);
                    }
                    f |= g;
                    k++;
                    continue;
                }
            }
            if ((g & LAYOUT) != 0 && k > 0 && glued.get(k) && !t.startsWith("sidebar")) {
                // "widget", "sidebar-left": a layout region; "elementor-widget", "article-widget",
                // "content-sidebar-wrap": a part of some layout, maybe the article's own
                g &= ~BOILER;
            }
            if ((g & (BOILER | META)) != 0
                    && (k + 1 < m && glued.get(k + 1) && STATE_AFTER.contains(tokens.get(k + 1))
                    || k > 0 && glued.get(k) && STATE_BEFORE.contains(tokens.get(k - 1)))) {
                g &= ~(BOILER | META | COMMENTS | RELATED | LAYOUT);
            }
            f |= g;
        }
        return f;
    }

    /**
     * The proper beginnings of the {@link #TOKENS} keys: two glued tokens can make a key only when
     * the first is one of these (the joined string was built for every glued pair, 0.7% of extraction).
     */
    private static final Set<String> JOIN_HEADS = joinHeads();

    private static Set<String> joinHeads() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : TOKENS.keySet()) {
            for (int e = 1; e < k.length(); e++) {
                out.add(k.substring(0, e));
            }
        }
        return Set.copyOf(out);
    }

    /** {@link Character#isLetterOrDigit(char)}, without the Unicode look-up for ASCII. */
    private static boolean letterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static boolean upper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean lower(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static int joined(String t) {
        Integer v = TOKENS.get(t);
        return v == null ? 0 : v & ~CONTENT;
    }

    private static int ofToken(String t) {
        Integer v = TOKENS.get(t);
        if (v != null) {
            return v;
        }
        if (t.length() < 4 || NOT_STEMS.contains(t)) {
            return 0;
        }
        char first = t.charAt(0);
        if (first >= 128) {
            return 0;
        }
        for (int s : STEMS_BY_FIRST[first]) {
            if (t.startsWith(STEMS[s])) {
                return STEM_FLAGS[s];
            }
        }
        return 0;
    }
}
