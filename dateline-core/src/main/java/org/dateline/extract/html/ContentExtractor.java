package org.dateline.extract.html;

import org.dateline.extract.Article;
import org.dateline.extract.Media;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article body of a parsed page. The cascade, each stage linear in the page:
 * <ol>
 * <li>{@link PageIndex}: one walk flattens the visible page into elements and text blocks.</li>
 * <li>Chrome regions (share bars, comments, related stories, menus, ads: {@link ClassHints}) are
 * set aside, except a region that holds the article itself.</li>
 * <li>Each block gets a value: prose counts for, link lists count against; values are summed
 * bottom-up, and the element with the largest sum (a bonus for article markup) is the article
 * container: the smallest subtree that gains all the prose and few links.</li>
 * <li>Inside it each block is kept or dropped (headline, bylines, dates, captions, link lists,
 * chrome wording, repeats); "READ MORE" links go to {@code related}.</li>
 * <li>Rescue: when the container gives much less prose than the page holds, the page's prose
 * blocks are taken instead; when the page is mostly discussion (a forum thread), its comment
 * regions are read as content; when the visible page is nearly empty, hidden parts are read.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class ContentExtractor {

    /** The body text, the related-story links found next to it, and the media kinds inside it. */
    // Thresholds were calibrated as a set on both dev sets (extraction-dev segments F1 and
    // metadata-dev body F1, each change checked on the two); do not tune one in isolation.

    /** Growing the container over a region needs this many times more prose than link text in it. */
    private static final double GROW = 3;
    /** Core score factor for article-body markup (articleBody, entry-content, article-body, ...). */
    private static final double ARTICLE_BONUS = 1.25;
    /** Core score factor for weaker content markup ({@code <article>}, {@code <main>}, "content", "post"). */
    private static final double CONTENT_BONUS = 1.1;
    /** Outside the core, a block this heavy with sentence punctuation is prose on its own. */
    private static final int GOOD = 80;
    /** A core candidate near the headline wins when it has this much prose ... */
    private static final double NEAR_MIN = 150;
    /** ... and at least this share of the best candidate's elsewhere. */
    private static final double NEAR_SHARE = 0.1;
    /** Related links kept per page: a "read more" box, not a site map. */
    private static final int MAX_RELATED = 20;
    /** Prose after a second h1 that makes it the headline of a next story. */
    private static final double NEXT_STORY_PROSE = 300;
    /** A heading this long (with sentence punctuation) is a standfirst, prose on its own. */
    private static final int LONG_HEADING = 150;
    /** A meta box (bylines, dates, tags) holds less prose than this. */
    private static final double META_PROSE = 600;
    /** The box around a prompt holds at most this much text (a prompt is at most 400). */
    private static final int PROMPT_BOX = 500;
    /** Captions beside images are dropped while they hold at most this share of the kept text. */
    private static final double CAPTION_SHARE = 0.2;
    /** "Near the headline": its branch joins the headline's within this many levels above it. */
    private static final int TITLE_NEAR = 3;

    public record Body(String text, List<Article.Link> related, List<String> media) {
    }

    public Body extract(Document doc, String title) {
        return extract(doc, title, doc.location());
    }

    /**
     * @param title   the page's headline (dropped from the body), or null
     * @param baseUrl the page's URL, to make related links absolute; null or empty when unknown
     */
    public Body extract(Document doc, String title, String baseUrl) {
        return extract(doc, title, null, baseUrl);
    }

    /**
     * @param title       the page's headline (dropped from the body), or null
     * @param description the page's standfirst as its metadata states it (kept at the head of the
     *                    body when the page shows it above the article's text), or null
     * @param baseUrl     the page's URL, to make related links absolute; null or empty when unknown
     */
    public Body extract(Document doc, String title, String description, String baseUrl) {
        Element body = doc.body();
        if (body == null) {
            return new Body("", List.of(), List.of());
        }
        String base = baseUrl == null || baseUrl.isEmpty() ? doc.location() : baseUrl;
        PageIndex index = PageIndex.of(body, false);
        Run run = new Run(index, title, base, null);
        run.lead = description;
        Body b = run.body();
        if (run.keptWeight < 500 && run.discussionProse > 3 * run.keptWeight + 300) {
            // a page that is mostly discussion (a forum thread, a live ticker) has its text there
            Run thread = new Run(index, title, base, null);
            thread.keepDiscussion = true;
            Body t = thread.body();
            if (thread.keptWeight > 2 * run.keptWeight) {
                b = t;
            }
        }
        if (b.text().length() < 3000) {
            // a paywall shows the DOM a teaser; the page may state the whole body in its JSON-LD
            String stated = StructuredBody.articleBody(doc);
            if (stated != null && stated.length() > 2 * b.text().length() + 500 && startsTheSame(b.text(), stated)) {
                String lead = run.leadText;
                if (lead != null && b.text().startsWith(lead) && !norm(stated).contains(norm(lead))) {
                    stated = lead + "\n\n" + stated;
                }
                b = new Body(stated, b.related(), b.media());
            }
        }
        if (b.text().length() < 400) {
            // Streaming renderers (React's Suspense) send finished parts in hidden containers that
            // a script moves into place: when the visible page has next to nothing, read those too.
            Body h = new Run(PageIndex.of(body, true), title, base, null).body();
            if (h.text().length() > 2 * b.text().length() + 200) {
                return h;
            }
            // script-rendered pages (Next.js) ship the article's HTML in their hydration data
            String html = HydrationData.articleHtml(doc);
            if (html != null) {
                Document fragment = org.jsoup.Jsoup.parseBodyFragment(html, base == null ? "" : base);
                Body d = new Run(PageIndex.of(fragment.body(), false), title, base, null).body();
                if (d.text().length() > 2 * b.text().length() + 200) {
                    return new Body(d.text(), b.related(), b.media());
                }
            }
        }
        return b;
    }

    /** Whether the stated body begins (within its first part) with the text the DOM gave. */
    private static boolean startsTheSame(String dom, String stated) {
        if (dom.isEmpty()) {
            return true;
        }
        String head = norm(stated.substring(0, Math.min(stated.length(), 3000)));
        int tried = 0;
        for (String paragraph : dom.split("\n\n")) {
            String p = norm(paragraph);
            if (p.length() >= 40) {
                // one of the first real paragraphs (bylines and datelines before them are too
                // short; a standfirst before them may be missing from the stated body)
                if (head.contains(p.substring(0, 40))) {
                    return true;
                }
                if (++tried == 2) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The extraction with a line per block saying why it was kept or dropped (for tuning by hand). */
    static String explain(Document doc, String title) {
        return explain(doc, title, null);
    }

    static String explain(Document doc, String title, String description) {
        StringBuilder trace = new StringBuilder();
        Run run = new Run(PageIndex.of(doc.body(), false), title, doc.location(), trace);
        run.lead = description;
        Body b = run.body();
        trace.append("related: ").append(b.related()).append('\n').append("media: ").append(b.media()).append('\n');
        return trace.toString();
    }

    /** The state of one extraction. */
    private static final class Run {
        final PageIndex ix;
        final String title;
        /** The headline's letters and digits alone: a heading that shows it with a kicker glued on still reads as it. */
        final String titleKey;
        final String base;
        final List<PageIndex.Block> blocks;
        final int n;
        final boolean[] dropped;
        final double[] value;
        /** Positive value (prose) in each subtree. */
        final double[] prose;
        /** Text weight and link weight in each subtree (without chrome). */
        final int[] weight;
        final int[] linkWeight;

        final StringBuilder trace;
        /** The page's stated description (its standfirst), or null. */
        String lead;
        /** The block put in front of the body as its standfirst, or null. */
        String leadText;
        /** Read comment and discussion regions as content (forum threads, live tickers). */
        boolean keepDiscussion;
        /** Prose in the comment regions set aside. */
        double discussionProse;
        int keptWeight;
        int core = -1;
        /** The headline's element (set by select), or -1. */
        int headline = -1;
        int[] selectGroup;
        int selectFrom;

        Run(PageIndex ix, String title, String base, StringBuilder trace) {
            this.trace = trace;
            this.ix = ix;
            this.title = title == null ? null : norm(title);
            this.titleKey = title == null ? null : key(title);
            this.base = base;
            this.blocks = ix.blocks;
            this.n = ix.size;
            this.dropped = new boolean[n];
            this.value = new double[n];
            this.prose = new double[n];
            this.weight = new int[n];
            this.linkWeight = new int[n];
        }

        Body body() {
            if (n == 0 || blocks.isEmpty()) {
                return new Body("", List.of(), List.of());
            }
            markChrome();
            sumValues();
            int c = container();
            if (trace != null) {
                trace.append("container ").append(c).append(' ').append(path(c)).append(" value=")
                        .append(value[c]).append(" prose=").append(prose[c]).append(" page=").append(prose[0]).append('\n');
            }
            List<Article.Link> related = new ArrayList<>();
            List<PageIndex.Block> kept = select(c, related);
            relatedBoxes(c, related);
            keptWeight = 0;
            for (PageIndex.Block b : kept) {
                keptWeight += b.weight;
            }
            double pageProse = prose[0];
            // a core marked as the article body by its markup is trusted with less text: the rescue
            // then took a second story and a privacy notice, never missing article text (dev sets)
            int enough = core >= 0 && (ix.hints[core] & ClassHints.ARTICLE) != 0 ? 1000 : 1500;
            if (keptWeight < 0.5 * pageProse && keptWeight < enough) {
                List<PageIndex.Block> rescue = rescue();
                int w = 0;
                for (PageIndex.Block b : rescue) {
                    w += b.weight;
                }
                if (w > 2 * keptWeight) {
                    if (trace != null) {
                        trace.append("RESCUE ").append(w).append(" over ").append(keptWeight).append('\n');
                    }
                    kept = rescue;
                }
            }
            keptWeight = 0;
            for (PageIndex.Block b : kept) {
                keptWeight += b.weight;
            }
            // after the weight: the rescues compare the article's own text
            kept = withLead(kept);
            StringBuilder sb = new StringBuilder();
            for (PageIndex.Block b : kept) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(b.text);
            }
            return new Body(sb.toString(), related, media(c));
        }

        /**
         * The standfirst at the head of the body. Pages show it between the headline and the text,
         * often in a header box set apart from the article's container (or named like a caption
         * or a teaser), so the container misses it; the page's metadata states it too. A block
         * before the body's first one that reads as the stated description is put back in front.
         */
        List<PageIndex.Block> withLead(List<PageIndex.Block> kept) {
            if (lead == null || kept.isEmpty()) {
                return kept;
            }
            String d = norm(lead);
            if (d.length() < 40) {
                return kept;
            }
            String head = d.substring(0, 40);
            for (PageIndex.Block b : kept) {
                if (norm(b.text).contains(head)) {
                    return kept;
                }
            }
            int first = kept.get(0).owner;
            for (PageIndex.Block b : blocks) {
                if (b.owner >= first) {
                    break;
                }
                if (b.weight < 40 || b.linkDensity() > 0.3) {
                    continue;
                }
                String t = norm(b.text);
                if (t.length() >= 40 && (t.startsWith(head) || d.startsWith(t.substring(0, 40)))) {
                    note(b, "lead");
                    leadText = b.text;
                    List<PageIndex.Block> out = new ArrayList<>(kept.size() + 1);
                    out.add(b);
                    out.addAll(kept);
                    return out;
                }
            }
            return kept;
        }

        /** Chrome subtrees, unless they hold article markup or most of the page's prose. */
        void markChrome() {
            boolean[] articleInside = new boolean[n];
            double[] raw = new double[n];
            int[] goodBlocks = new int[n];
            for (PageIndex.Block b : blocks) {
                if (b.owner >= 0) {
                    raw[b.owner] += Math.max(0, blockValue(b));
                    if (good(b) && b.linkWeight * 4 < b.weight) {
                        goodBlocks[b.owner]++;
                    }
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                if ((ix.hints[i] & ClassHints.ARTICLE) != 0 || ix.kind[i] == PageIndex.ARTICLE) {
                    articleInside[i] = true;
                }
                int p = ix.parent[i];
                if (p >= 0) {
                    raw[p] += raw[i];
                    goodBlocks[p] += goodBlocks[i];
                    articleInside[p] |= articleInside[i];
                }
            }
            double total = raw[0];
            for (int i = 0; i < n; i++) {
                int p = ix.parent[i];
                if (p >= 0 && dropped[p]) {
                    dropped[i] = true;
                    continue;
                }
                int h = ix.hints[i];
                if ((h & ClassHints.BOILER) == 0 || (h & ClassHints.ARTICLE) != 0) {
                    continue;
                }
                byte k = ix.kind[i];
                if (k == PageIndex.BODY || k == PageIndex.MAIN) {
                    continue;
                }
                if (articleInside[i] && (h & ClassHints.COMMENTS) == 0) {
                    continue;
                }
                if ((h & ClassHints.COMMENTS) != 0 && keepDiscussion) {
                    continue;
                }
                // a layout wrapper caught by a name ("content-sidebar-wrap") holds most of the
                // page's prose in several paragraphs; a sidebar beside a short post holds one or two
                if ((h & ClassHints.COMMENTS) == 0 && raw[i] > 0.5 * total && goodBlocks[i] >= 3) {
                    continue;
                }

                dropped[i] = true;
                if (trace != null && raw[i] > 0.2 * total) {
                    trace.append("drop-region ").append(i).append(' ').append(path(i)).append(" raw=").append(raw[i])
                            .append(" of ").append(total).append(" good=").append(goodBlocks[i]).append('\n');
                }
                if ((h & ClassHints.COMMENTS) != 0) {
                    discussionProse += raw[i];
                }
            }
        }

        /** Prose counts for, links against; short bits are neutral. */
        static double blockValue(PageIndex.Block b) {
            if (b.kind == PageIndex.H1 || b.kind == PageIndex.CAPTION) {
                return 0;
            }
            int w = b.weight;
            int lw = b.linkWeight;
            if (lw * 2 >= w) {
                return -w;
            }
            int nl = w - lw;
            if (nl < 25) {
                return 0;
            }
            return (b.sentence ? nl : nl * 0.5) - lw;
        }

        void sumValues() {
            for (PageIndex.Block b : blocks) {
                if (b.owner >= 0 && !dropped[b.owner]) {
                    double v = blockValue(b);
                    value[b.owner] += v;
                    weight[b.owner] += b.weight;
                    linkWeight[b.owner] += b.linkWeight;
                    if (v > 0) {
                        prose[b.owner] += v;
                    }
                }
            }
            for (int i = n - 1; i > 0; i--) {
                int p = ix.parent[i];
                if (p >= 0) {
                    value[p] += value[i];
                    prose[p] += prose[i];
                    weight[p] += weight[i];
                    linkWeight[p] += linkWeight[i];
                }
            }
        }

        /**
         * Whether a block is the headline written differently: the same letters and digits (other
         * punctuation or spacing, "Berlin:Im" for "Berlin: Im"), or those of the headline with a
         * short kicker glued before or after it ("Kollaps der Silicon Valley Bank US-Notenbank ...").
         */
        boolean readsAsTitle(String text) {
            if (titleKey == null || titleKey.length() < 15 || text.length() > 3 * title.length() + 20) {
                return false;
            }
            String k = key(text);
            return k.equals(titleKey) || k.length() <= titleKey.length() + 40 && (k.endsWith(titleKey) || k.startsWith(titleKey));
        }

        /** The element of the headline: a heading that reads as the title, else the first h1. */
        int titleElement() {
            int firstH1 = -1;
            int heading = -1;
            for (PageIndex.Block b : blocks) {
                if (b.owner < 0 || dropped[b.owner] || b.kind != PageIndex.H1 && b.kind != PageIndex.H) {
                    continue;
                }
                if (title != null) {
                    String t = norm(b.text);
                    if (t.equals(title) || t.length() >= 20 && title.length() >= 20 && (t.contains(title) || title.contains(t))
                            || readsAsTitle(b.text)) {
                        if (b.kind == PageIndex.H1) {
                            return b.owner;
                        }
                        heading = heading < 0 ? b.owner : heading;
                    }
                }
                if (b.kind == PageIndex.H1 && firstH1 < 0) {
                    firstH1 = b.owner;
                }
            }
            return heading >= 0 ? heading : firstH1;
        }

        /**
         * The headline of the next story after the article's own ({@code te}): an h1 after it that
         * is followed by prose (pages that scroll on into further stories put each under its own
         * h1), or -1. A site's logo in an h1 comes before the headline and does not count.
         */
        int nextStory(int te) {
            if (te < 0) {
                return -1;
            }
            int candidate = -1;
            double after = 0;
            for (PageIndex.Block b : blocks) {
                int o = b.owner;
                if (o <= te || dropped[o]) {
                    continue;
                }
                if (candidate < 0) {
                    if (b.kind == PageIndex.H1 && o >= ix.end[te] && b.weight >= 10
                            && (title == null || !norm(b.text).equals(title))) {
                        candidate = o;
                    }
                    continue;
                }
                after += Math.max(0, blockValue(b));
                if (after >= NEXT_STORY_PROSE) {
                    return candidate;
                }
            }
            return -1;
        }

        /**
         * The article container, in two steps. The core is the element that directly holds the
         * most prose (its own blocks and its children's count fully, its grandchildren's half, as
         * in Readability): sums over whole subtrees would let prose scattered over the page (a
         * cookie notice, teaser excerpts) lift the body above the article. Then the core grows
         * upwards while each step adds clearly more prose than links (the article's second half
         * after an ad, its lead in the header), and stops at the first step that brings mostly
         * links or teasers.
         */
        int container() {
            // Wrappers around one element alone ("div > div > p", no text of their own) are that
            // element: a chain of them shares one score. top[i] is the outermost wrapper of i's chain
            // (parents come before children, so one forward pass finds it; linear at any depth).
            boolean[] ownsText = new boolean[n];
            for (PageIndex.Block b : blocks) {
                if (b.owner >= 0) {
                    ownsText[b.owner] = true;
                }
            }
            int[] top = new int[n];
            for (int i = 0; i < n; i++) {
                int p = ix.parent[i];
                top[i] = p >= 0 && p + 1 == i && ix.end[p] == ix.end[i] && !ownsText[p] ? top[p] : i;
            }
            // a paragraph counts fully for its own chain and its parent's, half for its grandparent's
            double[] chain = new double[n];
            for (PageIndex.Block b : blocks) {
                int o = b.owner;
                if (o < 0 || dropped[o]) {
                    continue;
                }
                double v = blockValue(b);
                int c = top[o];
                chain[c] += v;
                int p = ix.parent[c];
                if (p >= 0) {
                    c = top[p];
                    chain[c] += v;
                    int g = ix.parent[c];
                    if (g >= 0) {
                        chain[top[g]] += v / 2;
                    }
                }
            }
            double[] direct = new double[n];
            for (int i = 0; i < n; i++) {
                direct[i] = chain[top[i]];
            }
            // how far up from the headline the branch of each element joins it
            int te = titleElement();
            int[] join = new int[n];
            if (te >= 0) {
                java.util.Arrays.fill(join, -1);
                int d = 0;
                for (int i = te; i >= 0; i = ix.parent[i]) {
                    join[i] = d++;
                }
                for (int i = 0; i < n; i++) {
                    if (join[i] < 0) {
                        join[i] = ix.parent[i] >= 0 ? join[ix.parent[i]] : 99;
                    }
                }
            }
            int next = nextStory(te);
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            int bestNear = -1;
            double bestNearScore = 0;
            for (int i = 0; i < n; i++) {
                if (dropped[i]) {
                    continue;
                }
                byte k = ix.kind[i];
                if (k == PageIndex.INLINE || k == PageIndex.ANCHOR || k == PageIndex.IMG || k == PageIndex.BR
                        || k == PageIndex.P || k == PageIndex.H || k == PageIndex.H1 || k == PageIndex.CAPTION) {
                    continue;
                }
                double s = direct[i];
                int h = ix.hints[i];
                if ((h & ClassHints.ARTICLE) != 0) {
                    s *= ARTICLE_BONUS;
                } else if (k == PageIndex.ARTICLE || (h & ClassHints.CONTENT) != 0 || k == PageIndex.MAIN) {
                    s *= CONTENT_BONUS;
                }
                if ((h & (ClassHints.LAYOUT | ClassHints.META | ClassHints.BOILER)) != 0 && (h & ClassHints.ARTICLE) == 0) {
                    s *= 0.5;
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
                if (te >= 0 && join[i] <= TITLE_NEAR && (next < 0 || i < next) && s > bestNearScore) {
                    bestNearScore = s;
                    bestNear = i;
                }
            }
            // the article's text sits close to its headline; more prose elsewhere on the page (the
            // next story of an endless scroll, a sidebar's text) hangs from a distant branch
            if (bestNear >= 0 && bestNear != best && bestNearScore >= Math.max(NEAR_MIN, NEAR_SHARE * bestScore)) {
                best = bestNear;
            }
            if (trace != null) {
                trace.append("core ").append(best).append(' ').append(path(best)).append(" direct=").append(direct[best])
                        .append(" title=").append(te).append(" near=").append(bestNear).append(' ').append(bestNearScore)
                        .append(" best=").append(bestScore).append('\n');
            }
            core = best;
            int c = best;
            for (int a = ix.parent[best]; a >= 0; a = ix.parent[a]) {
                if (next > best && ix.contains(a, next)) {
                    // the next story of an endless scroll begins here
                    break;
                }
                double added = value[a] - value[best];
                double addedProse = prose[a] - prose[best];
                double addedLinks = addedProse - added;
                if (added >= 0 && addedProse >= GROW * addedLinks) {
                    c = a;
                }
            }
            return c;
        }

        List<PageIndex.Block> select(int c, List<Article.Link> related) {
            // what lies between each element and the container: meta regions, forms, link lists
            int end = ix.end[c];
            byte[] between = new byte[end - c];
            int[] group = new int[end - c];
            group[0] = c;
            for (int i = c + 1; i < end; i++) {
                int p = ix.parent[i];
                int pi = p - c;
                byte f = pi >= 0 ? between[pi] : 0;
                int h = ix.hints[i];
                if (core >= 0 && ix.contains(i, core)) {
                    // around the core, a name or a form is the page's layout ("date-outer" of a
                    // blog's posts by day, ASP.NET's page-wide form), not a meta box or a form
                    between[i - c] = f;
                    group[i - c] = pi >= 0 ? group[pi] : c;
                    continue;
                }
                if ((h & ClassHints.META) != 0 && (h & ClassHints.ARTICLE) == 0 && prose[i] < META_PROSE) {
                    // a "meta" name on an element with paragraphs of prose is a template's word
                    // ("content-news-tag-selector"), not a box of bylines and dates
                    f |= 1;
                }
                if (ix.kind[i] == PageIndex.FORM) {
                    f |= 2;
                }
                if (ix.kind[i] == PageIndex.FIGURE || (h & ClassHints.CAPTION) != 0) {
                    f |= 4;
                }
                between[i - c] = f;
                byte k = ix.kind[i];
                group[i - c] = k == PageIndex.LIST || k == PageIndex.TABLE ? i : pi >= 0 ? group[pi] : c;
            }
            int te = titleElement();
            headline = te;
            ix.sumImages();
            selectGroup = group;
            selectFrom = c;
            List<PageIndex.Block> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<PageIndex.Block> captions = new ArrayList<>();
            List<PageIndex.Block> prompts = new ArrayList<>();
            boolean relatedMode = false;
            boolean prose = false;
            int pending = -1;
            for (PageIndex.Block b : blocks) {
                int o = b.owner;
                if (o < 0 || !ix.contains(c, o)) {
                    note(b, "outside");
                    continue;
                }
                if (dropped[o]) {
                    pending = headless(out, pending);
                    note(b, "chromed");
                    continue;
                }
                String t = b.text;
                if (b.kind == PageIndex.CAPTION) {
                    note(b, "caption");
                    continue;
                }
                if (b.kind == PageIndex.H1 && (o == te || !prose)) {
                    note(b, "h1");
                    continue;
                }
                if (title != null && t.length() <= 2 * title.length() + 10 && (norm(t).equals(title)
                        || isHeading(b) && readsAsTitle(t))) {
                    note(b, "title");
                    continue;
                }
                if (o < te && b.weight < GOOD && core >= 0 && te < ix.end[core]) {
                    // above the headline: its kicker, the section's name, a breadcrumb, a date (a
                    // headline found after the article's text is a teaser's, and says nothing here)
                    note(b, "kicker");
                    continue;
                }
                if ((between[o - c] & 4) != 0 && b.kind != PageIndex.QUOTE) {
                    note(b, "figure");
                    continue;
                }
                if ((between[o - c] & 2) != 0) {
                    pending = headless(out, pending);
                    note(b, "form");
                    continue;
                }
                int rp = BoilerText.relatedPrefix(t, b.lower());
                if (rp >= 0 && b.linkWeight > 0 || BoilerText.isLabelledLink(t, b.weight, b.linkWeight)) {
                    addRelated(o, related);
                    note(b, "related-prefix");
                    continue;
                }
                if (t.length() <= 60 && BoilerText.isRelatedLabel(t, b.lower())) {
                    relatedMode = true;
                    note(b, "related-label");
                    continue;
                }
                double ld = b.linkDensity();
                if (ld > 0.5) {
                    if (relatedMode) {
                        addRelated(o, related);
                        pending = headless(out, pending);
                        note(b, "related");
                        continue;
                    }
                    // a link in the text stays; a list or table of links is navigation
                    int g = group[o - c];
                    if (g == o) {
                        g = ix.parent[o];
                    }
                    if (g < c || weight[g] == 0 || linkWeight[g] * 2 > weight[g] || b.kind != PageIndex.P && b.kind != PageIndex.CELL && b.kind != PageIndex.ROW) {
                        note(b, "links");
                        continue;
                    }
                }
                relatedMode = false;
                if ((between[o - c] & 1) != 0 && (b.weight < 120 || ld > 0.3)) {
                    pending = headless(out, pending);
                    note(b, "meta");
                    continue;
                }
                String wording = boilerWording(b);
                if (wording != null) {
                    note(b, wording);
                    continue;
                }
                if (b.isPrompt()) {
                    pending = headless(out, pending);
                    note(b, "prompt");
                    prompts.add(b);
                    continue;
                }
                if (!seen.add(t)) {
                    note(b, "dup");
                    continue;
                }
                note(b, core >= 0 && !ix.contains(core, o) ? "KEEPg" : "KEEP");
                out.add(b);
                if (besideImage(b)) {
                    captions.add(b);
                }
                if (isHeading(b)) {
                    pending = pending < 0 ? out.size() - 1 : pending;
                } else {
                    pending = -1;
                }
                if (b.kind != PageIndex.H && b.kind != PageIndex.H1 && b.weight >= 60 && b.sentence) {
                    prose = true;
                }
            }
            return dropOrphanHeadings(strictOutsideCore(withoutPromptBoxes(withoutCaptions(out, captions), prompts, c)));
        }

        /**
         * Outside the core (what growing the container added) only prose is taken on its own;
         * short blocks stay when they sit between prose (a short paragraph, a subhead), as in
         * jusText's context rule. Measured on the dev sets: blocks under 80 characters gained by
         * growing were chrome three times in four (hotlines, "more from", teaser labels), longer
         * ones article text four times in five.
         */
        List<PageIndex.Block> strictOutsideCore(List<PageIndex.Block> in) {
            if (core < 0) {
                return in;
            }
            List<PageIndex.Block> out = new ArrayList<>(in.size());
            int runUntil = -1;
            for (int i = 0; i < in.size(); i++) {
                PageIndex.Block b = in.get(i);
                if (ix.contains(core, b.owner) || good(b) || inDataList(b)) {
                    out.add(b);
                    continue;
                }
                PageIndex.Block prev = i > 0 ? in.get(i - 1) : null;
                PageIndex.Block next = i + 1 < in.size() ? in.get(i + 1) : null;
                boolean nextGood = next != null && (good(next) || ix.contains(core, next.owner));
                boolean prevGood = prev != null && (good(prev) || ix.contains(core, prev.owner));
                if (standfirst(b)) {
                    note(b, "standfirst");
                    out.add(b);
                    continue;
                }
                if (i <= runUntil && !isHeading(b)) {
                    prevGood = true;
                    nextGood = true;
                } else if (prevGood && !nextGood && !isHeading(b)) {
                    // a run of two or three short paragraphs between prose (a standfirst of short
                    // sentences) is prose's context as a single one is
                    for (int j = i + 1; j < in.size() && j <= i + 2; j++) {
                        PageIndex.Block x = in.get(j);
                        if (good(x) || ix.contains(core, x.owner)) {
                            nextGood = true;
                            runUntil = j - 1;
                            break;
                        }
                        if (isHeading(x) || inDataList(x)) {
                            break;
                        }
                    }
                }
                if (isHeading(b) && b.owner >= ix.end[core]) {
                    // after the article's core a heading introduces what the page shows next
                    // (more stories, a discussion, a further section): measured on both dev sets
                    note(b, "after");
                } else if (isHeading(b) ? nextGood : prevGood && nextGood) {
                    out.add(b);
                } else {
                    note(b, "short");
                }
            }
            return out;
        }

        /**
         * The standfirst between the headline and the article's core, named as one ("deck",
         * "standfirst", "excerpt", "preamble"): one or two sentences set apart, often short.
         */
        boolean standfirst(PageIndex.Block b) {
            int o = b.owner;
            if (b.weight < 25 || headline < 0 || o <= headline || o >= core || b.linkDensity() > 0.3) {
                return false;
            }
            int p = ix.parent[o];
            return ((ix.hints[o] | (p >= 0 ? ix.hints[p] : 0)) & ClassHints.STANDFIRST) != 0;
        }

        /**
         * A picture's caption without caption markup: a short block that shares a small box with an
         * image (a "picBox" of an image and its description), the box holding nothing else of weight.
         * Text in the same element as the image (a blog's paragraph with a picture in it) is not.
         */
        boolean besideImage(PageIndex.Block b) {
            int o = b.owner;
            if (b.weight >= 400 || ix.images[o] > 0 || isHeading(b) || b.kind == PageIndex.CELL || b.kind == PageIndex.ROW || b.kind == PageIndex.LI) {
                return false;
            }
            int p = o;
            for (int up = 0; up < 2; up++) {
                p = ix.parent[p];
                if (p < 0 || core >= 0 && ix.contains(p, core)) {
                    return false;
                }
                if (weight[p] > b.weight + 60) {
                    return false;
                }
                if (ix.images[p] > 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Captions beside images are dropped when they are few: a page whose text mostly sits
         * beside pictures (a product list, a picture story, media-and-text blocks) tells its story
         * there. Measured on the dev sets: with no limit, extraction-dev lost nine such texts.
         */
        List<PageIndex.Block> withoutCaptions(List<PageIndex.Block> in, List<PageIndex.Block> captions) {
            if (captions.isEmpty()) {
                return in;
            }
            int all = 0;
            for (PageIndex.Block b : in) {
                all += b.weight;
            }
            int cw = 0;
            for (PageIndex.Block b : captions) {
                cw += b.weight;
            }
            if (cw > CAPTION_SHARE * all) {
                return in;
            }
            Set<PageIndex.Block> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            drop.addAll(captions);
            List<PageIndex.Block> out = new ArrayList<>(in.size());
            for (PageIndex.Block b : in) {
                if (drop.contains(b)) {
                    note(b, "beside-image");
                } else {
                    out.add(b);
                }
            }
            return out;
        }

        /**
         * A prompt sits in a box of its own with the offer's other lines (the benefits of an
         * account, "no thanks", the fine print): the small box around a prompt goes with it. The
         * box is the largest ancestor of little text, a few levels up below the container: at
         * most {@link #PROMPT_BOX} weight, and no prose but one paragraph shorter than the prompt
         * (the offer's fine print; a longer one is a text the prompt belongs to, as a gallery's
         * terms of use that end in "please contact us").
         */
        List<PageIndex.Block> withoutPromptBoxes(List<PageIndex.Block> in, List<PageIndex.Block> prompts, int c) {
            if (prompts.isEmpty()) {
                return in;
            }
            // prose paragraphs in each subtree: a box holds one at most (the offer's fine print),
            // shorter than the prompt itself, and the longest of them
            int[] proseIn = new int[n];
            int[] proseMax = new int[n];
            for (PageIndex.Block b : blocks) {
                if (b.owner >= 0 && good(b) && !b.isPrompt()) {
                    proseIn[b.owner]++;
                    proseMax[b.owner] = Math.max(proseMax[b.owner], b.weight);
                }
            }
            for (int i = n - 1; i > 0; i--) {
                int p = ix.parent[i];
                if (p >= 0) {
                    proseIn[p] += proseIn[i];
                    proseMax[p] = Math.max(proseMax[p], proseMax[i]);
                }
            }
            List<Integer> boxes = new ArrayList<>();
            for (PageIndex.Block prompt : prompts) {
                int o = prompt.owner;
                int box = o;
                for (int up = 0; up < 4; up++) {
                    int p = ix.parent[box];
                    if (p < 0 || p == c || weight[p] > PROMPT_BOX || proseIn[p] > 1
                            || proseIn[p] == 1 && proseMax[p] >= prompt.weight) {
                        break;
                    }
                    box = p;
                }
                if (box != o) {
                    boxes.add(box);
                }
            }
            if (boxes.isEmpty()) {
                return in;
            }
            List<PageIndex.Block> out = new ArrayList<>(in.size());
            for (PageIndex.Block b : in) {
                boolean inBox = false;
                for (int box : boxes) {
                    if (ix.contains(box, b.owner)) {
                        inBox = true;
                        break;
                    }
                }
                if (inBox) {
                    note(b, "prompt-box");
                } else {
                    out.add(b);
                }
            }
            return out;
        }

        /** An item of a list or table with next to no links: ingredients, specifications, steps. */
        boolean inDataList(PageIndex.Block b) {
            if (selectGroup == null || b.owner < selectFrom || b.owner - selectFrom >= selectGroup.length) {
                return false;
            }
            int g = selectGroup[b.owner - selectFrom];
            return g != selectFrom && weight[g] >= 40 && linkWeight[g] * 5 < weight[g];
        }

        static boolean good(PageIndex.Block b) {
            // a long "heading" of sentences is a standfirst set in a heading's type
            return b.weight >= GOOD && b.sentence && (!isHeading(b) || b.kind == PageIndex.H && b.weight >= LONG_HEADING);
        }

        /**
         * Headings stand over what follows them: when that is dropped as links, chrome or a form,
         * so are the headings kept since the last text ("Related coverage", "Leave a reply").
         */
        int headless(List<PageIndex.Block> out, int pending) {
            if (pending >= 0) {
                while (out.size() > pending) {
                    note(out.remove(out.size() - 1), "headless");
                }
            }
            return -1;
        }

        static boolean isHeading(PageIndex.Block b) {
            return b.kind == PageIndex.H || b.kind == PageIndex.H1;
        }

        /** A heading with nothing kept under it introduced something that was dropped (related links, a form). */
        List<PageIndex.Block> dropOrphanHeadings(List<PageIndex.Block> in) {
            List<PageIndex.Block> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                PageIndex.Block b = in.get(i);
                if (b.kind == PageIndex.H || b.kind == PageIndex.H1) {
                    PageIndex.Block next = i + 1 < in.size() ? in.get(i + 1) : null;
                    if (next == null || next.kind == PageIndex.H && level(next) <= level(b)) {
                        note(b, "orphan");
                        continue;
                    }
                }
                out.add(b);
            }
            return out;
        }

        int level(PageIndex.Block b) {
            String tag = ix.elements[b.owner].normalName();
            return tag.length() == 2 && tag.charAt(0) == 'h' ? tag.charAt(1) - '0' : 7;
        }

        void note(PageIndex.Block b, String why) {
            if (trace != null && !"outside".equals(why)) {
                String t = b.text.replace('\n', ' ');
                trace.append(String.format("%-8s %4d %4d %.2f %s %s%n", why, b.owner, b.weight, b.linkDensity(),
                        path(b.owner), t.length() > 110 ? t.substring(0, 110) : t));
            }
        }

        String path(int i) {
            StringBuilder sb = new StringBuilder();
            int guard = 0;
            while (i >= 0 && guard++ < 14) {
                Element e = ix.elements[i];
                String cls = e.className();
                sb.insert(0, e.normalName() + (cls.isEmpty() ? "" : "." + (cls.length() > 25 ? cls.substring(0, 25) : cls).replace(' ', '.'))
                        + (ix.hints[i] != 0 ? "[" + Integer.toHexString(ix.hints[i]) + (dropped[i] ? "D" : "") + "]" : "") + ">");
                i = ix.parent[i];
            }
            return sb.toString();
        }

        void addRelated(int owner, List<Article.Link> related) {
            // anchors are in document order: find the first one inside the owner by bisection
            List<PageIndex.Anchor> anchors = ix.anchors;
            int lo = 0;
            int hi = anchors.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (anchors.get(mid).element() < owner) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < anchors.size() && ix.contains(owner, anchors.get(i).element()); i++) {
                PageIndex.Anchor a = anchors.get(i);
                String href = a.href().strip();
                if (a.text().length() >= 12 && related.size() < MAX_RELATED && !href.startsWith("#")
                        && !href.regionMatches(true, 0, "javascript:", 0, 11) && !href.regionMatches(true, 0, "mailto:", 0, 7)) {
                    Article.Link l = new Article.Link(a.text(), absolute(href));
                    if (!related.contains(l)) {
                        related.add(l);
                    }
                }
            }
        }

        /** Links of related-story boxes in the article or right after it (within its parent). */
        void relatedBoxes(int c, List<Article.Link> related) {
            int from = ix.parent[c] >= 0 ? ix.parent[c] : c;
            int end = ix.end[from];
            for (int i = from; i < end && related.size() < MAX_RELATED; i++) {
                if ((ix.hints[i] & ClassHints.RELATED) != 0) {
                    addRelated(i, related);
                    i = ix.end[i] - 1;
                }
            }
        }

        String absolute(String href) {
            try {
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    return href;
                }
                if (base == null || base.isEmpty()) {
                    return href.startsWith("//") ? "https:" + href : null;
                }
                return java.net.URI.create(base).resolve(href.replace(" ", "%20")).toString();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The page's prose blocks wherever they are: the baseline when the container failed. */
        List<PageIndex.Block> rescue() {
            List<PageIndex.Block> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (PageIndex.Block b : blocks) {
                if (b.owner < 0 || dropped[b.owner]) {
                    continue;
                }
                if (blockValue(b) <= 0 || b.weight < 60 || !b.sentence) {
                    continue;
                }
                if (title != null && norm(b.text).equals(title)) {
                    continue;
                }
                if ((b.isPrompt() || b.weight <= 400 && (BoilerText.isCaptionWording(b.text, b.lower(), b.weight)
                        || BoilerText.isCreditLine(b.text, b.lower(), b.weight) || BoilerText.isAffiliateNote(b.text, b.lower(), b.weight)))) {
                    continue;
                }
                if (seen.add(b.text)) {
                    out.add(b);
                }
            }
            return out;
        }

        List<String> media(int c) {
            List<String> kinds = new ArrayList<>();
            for (PageIndex.MediaRef m : ix.media) {
                if (ix.contains(c, m.element()) && !dropped[m.element()]) {
                    Media.add(kinds, m.kind());
                }
            }
            ix.sumImages();
            for (int i = c; i < ix.end[c]; i++) {
                if ((ix.hints[i] & ClassHints.GALLERY) != 0 && !dropped[i] && ix.images[i] >= 3) {
                    Media.add(kinds, "gallery");
                    break;
                }
            }
            return kinds;
        }
    }


    /** Letters and digits alone, lower case. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** What a block's wording says it is when that is not article text ("chrome", "credit", ...), or null. */
    private static String boilerWording(PageIndex.Block b) {
        String t = b.text;
        int weight = b.weight;
        if (BoilerText.isServerError(t)) {
            return "chrome";
        }
        if (weight > 400) {
            // longer than any of the tests below looks at
            return null;
        }
        // lower-cased once for the tests that read the lower-cased text
        String lower = b.lower();
        if (BoilerText.isChrome(t, lower, weight) || BoilerText.isDateLine(t, weight)
                || BoilerText.isByline(t, weight) || BoilerText.isCaption(t, lower, weight)) {
            return "chrome";
        }
        if (BoilerText.isCaptionWording(t, lower, weight)) {
            return "caption2";
        }
        if (BoilerText.isMediaLabel(t, weight)) {
            return "medialabel";
        }
        if (BoilerText.isAffiliateNote(t, lower, weight)) {
            return "affiliate";
        }
        return BoilerText.isCreditLine(t, lower, weight) ? "credit" : null;
    }

    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unused")
    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
