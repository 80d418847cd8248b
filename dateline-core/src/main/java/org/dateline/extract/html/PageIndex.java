package org.dateline.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass over a parsed page that flattens it for the content stages: every visible element in
 * document order (parent, subtree end, kind, class hints) and the page's text cut into blocks (a
 * paragraph, a heading, a list item, a cell...), each owned by its innermost block element. The
 * later stages work on these arrays: a subtree is the index range {@code [i, end[i])}, and sums
 * over subtrees are one backwards loop, so no stage walks the DOM again or calls {@code text()}.
 *
 * <p>The walk is iterative (sibling and parent links, no recursion), so nesting depth cannot
 * overflow the stack, and every node is visited once. Never-content elements (scripts, styles,
 * forms controls, navigation, hidden elements) are not entered.
 */
final class PageIndex {

    static final byte INLINE = 0;
    static final byte DIV = 1;
    static final byte P = 2;
    static final byte H1 = 3;
    static final byte H = 4;
    static final byte LI = 5;
    static final byte CELL = 6;
    static final byte QUOTE = 7;
    static final byte PRE = 8;
    static final byte DEF = 9;
    static final byte CAPTION = 10;
    static final byte LIST = 11;
    static final byte TABLE = 12;
    static final byte ARTICLE = 13;
    static final byte MAIN = 14;
    static final byte HEADER = 15;
    static final byte FIGURE = 16;
    static final byte FORM = 17;
    static final byte BR = 18;
    static final byte HR = 19;
    static final byte ROW = 20;
    static final byte ANCHOR = 21;
    static final byte IMG = 22;
    static final byte SKIP = 23;
    static final byte MEDIA = 24;
    static final byte BODY = 25;

    private static final Map<String, Byte> KINDS = new HashMap<>();

    static {
        for (String t : new String[]{"div", "section", "center", "address", "details", "summary", "main", "fieldset",
            "hgroup", "dialog", "legend", "noframes"}) {
            KINDS.put(t, DIV);
        }
        KINDS.put("p", P);
        KINDS.put("h1", H1);
        for (String t : new String[]{"h2", "h3", "h4", "h5", "h6"}) {
            KINDS.put(t, H);
        }
        KINDS.put("li", LI);
        KINDS.put("td", CELL);
        KINDS.put("th", CELL);
        KINDS.put("blockquote", QUOTE);
        KINDS.put("pre", PRE);
        KINDS.put("listing", PRE);
        KINDS.put("dt", DEF);
        KINDS.put("dd", DEF);
        KINDS.put("figcaption", CAPTION);
        KINDS.put("caption", CAPTION);
        for (String t : new String[]{"ul", "ol", "dl", "dir"}) {
            KINDS.put(t, LIST);
        }
        for (String t : new String[]{"table", "thead", "tbody", "tfoot", "colgroup"}) {
            KINDS.put(t, TABLE);
        }
        KINDS.put("tr", ROW);
        KINDS.put("article", ARTICLE);
        KINDS.put("main", MAIN);
        KINDS.put("header", HEADER);
        KINDS.put("figure", FIGURE);
        KINDS.put("form", FORM);
        KINDS.put("br", BR);
        KINDS.put("hr", HR);
        KINDS.put("a", ANCHOR);
        KINDS.put("img", IMG);
        // a picture's sources are skipped, its img is the picture (captions are found beside it)
        KINDS.put("picture", INLINE);
        KINDS.put("body", BODY);
        for (String t : new String[]{"script", "style", "noscript", "template", "svg", "math", "canvas", "object",
            "embed", "applet", "button", "select", "input", "textarea", "option", "optgroup", "datalist", "output",
            "label", "head", "title", "meta", "link", "base", "map", "area", "source", "track", "nav",
            "aside", "footer", "menu", "frame", "frameset", "marquee", "param", "progress", "meter",
            "dialog", "iframe", "video", "audio", "ins"}) {
            KINDS.put(t, SKIP);
        }
        for (String t : new String[]{"iframe", "video", "audio"}) {
            KINDS.put(t, MEDIA);
        }
    }

