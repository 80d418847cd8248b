package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.store.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline speakers}: who is quoted most. */
@Command(name = "speakers",
        mixinStandardHelpOptions = true,
        description = {"Speakers ranked by number of quotes (one count per story), with the roles and organisations "
                + "seen. A surname alone (\"Kirby\") is counted with the one full name that ends with it "
                + "(\"John Kirby\")."})
public final class SpeakersCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filter;

    @Option(names = "--about", paramLabel = "QUERY", description = "Only quotes whose words or article title match QUERY.")
    String about;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Speakers to show, 1-1000 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or jsonl (default: table on a terminal, jsonl otherwise).")
    String format;

    @Override
    public Integer call() {
        return IndexCommands.withIndex("speakers", index.folder, idx -> {
            OutputFormat fmt = OutputFormat.of(format);
            List<Requests.SpeakerRow> rows = idx.speakers(about, filter.filters(null, null), limit);
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            if (fmt == OutputFormat.JSONL) {
                for (Requests.SpeakerRow r : rows) {
                    out.println(toJson(r));
                }
            } else {
                Table t = new Table("#", "SPEAKER", "QUOTES", "ARTICLES", "ROLES", "ORGANISATIONS");
                int i = 1;
                for (Requests.SpeakerRow r : rows) {
                    t.row(i++, r.name(), r.quotes(), r.articles(), String.join("; ", r.roles()),
                            String.join("; ", r.organizations()));
                }
                if (t.isEmpty()) {
                    out.println("no quoted speakers");
                } else {
                    t.print(out, Terminal.width());
                }
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(Requests.SpeakerRow r) {
        ObjectNode n = QuotesCommand.JSON.createObjectNode();
        n.put("name", r.name());
        n.put("quotes", r.quotes());
        n.put("articles", r.articles());
        ArrayNode roles = n.putArray("roles");
        r.roles().forEach(roles::add);
        ArrayNode orgs = n.putArray("organizations");
        r.organizations().forEach(orgs::add);
        return n.toString();
    }
}
