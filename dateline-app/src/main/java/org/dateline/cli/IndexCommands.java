package org.dateline.cli;

import org.dateline.store.IndexException;
import org.dateline.store.NewsIndex;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Function;

/** Opening the index for a read command, with errors as one line and exit status 2. */
final class IndexCommands {

    private IndexCommands() {
    }

    static int withIndex(String command, Path folder, Function<NewsIndex, Integer> body) {
        PrintStream err = System.err;
        try (NewsIndex idx = NewsIndex.open(folder, NewsIndex.Mode.READ)) {
            return body.apply(idx);
        } catch (IndexException | IllegalArgumentException e) {
            err.println("dateline " + command + ": " + e.getMessage());
            return 2;
        }
    }

    static String day(String iso) {
        if (iso == null) {
            return "";
        }
        return iso.length() >= 10 ? iso.substring(0, 10) : iso;
    }
}