    /** A run of text between block boundaries. */
    static final class Block {
        final String text;
        /** Innermost block element around the text. */
        final int owner;
        final byte kind;
        /** Weighted length (CJK characters count more: one carries about a word). */
        final int weight;
        final int linkWeight;
        /** Whether the block holds sentence punctuation. */
        final boolean sentence;

        Block(String text, int owner, byte kind, int weight, int linkWeight, boolean sentence) {
            this.text = text;
            this.owner = owner;
            this.kind = kind;
            this.weight = weight;
            this.linkWeight = linkWeight;
            this.sentence = sentence;
        }

        double linkDensity() {
            return weight == 0 ? 0 : (double) linkWeight / weight;
        }

        /** {@link Prompts#isPrompt}, computed once: several passes of one extraction ask it. */
        private byte prompt;

        boolean isPrompt() {
            if (prompt == 0) {
                prompt = weight <= Prompts.MAX_WEIGHT && weight >= Prompts.MIN_WEIGHT
                        && Prompts.isPrompt(text, lower(), weight) ? (byte) 2 : (byte) 1;
            }
            return prompt == 2;
        }

        /**
         * The text lower-cased ({@link java.util.Locale#ROOT}), computed once: the prompt, chrome,
         * caption and related-label tests of a block all read it (each lower-cased the text
         * itself: 3% of extraction).
         */
        private String lower;

