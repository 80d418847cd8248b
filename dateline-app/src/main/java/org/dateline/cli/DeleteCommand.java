package org.dateline.cli;

import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;
import org.dateline.store.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline delete}: articles out of the index, by id or by query. */
@Command(name = "delete",
        mixinStandardHelpOptions = true,
        description = {"Delete articles from the index, with their quotes: the ones named by ID (as search, quotes and "
                + "export show them), or every article (every copy) matching --query.",
                "A story that loses its first article keeps its cluster id, and its oldest remaining copy becomes the "
                        + "article the others repeat. Nothing is deleted without an ID or a query.",
                "Exit status: 0 done, 1 some ID was not in the index (the others are deleted), 2 no ID or query, or "
                        + "the index could not be opened."})
public final class DeleteCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--query", paramLabel = "QUERY", description = "Delete every article matching QUERY (search syntax), every copy.")
    String query;

    @Option(names = "--dry-run", description = "Say how many articles would be deleted; delete nothing.")
    boolean dryRun;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Ids of the articles to delete.")
    List<String> ids;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        boolean byId = ids != null && !ids.isEmpty();
        boolean byQuery = query != null && !query.isBlank();
        if (byId == byQuery) {
            err.println("dateline delete: " + (byId ? "give article ids or --query, not both"
                    : "give the ids of the articles to delete, or --query QUERY (nothing deleted)"));
            return 2;
        }
        NewsIndex idx;
        try {
            NewsIndex.open(index.folder, NewsIndex.Mode.READ).close(); // an index must be there: never create one
            idx = NewsIndex.open(index.folder, dryRun ? NewsIndex.Mode.READ : NewsIndex.Mode.WRITE);
        } catch (IndexException e) {
            err.println("dateline delete: " + e.getMessage());
            return 2;
        }
        try (idx) {
            List<String> targets = byId ? ids : idx.ids(query, new Requests.Filters(null, null, null, null, null, null));
            if (dryRun) {
                long found = byId ? targets.stream().filter(id -> idx.get(id) != null).count() : targets.size();
                err.println("dateline delete: " + found + " articles would be deleted (dry run; index " + index.folder
                        + ": " + idx.articleCount() + " articles)");
                return found < targets.size() ? 1 : 0;
            }
            NewsIndex.Deletion d = idx.delete(targets);
            idx.commit();
            for (String id : d.missing()) {
                err.println("dateline delete: no article " + id + " in " + index.folder);
            }
            err.println("dateline delete: " + d.deleted().size() + " articles deleted"
                    + (d.missing().isEmpty() ? "" : ", " + d.missing().size() + " not found")
                    + (d.relinked() > 0 ? ", " + d.relinked() + " copies linked to a new first article" : "")
                    + " (index " + index.folder + ": " + idx.articleCount() + " articles)");
            return d.missing().isEmpty() ? 0 : 1;
        } catch (IndexException | IllegalArgumentException e) {
            err.println("dateline delete: " + e.getMessage());
            return 2;
        }
    }
}
