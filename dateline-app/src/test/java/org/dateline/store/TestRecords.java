package org.dateline.store;

import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-made records with every analysis field filled, for index tests. */
public final class TestRecords {

    private TestRecords() {
    }

    /** The seed article's body (RT, 17 March 2016): a real news text of ~600 words. */
    public static String seedBody() {
        try (InputStream in = TestRecords.class.getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder body = new StringBuilder();
            for (String line : all.split("\n")) {
                if (line.strip().length() > 120) {
                    body.append(line.strip()).append("\n\n");
                }
            }
            return body.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Record record(String url, String site, String title, String published, String lang, String text,
                                List<Analysis.Quote> quotes, List<Analysis.Entity> entities) {
        Article a = new Article("test/" + title, url, site, title, published, null, List.of("Jane Reporter"), lang,
                null, List.of("politics"), List.of(), text, List.of());
        return new Record(a, new Analysis(quotes, List.of(), List.of(), entities, List.of()), null);
    }

    public static Analysis.Quote quote(String text, String name, String role, String org) {
        return new Analysis.Quote(text, "direct", new Analysis.Speaker(name, name, role, org, "person"), "said", 0,
                text.length());
    }

    public static Analysis.Entity person(String name, String... aliases) {
        return new Analysis.Entity(name, "person", List.of(aliases), 1 + aliases.length);
    }

    /** A body of n distinct sentences about a topic word: unlike any other topic's body. */
    public static String body(String topic, int sentences) {
        List<String> s = new ArrayList<>();
        String[] verbs = {"rose", "fell", "changed", "stalled", "doubled", "shrank", "recovered", "surprised"};
        String[] things = {"prices", "exports", "turnout", "output", "wages", "rents", "forecasts", "imports"};
        for (int i = 0; i < sentences; i++) {
            s.add("In week " + i + " the " + topic + " " + things[(i * 7 + topic.length()) % things.length] + " "
                    + verbs[(i * 3 + topic.hashCode() & 0x7fffffff) % verbs.length] + " by " + (i * 13 % 97)
                    + " percent according to analysts in region " + topic + i + ".");
        }
        return String.join(" ", s);
    }
}