        String lower() {
            if (lower == null) {
                lower = text.toLowerCase(java.util.Locale.ROOT);
            }
            return lower;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A link: where it is, where it goes, and its text. */
    record Anchor(int element, String href, String text) {
    }

    /** An embedded player or media element, and the element around it. */
    record MediaRef(int element, String kind) {
    }

    int size;
    Element[] elements = new Element[256];
    int[] parent = new int[256];
    int[] end = new int[256];
    byte[] kind = new byte[256];
    int[] hints = new int[256];
    /** Images in the subtree (filled by {@link #sumImages()}). */
    int[] images;
    final List<Block> blocks = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    final List<MediaRef> media = new ArrayList<>();

    // walk state
    private final StringBuilder cur = new StringBuilder();
    private boolean pendingSpace;
    private int curOwner = -1;
    private int curWeight;
    private int curLinkWeight;
    private boolean curSentence;
    private int[] open = new int[64];
    private int openTop = -1;
    private int[] ownerStack = new int[64];
    private int ownerTop = -1;
    private int linkDepth;
    private int preDepth;
    private StringBuilder anchorText;
    private int anchorElement = -1;
    private String anchorHref;
    private boolean anchorClosed;

    private boolean showHidden;
    private final Map<String, Integer> classCache = new HashMap<>();

    private PageIndex() {
    }

    /**
     * @param showHidden read elements hidden by attribute or style too (not those hidden by
     *                   screen-reader classes, which never show)
     */
    static PageIndex of(Element root, boolean showHidden) {
        PageIndex ix = new PageIndex();
        ix.showHidden = showHidden;
        ix.walk(root);
        ix.flush();
        while (ix.openTop >= 0) {
            ix.end[ix.open[ix.openTop--]] = ix.size;
        }
        ix.joinRows();
        return ix;
    }

    /** A cell longer than this is a layout table's column (a page laid out in a table), not a datum. */
    private static final int CELL_DATUM = 150;

    /**
     * A data table's row is one block, its cells joined by tabs: a standings table, a statistics
     * box, a ticker. Read cell by cell, a row's figures were blocks of a few digits, which read as
     * date lines and page furniture and were dropped; a row of a name and its figures reads as a
     * line of the table. Only rows whose every block is a plain cell of the row (no paragraph or
     * list inside) and short are joined, so a layout table's columns stay apart.
     */
    private void joinRows() {
        List<Block> out = null;
        int n = blocks.size();
        for (int i = 0; i < n; ) {
            Block b = blocks.get(i);
            int row = rowOf(b);
            int j = i;
            if (row >= 0) {
                while (j < n && rowOf(blocks.get(j)) == row) {
                    j++;
                }
            }
            if (row < 0 || j - i < 2 || !wholeRow(row, i, j)) {
                if (out != null) {
                    out.add(b);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(blocks.subList(0, i));
            }
            StringBuilder text = new StringBuilder();
            int weight = 0;
            int links = 0;
            boolean sentence = false;
            for (int k = i; k < j; k++) {
                Block c = blocks.get(k);
                if (text.length() > 0) {
                    text.append('\t');
                }
                text.append(c.text);
                weight += c.weight;
                links += c.linkWeight;
                sentence |= c.sentence;
            }
            out.add(new Block(text.toString(), row, ROW, weight, links, sentence));
            i = j;
        }
        if (out != null) {
            blocks.clear();
            blocks.addAll(out);
        }
    }

    /** The row of a block that is a short cell's text, or -1. */
    private int rowOf(Block b) {
        int o = b.owner;
        if (o < 0 || kind[o] != CELL || b.weight > CELL_DATUM) {
            return -1;
        }
        int p = parent[o];
        return p >= 0 && kind[p] == ROW ? p : -1;
    }

    /** True when blocks {@code from}..{@code to}-1 are all the text of {@code row}'s cells, one block a cell. */
    private boolean wholeRow(int row, int from, int to) {
        int cells = 0;
        for (int e = row + 1; e < end[row]; e++) {
            if (parent[e] == row && kind[e] == CELL) {
                cells++;
            } else if (parent[e] != row && kind[e] != INLINE && kind[e] != ANCHOR && kind[e] != BR && kind[e] != IMG) {
                // a block inside a cell (a paragraph, a list, a nested table): not a data row
                return false;
            }
        }
        int prev = -1;
        for (int k = from; k < to; k++) {
            int o = blocks.get(k).owner;
            if (o == prev) {
                return false;
            }
            prev = o;
        }
        return cells >= 2 && to - from <= cells;
    }

    private void walk(Element root) {
        Node node = root;
        while (node != null) {
            boolean entered = head(node);
            if (entered && node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            if (entered) {
                tail(node);
            }
            while (true) {
                if (node == root) {
                    return;
                }
                Node next = node.nextSibling();
                if (next != null) {
                    node = next;
                    break;
                }
                node = node.parentNode();
                if (node == null) {
                    return;
                }
                tail(node);
            }
        }
    }

    /** @return whether to enter the node's children */
    private boolean head(Node node) {
        if (node instanceof TextNode t) {
            text(t.getWholeText());
            return false;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        Byte k = KINDS.get(tag);
        byte kd = k == null ? unknown(tag) : k;
        if (kd == ANCHOR && !e.hasAttr("href")) {
            kd = INLINE;
        }
        if (kd == MEDIA) {
            media(e, tag);
            return false;
        }
        if (kd == SKIP && showHidden && "noscript".equals(tag)) {
            // pages rendered by script keep their text for readers without it here
            kd = DIV;
        }
        if (k == null && (tag.equals("rt") || tag.equals("rp"))) {
            kd = rubyFallback(e) ? INLINE : SKIP;
        }
        if (kd == SKIP || !showHidden && hidden(e)) {
            return false;
        }
        int h = 0;
        if (kd == DIV && k == null) {
            // a custom element's name says what it is as a class would ("pp-inline-teaser")
            h = ClassHints.ofName(tag);
        }
        if (e.attributesSize() > 0) {
            String cls = e.className();
            Integer cached = cls.isEmpty() ? null : classCache.get(cls);
            if (cached == null && !cls.isEmpty()) {
                // pages repeat a few class names on many elements: tokenize each distinct one once
                cached = ClassHints.ofClass(cls);
                classCache.put(cls, cached);
            }
            h |= (cached == null ? 0 : cached) | ClassHints.of("", e.id(), e.attr("role"), e.attr("itemprop"));
            if ((h & ClassHints.HIDDEN) != 0) {
                return false;
            }
        }
        int i = add(e, kd, h);
        if (kd == BR || kd == HR || kd == IMG) {
            end[i] = i + 1;
            if (kd == BR) {
                lineBreak();
            } else if (kd == HR) {
                flush();
            }
            return false;
        }
        if (++openTop == open.length) {
            open = Arrays.copyOf(open, open.length * 2);
        }
        open[openTop] = i;
        if (kd == INLINE) {
            return true;
        }
        if (kd == ANCHOR) {
            if (linkDepth == 0) {
                anchorElement = i;
                anchorHref = e.attr("href");
                anchorText = new StringBuilder();
                anchorClosed = false;
            }
            linkDepth++;
            return true;
        }
        flush();
        if (kd == PRE) {
            preDepth++;
        }
        if (++ownerTop == ownerStack.length) {
            ownerStack = Arrays.copyOf(ownerStack, ownerStack.length * 2);
        }
        ownerStack[ownerTop] = i;
        return true;
    }

    private void tail(Node node) {
        if (!(node instanceof Element) || openTop < 0) {
            return;
        }
        int i = open[openTop--];
        end[i] = size;
        byte kd = kind[i];
        if (kd == INLINE) {
            return;
        }
        if (kd == ANCHOR) {
            linkDepth--;
            if (linkDepth == 0 && anchorText != null) {
                String t = anchorText.toString().strip();
                if (!t.isEmpty() && !anchorHref.isEmpty()) {
                    anchors.add(new Anchor(anchorElement, anchorHref, t));
                }
                anchorText = null;
            }
            return;
        }
        flush();
        if (kd == PRE && preDepth > 0) {
            preDepth--;
        }
        if (ownerTop >= 0) {
            ownerTop--;
        }
    }

    /** Custom elements (a hyphen in the name) are laid out as blocks by their sites; other unknown tags as text. */
    private static byte unknown(String tag) {
        return tag.indexOf('-') > 0 ? DIV : INLINE;
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT);
        return s.contains("display") && s.replace(" ", "").contains("display:none")
                || s.contains("visibility") && s.replace(" ", "").contains("visibility:hidden");
    }

    private void media(Element e, String tag) {
        String kd = null;
        if ("video".equals(tag)) {
            kd = "video";
        } else if ("audio".equals(tag)) {
            kd = "audio";
        } else {
            String src = e.attr("src");
            if (src.isEmpty()) {
                src = e.attr("data-src");
            }
            String s = src.toLowerCase(Locale.ROOT);
            if (s.contains("youtube.com/") || s.contains("youtube-nocookie.com/") || s.contains("youtu.be/")
                    || s.contains("vimeo.com/") || s.contains("dailymotion.com/") || s.contains("brightcove")
                    || s.contains("jwplayer") || s.contains("jwplatform") || s.contains("/video")
                    || s.contains("video.") || s.contains("facebook.com/plugins/video")) {
                kd = "video";
            } else if (s.contains("soundcloud.com/") || s.contains("spotify.com/") || s.contains("podcast")
                    || s.contains("audio") || s.contains("mixcloud.com/") || s.contains("megaphone.fm")
                    || s.contains("libsyn.com") || s.contains("anchor.fm") || s.contains("audioboom")) {
                kd = "audio";
            }
        }
        if (kd != null) {
            media.add(new MediaRef(ownerTop >= 0 ? ownerStack[ownerTop] : 0, kd));
        }
    }

    private int add(Element e, byte kd, int h) {
        if (size == elements.length) {
            int n = size * 2;
            elements = Arrays.copyOf(elements, n);
            parent = Arrays.copyOf(parent, n);
            end = Arrays.copyOf(end, n);
            kind = Arrays.copyOf(kind, n);
            hints = Arrays.copyOf(hints, n);
        }
        int i = size++;
        elements[i] = e;
        parent[i] = openTop >= 0 ? open[openTop] : -1;
        kind[i] = kd;
        hints[i] = h;
        end[i] = 0;
        return i;
    }

    /**
     * A ruby's reading ({@code rt}) is read when the page gives it the parentheses ({@code rp})
     * that readers without ruby support show: "尹錫悦（ユンソンニョル）", as the page's own text
     * states it. Furigana over every character of a text for learners has no {@code rp}: the
     * base text alone is the text.
     */
    private static boolean rubyFallback(Element e) {
        Element ruby = e.parent();
        if (ruby == null) {
            return false;
        }
        for (Element c : ruby.children()) {
            if (c.normalName().equals("rp")) {
                return true;
            }
        }
        return false;
    }

    private void text(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isZeroWidth(c)) {
                i++;
                continue;
            }
            if (isSpace(c)) {
                if (preDepth > 0 && c == '\n') {
                    if (cur.length() > 0) {
                        cur.append('\n');
                        pendingSpace = false;
                    }
                } else if (cur.length() > 0) {
                    pendingSpace = true;
                }
                if (anchorText != null && !anchorClosed && anchorText.length() > 0
                        && anchorText.charAt(anchorText.length() - 1) != ' ') {
                    anchorText.append(' ');
                }
                i++;
                continue;
            }
            if (cur.length() == 0) {
                curOwner = ownerTop >= 0 ? ownerStack[ownerTop] : 0;
            } else if (pendingSpace && cur.charAt(cur.length() - 1) != '\n') {
                cur.append(' ');
            }
            pendingSpace = false;
            // the run of visible characters up to the next space or zero-width character is
            // appended at once (one append per word, not per character: 1.5% of extraction)
            int start = i;
            int w = 0;
            do {
                w += weight(c);
                if (c == '.' || c == '!' || c == '?' || c == '。' || c == '？' || c == '！' || c == '،' || c == '।'
                        || c == ',' || c == '、' || c == '，' || c == ';') {
                    curSentence = true;
                }
                i++;
            } while (i < n && !isZeroWidth(c = s.charAt(i)) && !isSpace(c));
            cur.append(s, start, i);
            curWeight += w;
            if (linkDepth > 0) {
                curLinkWeight += w;
                if (anchorText != null && !anchorClosed) {
                    anchorText.append(s, start, i);
                }
            }
        }
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200b' || c == '\ufeff' || c == '\u200c' || c == '\u200d';
    }

    /**
     * White space of the page's text: control characters and space, and the Unicode space
     * separators, of which only U+00A0 lies below U+0100 (so the Unicode look-up is skipped there).
     */
    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || c > '\u00ff' && Character.isSpaceChar(c);
    }

