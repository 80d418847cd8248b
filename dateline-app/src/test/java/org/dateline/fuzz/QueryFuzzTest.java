package org.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dateline.store.NewsIndex;
import org.dateline.store.RealPages;
import org.dateline.store.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query language ({@code NewsQueryParser}) as {@code search}, {@code quotes --about},
 * {@code speakers --about} and {@code timeline} run it, on an index of real pages: a query is
 * answered, or refused with one plain sentence ({@link IllegalArgumentException}) that names a
 * character of the query and nothing of Lucene's parser. An input is the query as UTF-8 text.
 */
class QueryFuzzTest {

    /** What Lucene's own messages say; none of it may reach a user. */
    private static final List<String> INTERNALS = List.of("Lexical error", "lexical state", "Encountered", "Was expecting",
            "Cannot parse", "org.apache", "Exception", "TokenMgr", "<EOF>");
    private static final Pattern POSITION = Pattern.compile("at character (\\d+)");

    @TempDir
    static Path dir;
    static NewsIndex index;

    @BeforeAll
    static void build() {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        RealPages.fill(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @FuzzTest
    @Timeout(30)
    void query(byte[] data) {
        String q = new String(data, StandardCharsets.UTF_8);
        run(q, () -> index.search(new Requests.Search(q, Requests.Filters.NONE, 10, null, true, true)));
        run(q, () -> index.quotes(new Requests.Quotes(q, Requests.Filters.NONE, 10, false)));
        run(q, () -> index.speakers(q, Requests.Filters.NONE, 10));
        run(q, () -> index.timeline(q, Requests.Filters.NONE, Requests.Interval.MONTH));
    }

    private static void run(String q, Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            assertThat(m).as("refusal of %s", q).isNotBlank().doesNotContain("\n");
            for (String internal : INTERNALS) {
                assertThat(m).as("refusal of %s", q).doesNotContain(internal);
            }
            Matcher at = POSITION.matcher(m);
            if (at.find()) {
                assertThat(Integer.parseInt(at.group(1))).as("position in: %s (query %s)", m, q)
                        .isBetween(1, Math.max(1, q.length()));
            }
        }
    }
}
