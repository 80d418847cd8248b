package org.dateline.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Record;
import org.dateline.store.NewsIndex;
import org.dateline.store.Requests;
import org.dateline.store.Snippets;
import org.dateline.store.Speakers;
import org.dateline.store.StoredArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Builds each page's values from the index; knows nothing of HTTP or HTML. Thread-safe. */
final class Views {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 50;
    private static final int SNIPPET_CHARS = 240;
    private static final int MAX_STORY = 200;
    private static final int SPEAKER_QUOTES = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her");

    private final NewsIndex index;

    Views(NewsIndex index) {
        this.index = index;
    }

    // ------------------------------------------------------------------------------------ search

    Pages.Search search(Params p) {
        String q = p.get("q");
        String sort = p.choice("sort", null, "relevance", "newest");
        int page = p.integer("page", 1, 1, MAX_PAGE);
        Requests.Filters f = p.filters();
        Requests.Order order = sort == null ? null : sort.equals("newest") ? Requests.Order.NEWEST : Requests.Order.RELEVANCE;
        Requests.SearchResult r = index.search(new Requests.Search(q, f, page * PAGE_SIZE + 1, order, true, true));
        List<Pages.Hit> hits = new ArrayList<>();
        List<Requests.Hit> all = r.hits();
        for (int i = (page - 1) * PAGE_SIZE; i < Math.min(all.size(), page * PAGE_SIZE); i++) {
            hits.add(hit(all.get(i), q));
        }
        Map<String, String> base = p.search();
        List<Pages.FacetGroup> facets = new ArrayList<>();
        facet(facets, "Site", "site", r.facets().get("site"), base);
        facet(facets, "Language", "lang", r.facets().get("language"), base);
        facet(facets, "Speaker", "speaker", r.facets().get("speaker"), base);
        facet(facets, "Entity", "entity", r.facets().get("entity"), base);
        facets.add(dates(q, f, base));
        List<Pages.Link> filters = new ArrayList<>();
        List<Pages.Link> drops = new ArrayList<>();
        for (String dim : List.of("site", "lang", "speaker", "entity")) {
            if (base.get(dim) != null) {
                String href = Links.query("/search", without(base, dim));
                filters.add(new Pages.Link(dim + ": " + base.get(dim), href));
                drops.add(new Pages.Link(dim + ": " + base.get(dim), href));
            }
        }
        if (base.get("from") != null || base.get("to") != null) {
            String label = "date: " + (base.get("from") == null ? "…" : base.get("from")) + " to "
                    + (base.get("to") == null ? "…" : base.get("to"));
            String href = Links.query("/search", without(base, "from", "to"));
            filters.add(new Pages.Link(label, href));
            drops.add(new Pages.Link(label, href));
        }
        List<Pages.Link> sorts = new ArrayList<>();
        boolean relevance = sort == null ? q != null && !q.isBlank() : sort.equals("relevance");
        for (String s : List.of("relevance", "newest")) {
            Map<String, String> m = new LinkedHashMap<>(base);
            m.put("sort", s);
            sorts.add(new Pages.Link(s, Links.query("/search", m), -1, s.equals("relevance") == relevance));
        }
        List<Pages.Field> hidden = new ArrayList<>();
        for (Map.Entry<String, String> e : base.entrySet()) {
            if (!e.getKey().equals("q")) {
                hidden.add(new Pages.Field(e.getKey(), e.getValue()));
            }
        }
        if (sort != null) {
            hidden.add(new Pages.Field("sort", sort));
        }
        String previous = page > 1 ? pageLink(base, sort, page - 1) : null;
        String next = all.size() > page * PAGE_SIZE && page < MAX_PAGE ? pageLink(base, sort, page + 1) : null;
        List<Pages.Field> dateHidden = new ArrayList<>();
        for (Map.Entry<String, String> e : base.entrySet()) {
            if (!e.getKey().equals("from") && !e.getKey().equals("to")) {
                dateHidden.add(new Pages.Field(e.getKey(), e.getValue()));
            }
        }
        if (sort != null) {
            dateHidden.add(new Pages.Field("sort", sort));
        }
        return new Pages.Search(q == null ? "" : q, sort, r.total(), page, hits, facets, filters, sorts, hidden,
                previous, next, drops, Links.query("/timeline", new LinkedHashMap<>(base)), dateHidden,
                base.getOrDefault("from", ""), base.getOrDefault("to", ""));
    }

