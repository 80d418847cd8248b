package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.store.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code dateline quotes}: who said what. */
@Command(name = "quotes",
        mixinStandardHelpOptions = true,
        description = {"Quotes in the index: the quote, its speaker (name, role, organisation), article title, site, "
                + "date. Newest first, or by relevance with --about. Each quote once per story unless --all."})
public final class QuotesCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filter;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Quotes by NAME, through aliases: \"Kirby\" matches \"John Kirby\" and back.")
    String speaker;

    @Option(names = "--about", paramLabel = "QUERY", description = "Quotes whose words or article title match QUERY (search syntax).")
    String about;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Quotes to show, 1-1000 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all", description = "Also the quotes of syndicated copies.")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or jsonl (default: table on a terminal, jsonl otherwise).")
    String format;

    @Override
    public Integer call() {
        return IndexCommands.withIndex("quotes", index.folder, idx -> {
            OutputFormat fmt = OutputFormat.of(format);
            Requests.QuoteResult r = idx.quotes(new Requests.Quotes(about, filter.filters(speaker, null), limit, all));
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            if (fmt == OutputFormat.JSONL) {
                r.quotes().forEach(out::println);
            } else {
                out.println(r.total() + " quotes");
                Table t = new Table("DATE", "SITE", "SPEAKER", "QUOTE");
                for (String q : r.quotes()) {
                    JsonNode n = parse(q);
                    JsonNode s = n.get("speaker");
                    String who = s == null || s.isNull() ? "(unknown)" : speakerLine(s);
                    t.row(IndexCommands.day(text(n, "published")), text(n, "site"), who,
                            "\u201C" + text(n, "text") + "\u201D — " + text(n, "title"));
                }
                if (!t.isEmpty()) {
                    out.println();
                    t.print(out, Terminal.width());
                }
            }
            out.flush();
            return 0;
        });
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String speakerLine(JsonNode s) {
        StringBuilder sb = new StringBuilder(text(s, "name").isEmpty() ? text(s, "mention") : text(s, "name"));
        String role = text(s, "role");
        String org = text(s, "organization");
        if (!role.isEmpty() || !org.isEmpty()) {
            sb.append(" (").append(role).append(!role.isEmpty() && !org.isEmpty() ? ", " : "").append(org).append(')');
        }
        return sb.toString();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