    /** CJK ideographs, kana and hangul carry about a word each; letters of alphabets about a fifth. */
    static int weight(char c) {
        if (c >= 0x3040 && c <= 0x30ff || c >= 0x3400 && c <= 0x9fff || c >= 0xac00 && c <= 0xd7af
                || c >= 0xf900 && c <= 0xfaff) {
            return 3;
        }
        return 1;
    }

    private void lineBreak() {
        if (cur.length() == 0) {
            return;
        }
        if (cur.charAt(cur.length() - 1) == '\n') {
            // two breaks in a row end a paragraph
            cur.setLength(cur.length() - 1);
            flush();
            return;
        }
        cur.append('\n');
        pendingSpace = false;
    }

    private void flush() {
        if (anchorText != null && anchorText.length() > 0) {
            // a link around several blocks (a teaser card): its first block is its title
            anchorClosed = true;
        }
        int len = cur.length();
        while (len > 0 && (cur.charAt(len - 1) == '\n' || cur.charAt(len - 1) == ' ')) {
            len--;
        }
        if (len > 0) {
            cur.setLength(len);
            byte k = curOwner >= 0 && curOwner < size ? kind[curOwner] : DIV;
            blocks.add(new Block(cur.toString(), curOwner, k, curWeight, curLinkWeight, curSentence));
        }
        cur.setLength(0);
        pendingSpace = false;
        curWeight = 0;
        curLinkWeight = 0;
        curSentence = false;
        curOwner = -1;
    }

    /** Number of elements in the subtree of each element that are images. */
    void sumImages() {
        images = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            if (kind[i] == IMG) {
                images[i]++;
            }
            int p = parent[i];
            if (p >= 0) {
                images[p] += images[i];
            }
        }
    }

    boolean contains(int ancestor, int i) {
        return i >= ancestor && i < end[ancestor];
    }
}
