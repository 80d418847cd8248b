package org.dateline.cli;

import org.dateline.record.Record;
import org.dateline.store.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dateline search}: full-text search of the index. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {"Search the index. QUERY: words (all required), \"a phrase\", AND/OR/NOT, -word, prefix*, "
                + "field:word for title, text, speaker, entity, author, tag, site, lang, quote. Title words weigh more. "
                + "One hit per story (syndicated copies counted in COPIES) unless --all."})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filter;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting NAME (\"Kirby\" matches \"John Kirby\").")
    String speaker;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity (or an alias of it).")
    String entity;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, 1-1000 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or newest (default: relevance with a query, newest without).")
    String sort;

    @Option(names = "--all", description = "Every copy of a story, not one hit per story.")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or jsonl (default: table on a terminal, jsonl otherwise).")
    String format;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined with spaces).")
    List<String> query;

    @Override
    public Integer call() {
        return IndexCommands.withIndex("search", index.folder, idx -> {
            OutputFormat fmt = OutputFormat.of(format);
            Requests.Order order = sort == null ? null : switch (sort.toLowerCase(Locale.ROOT)) {
                case "relevance" -> Requests.Order.RELEVANCE;
                case "newest", "date" -> Requests.Order.NEWEST;
                default -> throw new IllegalArgumentException("unknown --sort \"" + sort + "\" (relevance or newest)");
            };
            String q = query == null ? null : String.join(" ", query);
            Requests.SearchResult r = idx.search(new Requests.Search(q, filter.filters(speaker, entity), limit, order,
                    !all, fmt == OutputFormat.TABLE));
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            if (fmt == OutputFormat.JSONL) {
                for (Requests.Hit h : r.hits()) {
                    out.println(h.article().toJson(all ? -1 : h.copies(), h.score()));
                }
            } else {
                printTable(out, r);
            }
            out.flush();
            return 0;
        });
    }

    private void printTable(PrintStream out, Requests.SearchResult r) {
        out.println(r.total() + " articles" + (all ? "" : ", " + r.hits().size() + " stories shown"));
        if (r.hits().isEmpty()) {
            return;
        }
        Table t = all ? new Table("DATE", "SITE", "ID", "TITLE") : new Table("DATE", "SITE", "COPIES", "ID", "TITLE");
        for (Requests.Hit h : r.hits()) {
            Record rec = h.article().record();
            String date = IndexCommands.day(rec.article().published());
            String site = rec.article().site() == null ? "" : rec.article().site();
            String title = rec.article().title() == null ? "(no title)" : rec.article().title();
            if (all) {
                t.row(date, site, h.article().id(), title);
            } else {
                t.row(date, site, h.copies(), h.article().id(), title);
            }
        }
        out.println();
        t.print(out, Terminal.width());
        out.println();
        for (Map.Entry<String, List<Requests.FacetCount>> e : r.facets().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s", facetName(e.getKey())));
            for (Requests.FacetCount c : e.getValue()) {
                sb.append(' ').append(Table.clean(c.value())).append(" (").append(c.count()).append(')');
            }
            out.println(Table.cut(sb.toString(), Terminal.width()));
        }
    }

    private static String facetName(String dim) {
        return switch (dim) {
            case "site" -> "sites:";
            case "language" -> "languages:";
            case "speaker" -> "speakers:";
            case "entity" -> "entities:";
            default -> dim + ":";
        };
    }
}