    private Pages.Hit hit(Requests.Hit h, String q) {
        StoredArticle a = h.article();
        Article art = a.record().article();
        List<Snippets.Piece> snippet = Snippets.of(q, art.text(), SNIPPET_CHARS);
        return new Pages.Hit(Links.article(a.id()), title(art), art.site(), day(art.published()),
                Math.max(1, h.copies()), Links.story(a.cluster()), snippet);
    }

    private static String pageLink(Map<String, String> base, String sort, int page) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put("sort", sort);
        m.put("page", String.valueOf(page));
        return Links.query("/search", m);
    }

    private static void facet(List<Pages.FacetGroup> out, String title, String dim, List<Requests.FacetCount> counts,
                              Map<String, String> base) {
        List<Pages.Link> links = new ArrayList<>();
        for (Requests.FacetCount c : counts == null ? List.<Requests.FacetCount>of() : counts) {
            boolean active = c.value().equalsIgnoreCase(base.getOrDefault(dim, ""));
            Map<String, String> m = active ? without(base, dim) : with(base, dim, c.value());
            links.add(new Pages.Link(c.value(), Links.query("/search", m), c.count(), active));
        }
        out.add(new Pages.FacetGroup(title, links));
    }

    /** The date facet: articles per month of the same search, each a link to that month. */
    private Pages.FacetGroup dates(String q, Requests.Filters f, Map<String, String> base) {
        List<Requests.Bucket> months = index.timeline(q, f, Requests.Interval.MONTH);
        List<Pages.Link> links = new ArrayList<>();
        for (int i = months.size() - 1; i >= 0 && links.size() < 12; i--) {
            Requests.Bucket b = months.get(i);
            YearMonth ym = YearMonth.parse(b.start());
            Map<String, String> m = with(base, "from", ym.atDay(1).toString());
            m.put("to", ym.atEndOfMonth().toString());
            boolean active = ym.atDay(1).toString().equals(base.get("from")) && ym.atEndOfMonth().toString().equals(base.get("to"));
            links.add(new Pages.Link(b.start(), Links.query("/search", active ? without(base, "from", "to") : m),
                    b.count(), active));
        }
        return new Pages.FacetGroup("Month", links);
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    private static Map<String, String> without(Map<String, String> base, String... keys) {
        Map<String, String> m = new LinkedHashMap<>(base);
        for (String k : keys) {
            m.remove(k);
        }
        return m;
    }

    // ----------------------------------------------------------------------------------- article

    Pages.Article article(String id) {
        StoredArticle a = ID.matcher(id).matches() ? index.get(id) : null;
        if (a == null) {
            throw new DeskError(404, "No article with id \u201c" + clip(id) + "\u201d.");
        }
        Record r = a.record();
        Article art = r.article();
        Analysis an = r.analysis() == null ? Analysis.EMPTY : r.analysis();
        Marks.Result m = Marks.of(art.text(), an);
        List<Pages.Copy> copies = new ArrayList<>();
        List<StoredArticle> members = members(a.cluster());
        if (members.size() > 1) {
            for (StoredArticle c : members) {
                Article ca = c.record().article();
                copies.add(new Pages.Copy(Links.article(c.id()), title(ca), ca.site(), day(ca.published()),
                        c.id().equals(a.id())));
            }
        }
        return new Pages.Article(title(art), art.site(), art.published() == null ? null : art.published().replace('T', ' '), art.authors(), Links.external(art.url()),
                art.description(), m.paragraphs(), m.voices(), copies, Links.story(a.cluster()), m.quotes(),
                an.claims().size(), an.times().size(), an.unattributed().size());
    }

    /** The articles of a story, oldest first (undated last). */
    private List<StoredArticle> members(String cluster) {
        Requests.SearchResult r = index.search(new Requests.Search("cluster:\"" + cluster + "\"", Requests.Filters.NONE,
                MAX_STORY, Requests.Order.NEWEST, false, false));
        List<StoredArticle> out = new ArrayList<>();
        for (Requests.Hit h : r.hits()) {
            out.add(h.article());
        }
        out.sort(Comparator.comparing((StoredArticle s) -> {
            String p = s.record().article().published();
            return p == null ? "\uffff" : p;
        }));
        return out;
    }

    // ---------------------------------------------------------------------------------- speakers

    Pages.Speakers speakers() {
        List<Pages.SpeakerRow> rows = new ArrayList<>();
        for (Requests.SpeakerRow r : index.speakers(null, Requests.Filters.NONE, 100)) {
            rows.add(row(r));
        }
        return new Pages.Speakers(rows);
    }

    private static Pages.SpeakerRow row(Requests.SpeakerRow r) {
        List<String> d = new ArrayList<>(r.roles());
        d.addAll(r.organizations());
        return new Pages.SpeakerRow(r.name(), Links.speaker(r.name()), r.quotes(), r.articles(),
                d.isEmpty() ? null : String.join(", ", d));
    }

    Pages.Speaker speaker(String name, Params p) {
        Requests.Interval interval = p.interval("month");
        if (name.isBlank() || name.length() > 200) {
            throw new DeskError(404, "No speaker named \u201c" + clip(name) + "\u201d.");
        }
        Requests.Filters f = new Requests.Filters(null, null, null, null, name, null);
        List<Requests.SpeakerRow> rows;
        try {
            rows = index.speakers(null, f, 20);
        } catch (IllegalArgumentException e) {
            rows = List.of(); // a name with no words names nobody
        }
        if (rows.isEmpty()) {
            throw new DeskError(404, "No quotes of a speaker named \u201c" + clip(name) + "\u201d.");
        }
        String key = Speakers.key(name);
        Requests.SpeakerRow row = rows.stream().filter(r -> Speakers.key(r.name()).equals(key)).findFirst().orElse(rows.get(0));
        Requests.QuoteResult qr = index.quotes(new Requests.Quotes(null, f, SPEAKER_QUOTES, false));
        Set<String> aliases = new TreeSet<>();
        Set<String> words = new LinkedHashSet<>(List.of(Speakers.key(row.name()).split(" ")));
        List<Pages.QuoteItem> items = new ArrayList<>();
        for (String json : qr.quotes()) {
            JsonNode q = read(json);
            JsonNode sp = q.path("speaker");
            for (String n : new String[] {text(sp, "name"), text(sp, "mention")}) {
                String c = Speakers.clean(n);
                if (c != null && !Speakers.key(c).equals(Speakers.key(row.name())) && !PRONOUNS.contains(Speakers.key(c))
                        && words.stream().anyMatch(w -> (" " + Speakers.key(c) + " ").contains(" " + w + " "))) {
                    aliases.add(c);
                }
            }
            items.add(new Pages.QuoteItem(text(q, "text"), text(q, "kind"), day(text(q, "published")), text(q, "site"),
                    q.hasNonNull("article") ? Links.article(q.get("article").asText()) : null,
                    text(q, "title") == null ? "(untitled)" : text(q, "title")));
        }
        Pages.Chart chart = Charts.bars("Quotes of " + row.name() + " per " + name(interval),
                List.of(index.quoteTimeline(null, f, interval)), List.of(row.name()), "quote", interval);
        return new Pages.Speaker(row.name(), List.copyOf(aliases), row.roles(), row.organizations(), row.quotes(),
                row.articles(), chart, intervals(Links.speaker(name), Map.of(), interval), items, qr.total());
    }

    // ---------------------------------------------------------------------------------- entities

    Pages.Entity entity(String name, Params p) {
        Requests.Interval interval = p.interval("month");
        if (name.isBlank() || name.length() > 200) {
            throw new DeskError(404, "No entity named \u201c" + clip(name) + "\u201d.");
        }
        Requests.Filters f = new Requests.Filters(null, null, null, null, null, name);
        Requests.SearchResult r;
        try {
            r = index.search(new Requests.Search(null, f, PAGE_SIZE, Requests.Order.NEWEST, true, true));
        } catch (IllegalArgumentException e) {
            r = new Requests.SearchResult(0, List.of(), Map.of());
        }
        if (r.total() == 0) {
            throw new DeskError(404, "No article mentions an entity named \u201c" + clip(name) + "\u201d.");
        }
        Set<String> aliases = new TreeSet<>();
        String type = null;
        String shown = name.strip();
        List<Pages.Hit> hits = new ArrayList<>();
        for (Requests.Hit h : r.hits()) {
            Record rec = h.article().record();
            for (Analysis.Entity e : rec.analysis() == null ? List.<Analysis.Entity>of() : rec.analysis().entities()) {
                if (e.name() != null && Speakers.key(e.name()).equals(Speakers.key(name))) {
                    shown = e.name().strip();
                    type = type == null ? e.type() : type;
                    for (String a : e.aliases()) {
                        if (a != null && !a.isBlank() && !Speakers.key(a).equals(Speakers.key(name))) {
                            aliases.add(a.strip());
                        }
                    }
                }
            }
            hits.add(hit(h, null));
        }
        List<Pages.Link> speakers = new ArrayList<>();
        for (Requests.FacetCount c : r.facets().getOrDefault("speaker", List.of())) {
            speakers.add(new Pages.Link(c.value(), Links.speaker(c.value()), c.count(), false));
        }
        Pages.Chart chart = Charts.bars("Articles mentioning " + shown + " per " + name(interval),
                List.of(index.timeline(null, f, interval)), List.of(shown), "article", interval);
        return new Pages.Entity(shown, List.copyOf(aliases), type, r.total(), chart, speakers, hits,
                Links.query("/search", Map.of("entity", shown)));
    }

    // ---------------------------------------------------------------------------------- timeline

    Pages.Timeline timeline(Params p) {
        String q = p.get("q");
        String q2 = p.get("q2");
        Requests.Interval interval = p.interval("month");
        Requests.Filters f = p.filters();
        List<List<Requests.Bucket>> series = new ArrayList<>();
        List<String> names = new ArrayList<>();
        series.add(index.timeline(q, f, interval));
        names.add(q == null || q.isBlank() ? "all articles" : q);
        if (q2 != null && !q2.isBlank()) {
            series.add(index.timeline(q2, f, interval));
            names.add(q2);
        }
        long total = series.get(0).stream().mapToLong(Requests.Bucket::count).sum();
        long total2 = series.size() > 1 ? series.get(1).stream().mapToLong(Requests.Bucket::count).sum() : -1;
        Map<String, String> base = p.timelineParams();
        base.remove("interval");
        Pages.Chart chart = Charts.bars("Articles per " + name(interval), series, names, "article", interval);
        return new Pages.Timeline(q == null ? "" : q, q2 == null ? "" : q2, name(interval),
                intervals("/timeline", base, interval), chart, total, total2);
    }

    private static List<Pages.Link> intervals(String path, Map<String, String> base, Requests.Interval current) {
        List<Pages.Link> out = new ArrayList<>();
        for (Requests.Interval i : Requests.Interval.values()) {
            Map<String, String> m = new LinkedHashMap<>(base);
            m.put("interval", name(i));
            out.add(new Pages.Link(name(i), Links.query(path, m), -1, i == current));
        }
        return out;
    }

    static String name(Requests.Interval i) {
        return i.name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------- story

    Pages.Story story(String cluster) {
        List<StoredArticle> members = ID.matcher(cluster).matches() ? members(cluster) : List.of();
        if (members.isEmpty()) {
            throw new DeskError(404, "No story with id \u201c" + clip(cluster) + "\u201d.");
        }
        List<Pages.Outlet> outlets = new ArrayList<>();
        Set<String> sites = new LinkedHashSet<>();
        String title = null;
        for (StoredArticle s : members) {
            Record r = s.record();
            Article a = r.article();
            Analysis an = r.analysis() == null ? Analysis.EMPTY : r.analysis();
            if (title == null) {
                title = title(a);
            }
            sites.add(a.site() == null ? "" : a.site());
            Map<String, Integer> said = new LinkedHashMap<>();
            for (Analysis.Quote q : an.quotes()) {
                String n = "term".equals(q.kind()) ? null : Speakers.canonical(q.speaker(), an);
                if (n != null) {
                    said.merge(n, 1, Integer::sum);
                }
            }
            List<Pages.Link> speakers = new ArrayList<>();
            said.forEach((n, c) -> speakers.add(new Pages.Link(n, Links.speaker(n), c, false)));
            List<String> numbers = new ArrayList<>();
            for (Analysis.Claim c : an.claims()) {
                numbers.add(Marks.number(c.value()) + (c.unit() == null ? "" : " " + c.unit())
                        + (c.qualifier() == null ? "" : " (" + c.qualifier() + ")") + ": \u201c" + c.text() + "\u201d");
            }
            outlets.add(new Pages.Outlet(Links.article(s.id()), a.site(), a.published(), title(a), speakers, numbers,
                    s.id().equals(cluster)));
        }
        return new Pages.Story(title, outlets, sites.size());
    }

    // ----------------------------------------------------------------------------------- helpers

    private static String title(Article a) {
        return a.title() == null || a.title().isBlank() ? "(untitled)" : a.title();
    }

    /** The day of an ISO 8601 time, as given ("2016-03-17"), or null. */
    static String day(String iso) {
        if (iso == null || iso.length() < 10) {
            return iso;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).toString();
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clip(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
