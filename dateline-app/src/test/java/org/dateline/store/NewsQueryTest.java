package org.dateline.store;

import org.dateline.analyze.Analysis;
import org.dateline.record.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query language over an index of real pages (RealPages): what users type, and what goes wrong. */
class NewsQueryTest {

    @TempDir
    static Path dir;
    static NewsIndex index;
    static List<Record> records;
    static String rtId;

    @BeforeAll
    static void build() {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        records = RealPages.fill(index);
        rtId = Ids.id(records.get(0));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> ids(String query) {
        return ids(query, null);
    }

    private static List<String> ids(String query, Requests.Filters filters) {
        return index.search(new Requests.Search(query, filters, 100, null, false, false)).hits().stream()
                .map(h -> h.article().id()).toList();
    }

    private static String error(String query) {
        try {
            index.search(new Requests.Search(query, null, 10, null, false, false));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + query);
    }

    @Test
    void parseErrorsAreOneSentenceNamingThePosition() {
        assertThat(error("isis \"child")).isEqualTo("unbalanced quote at character 6 of the query (a phrase needs a closing quote)");
        assertThat(error("isis „child")).startsWith("unbalanced quote at character 6 of the query");
        assertThat(error("(isis OR child")).startsWith("unbalanced parenthesis at character 1 of the query");
        assertThat(error("isis) child")).startsWith("unbalanced parenthesis at character 5 of the query");
        assertThat(error("isis AND")).isEqualTo("the query ends too early: something must follow \"AND\" at character 6 of the query");
        assertThat(error("AND isis")).startsWith("unexpected \"AND\" at character 1 of the query");
        assertThat(error("isis OR OR child")).startsWith("unexpected \"OR\" at character 9 of the query");
        assertThat(error("title:")).startsWith("the query ends too early");
        assertThat(error("*jihad")).startsWith("a word cannot begin with * or ?");
        assertThat(error("nosuch:field")).startsWith("unknown field \"nosuch:\" at character 1 of the query; fields are");
        assertThat(error("url:")).startsWith("the query ends too early");
        // found by QueryFuzzTest: a range's text may span lines, and the refusal quoting it must not
        assertThat(error("isis [child\nsoldiers")).isEqualTo(
                "the query ends too early: something must follow \"child soldiers\" at character 7 of the query");
        for (String bad : List.of("isis \"child", "a \\", "title:(", "isis^", "[a TO", "a:b:c", "!", "\"\\", "isis && ||",
                "url:mailto:x", "-", "+", "(((", ")))", "\u201Cunclosed")) {
            String m = error(bad);
            assertThat(m).as(bad).doesNotContainIgnoringCase("lexical").doesNotContain("Encountered").doesNotContain("<EOF>")
                    .doesNotContain("Cannot parse").doesNotContain("line 1").doesNotContain("\n").isNotBlank();
            assertThat(m.toLowerCase(Locale.ROOT)).as(bad).containsAnyOf("at character", "ends too early");
        }
    }

    @Test
    void aPurelyNegativeQueryMatchesEverythingButItsWords() {
        List<String> all = ids(null);
        List<String> isis = ids("isis");
        assertThat(all).hasSize(records.size());
        assertThat(isis).contains(rtId).hasSizeLessThan(all.size());
        assertThat(ids("-isis")).containsExactlyInAnyOrderElementsOf(all.stream().filter(id -> !isis.contains(id)).toList());
        assertThat(ids("NOT isis")).containsExactlyInAnyOrderElementsOf(ids("-isis"));
        assertThat(ids("-isis -nosuchwordanywhere")).containsExactlyInAnyOrderElementsOf(ids("-isis"));
        assertThat(ids("-nosuchwordanywhere")).containsExactlyInAnyOrderElementsOf(all);
        assertThat(ids("(-isis) OR isis")).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void typographicQuotesMakePhrases() {
        assertThat(ids("\"child jihadists\"")).containsExactly(rtId);
        // The words in the other order: every word is there, the phrase is not.
        assertThat(ids("jihadists child")).contains(rtId);
        assertThat(ids("\"jihadists child\"")).isEmpty();
        for (String[] marks : new String[][] {{"\u201E", "\u201C"}, {"\u201C", "\u201D"}, {"\u00AB", "\u00BB"}, {"\u00AB ", " \u00BB"},
                {"\u201A", "\u2018"}, {"\u2018", "\u2019"}}) {
            assertThat(ids(marks[0] + "child jihadists" + marks[1])).as(marks[0]).containsExactly(rtId);
            assertThat(ids(marks[0] + "jihadists child" + marks[1])).as(marks[0]).isEmpty();
        }
        // An apostrophe inside a word stays one.
        assertThat(ids("isis\u2019s")).isEqualTo(ids("isis's"));
    }

    @Test
    void languageAndSiteFilters() {
        Requests.Filters english = new Requests.Filters(null, null, null, "en", null, null);
        assertThat(ids(null, english)).contains(rtId);
        assertThat(ids(null, new Requests.Filters(null, null, null, "xh", null, null))).isEmpty();
        assertThat(ids(null, new Requests.Filters(null, null, "no-such-outlet.example", null, null, null))).isEmpty();
        assertThat(ids(null, new Requests.Filters(null, null, "www.rt.com", null, null, null))).containsExactly(rtId);
        assertThatThrownBy(() -> new Requests.Filters(null, null, null, "english", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang \"english\" is not a language code: languages are ISO 639-1 codes like en, de or fr");
        assertThat(new Requests.Filters(null, null, null, "pt-BR", null, null).lang()).isEqualTo("pt-BR");
    }

    @Test
    void urlTakesTheAddressWholeAndMatchesItsCanonicalForm() {
        String url = records.get(0).article().url();
        assertThat(url).isEqualTo("https://www.rt.com/news/336013-isis-child-soldiers/");
        assertThat(ids("url:" + url)).containsExactly(rtId);
        assertThat(ids("url:http://rt.com/news/336013-isis-child-soldiers?utm_source=feed#top")).containsExactly(rtId);
        assertThat(ids("url:rt.com/news/336013-isis-child-soldiers")).containsExactly(rtId);
        assertThat(ids("url:\"" + url + "\"")).containsExactly(rtId);
        assertThat(ids("(url:" + url + ") AND children")).containsExactly(rtId);
        assertThat(ids("url:" + url + " -children")).isEmpty();
        assertThat(ids("url:https://example.com/a/b")).isEmpty();
        for (Record r : records) {
            assertThat(ids("url:" + r.article().url())).as(r.article().url()).containsExactly(Ids.id(r));
        }
    }

    @Test
    void quoteMatchesArticlesWithAQuoteSayingIt() {
        Record rt = records.get(0);
        List<String> quotes = rt.analysis().quotes().stream().filter(q -> !"term".equals(q.kind()))
                .map(Analysis.Quote::text).toList();
        assertThat(quotes).isNotEmpty();
        String quote = quotes.get(0);
        String word = Arrays.stream(quote.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(ids("quote:" + word)).as(word).contains(rtId);
        String[] words = quote.split("\\s+");
        String phrase = String.join(" ", Arrays.copyOfRange(words, 0, Math.min(3, words.length)))
                .replaceAll("[\\p{Punct}\u201C\u201D\u2018\u2019]", " ").strip();
        assertThat(ids("quote:\"" + phrase + "\"")).as(phrase).contains(rtId);
        assertThat(ids("quote:\u201E" + phrase + "\u201C")).as(phrase).contains(rtId);
        assertThat(ids("quote:" + word + " AND title:jihadists")).containsExactly(rtId);
        // A word of the article that no quote of it says.
        String quoted = String.join(" ", quotes).toLowerCase(Locale.ROOT);
        String unquoted = Arrays.stream(rt.article().text().split("[^\\p{L}]+")).filter(w -> w.length() > 6)
                .filter(w -> !quoted.contains(w.toLowerCase(Locale.ROOT))).findFirst().orElseThrow();
        assertThat(ids(unquoted)).contains(rtId);
        assertThat(ids("quote:" + unquoted)).doesNotContain(rtId);
        assertThat(ids("-quote:" + word)).doesNotContain(rtId).hasSize(records.size() - ids("quote:" + word).size());
        // In a quote search the field is the quote's own.
        assertThat(index.quotes(new Requests.Quotes("quote:" + word, null, 10, true)).quotes()).isNotEmpty();
    }
}
