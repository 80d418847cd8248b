package org.dateline.desk;

import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Record;
import org.dateline.server.ApiServer;
import org.dateline.store.NewsIndex;
import org.dateline.store.TestRecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small index of hand-made records with every analysis field the desk marks (quotes with spans,
 * reported speech, numbers, times, entities, an unattributed sentence), a story in two outlets,
 * and a speaker quoted in two months; served by a real {@link ApiServer} on a loopback port.
 */
final class DeskFixture implements AutoCloseable {

    static final String KIRBY_BODY = "Islamic State is recruiting children as its ranks thin, the Pentagon says.\n\n"
            + "\u201cThe group is desperate,\u201d US State Department spokesman John Kirby said on Tuesday. "
            + "\u201cIt is losing ground everywhere.\u201d\n\n"
            + "Defense Secretary Ashton Carter said that the coalition would keep up the pressure on ISIS. "
            + "More than 10,000 fighters have deserted since 2015.\n\n"
            + "It is believed that the group pays recruits in cash.";

    final NewsIndex index;
    final ApiServer server;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final String kirbyId;
    final String copyId;
    final String kirbyCluster;

    DeskFixture(Path dir, List<Record> extra) throws IOException {
        index = NewsIndex.open(dir.resolve("ix"), NewsIndex.Mode.WRITE);
        NewsIndex.Ingested k = index.ingest(kirby("https://example.com/kirby", "example.com", "2016-03-17T20:47:00+03:00"));
        NewsIndex.Ingested c = index.ingest(kirby("https://copy.example.org/wire/kirby", "copy.example.org",
                "2016-03-18T08:00:00Z"));
        kirbyId = k.id();
        copyId = c.id();
        kirbyCluster = k.cluster();
        index.ingest(TestRecords.record("https://zeit.de/merkel", "zeit.de", "Merkel verteidigt Politik", "2016-02-10",
                "de", TestRecords.body("politik", 40),
                List.of(TestRecords.quote("Wir schaffen das", "Angela Merkel", "Kanzlerin", "CDU")), List.of()));
        String april = "John Kirby spoke again in April. " + TestRecords.body("april", 30);
        index.ingest(new Record(new Article("test/april", "https://example.com/april", "example.com",
                "Kirby returns to the podium", "2016-04-02", null, List.of("Jane Reporter"), "en", null, List.of(),
                List.of(), april, List.of()),
                new Analysis(List.of(new Analysis.Quote("spoke again", "indirect",
                        new Analysis.Speaker("John Kirby", "John Kirby", "spokesman", "US State Department", "person"),
                        "spoke", 11, 22)), List.of(), List.of(), List.of(TestRecords.person("John Kirby", "Kirby")),
                        List.of()), null));
        for (Record r : extra) {
            index.ingest(r);
        }
        index.commit();
        server = new ApiServer(index, new ApiServer.Config("127.0.0.1", 0, null, 1 << 20, 4),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static Record kirby(String url, String site, String published) {
        String t = KIRBY_BODY;
        List<Analysis.Quote> quotes = new ArrayList<>();
        int a = t.indexOf("The group is desperate,");
        int b = t.indexOf("It is losing ground everywhere.");
        quotes.add(new Analysis.Quote("The group is desperate, It is losing ground everywhere.", "direct",
                new Analysis.Speaker("US State Department spokesman John Kirby", "John Kirby", "spokesman",
                        "US State Department", "person"), "said", a, b + "It is losing ground everywhere.".length(),
                List.of(new Analysis.Fragment(a, a + "The group is desperate,".length()),
                        new Analysis.Fragment(b, b + "It is losing ground everywhere.".length()))));
        int c = t.indexOf("the coalition would keep up the pressure on ISIS");
        quotes.add(new Analysis.Quote("the coalition would keep up the pressure on ISIS", "indirect",
                new Analysis.Speaker("Defense Secretary Ashton Carter", "Ashton Carter", "Defense Secretary", null,
                        "person"), "said", c, c + "the coalition would keep up the pressure on ISIS".length()));
        int n = t.indexOf("More than 10,000 fighters");
        List<Analysis.Claim> claims = List.of(new Analysis.Claim("More than 10,000 fighters", 10000, "more than",
                "fighters", null, "since 2015", n, n + "More than 10,000 fighters".length()));
        int tu = t.indexOf("on Tuesday");
        List<Analysis.TimeExpression> times = List.of(new Analysis.TimeExpression("on Tuesday", "2016-03-15", tu,
                tu + "on Tuesday".length()));
        List<Analysis.Entity> entities = List.of(
                new Analysis.Entity("Islamic State", "organization", List.of("ISIS"), 2),
                TestRecords.person("John Kirby", "Kirby"), TestRecords.person("Ashton Carter", "Carter"));
        Article art = new Article("test/" + site, url, site, "Pentagon: ISIS recruits children", published, null,
                List.of("Jane Reporter"), "en", "The group is losing fighters.", List.of("politics"), List.of(), t,
                List.of());
        return new Record(art, new Analysis(quotes, claims, times, entities,
                List.of("It is believed that the group pays recruits in cash.")), null);
    }

    @Override
    public void close() {
        server.close();
        index.close();
    }
}
