package org.dateline.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.Article;
import org.dateline.extract.text.TextDumpExtractor;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed (an RT page of 17 March 2016) against its hand-made gold: every date, every claim value
 * with its qualifier, unit, source and time where the gold gives them, both unattributed claims, and
 * the listed entities with the Islamic State aliases. The quotations are another stage's test.
 */
class SeedAnalysisTest {

    private static JsonNode gold;
    private static Analysis analysis;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedAnalysisTest.class.getResourceAsStream("/seed/" + name)) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void analyse() throws IOException {
        gold = new ObjectMapper().readTree(resource("expected.json"));
        String dump = new String(resource("rt-2016-03-17-isis-child-jihadists.txt"), StandardCharsets.UTF_8);
        Article a = new TextDumpExtractor().extract(new Page("rt.txt", new byte[0], null, null, null, InputFormat.TEXT), dump);
        analysis = new NewsAnalyzer("en").analyze(a);
    }

    @Test
    void everyDateIsFoundWithItsResolvedValue() {
        for (JsonNode d : gold.get("dates")) {
            assertThat(analysis.times())
                    .as("time %s", d)
                    .anySatisfy(t -> {
                        assertThat(t.text()).isEqualTo(d.get("text").asText());
                        assertThat(t.value()).isEqualTo(d.get("value").asText());
                    });
        }
    }

    @Test
    void everyClaimIsFoundWithWhatTheGoldSaysOfIt() {
        for (JsonNode g : gold.get("claims")) {
            assertThat(analysis.claims()).as("claim %s in %s", g, analysis.claims()).anySatisfy(c -> {
                assertThat(c.value()).isEqualTo(g.get("quantity").asDouble());
                if (g.has("qualifier")) {
                    assertThat(c.qualifier()).isEqualTo(g.get("qualifier").asText());
                }
                // The counted thing may keep a modifier the gold leaves out ("terrorist oil production facilities").
                assertThat(c.unit()).endsWith(g.get("unit").asText());
                if (g.has("source")) {
                    if (g.get("source").isNull()) {
                        assertThat(c.source()).isNull();
                    } else {
                        // The gold's report source is "report “Children of Islamic State”": its head noun must be there.
                        String want = g.get("source").asText().split("“")[0].trim();
                        assertThat(c.source()).isNotNull();
                        assertThat(c.source().toLowerCase(Locale.ROOT)).contains(want.toLowerCase(Locale.ROOT));
                    }
                }
                if (g.has("since")) {
                    assertThat(c.time()).isEqualTo("since " + g.get("since").asText());
                }
                if (g.has("from")) {
                    assertThat(c.time()).isEqualTo(g.get("from").asText() + "/" + g.get("to").asText());
                }
                if (g.has("when")) {
                    assertThat(c.time()).isEqualTo(g.get("when").asText());
                }
            });
        }
    }

    @Test
    void bothUnattributedClaimsAreFound() {
        for (JsonNode u : gold.get("unattributed_claims")) {
            assertThat(analysis.unattributed()).anySatisfy(s -> assertThat(s).startsWith(u.asText()));
        }
        // Attributed sentences are not unattributed.
        assertThat(analysis.unattributed()).noneMatch(s -> s.contains("Russian Defense Ministry reported"));
    }

    @Test
    void listedEntitiesAreFoundWithTheirTypeAndIslamicStateAliasesAreGrouped() {
        for (JsonNode e : gold.get("entities")) {
            assertThat(analysis.entities()).as("entity %s in %s", e, analysis.entities()).anySatisfy(x -> {
                assertThat(x.name()).isEqualTo(e.get("name").asText());
                assertThat(x.type()).isEqualTo(e.get("type").asText());
                if (e.has("aliases")) {
                    for (JsonNode alias : e.get("aliases")) {
                        assertThat(x.aliases()).contains(alias.asText());
                    }
                }
            });
        }
        // One entity for all its names: no separate "ISIS" or "Daesh".
        assertThat(analysis.entities()).extracting(Analysis.Entity::name).doesNotContain("ISIS", "IS", "Daesh");
    }

    @Test
    void offsetsPointAtTheText() {
        String text;
        try {
            String dump = new String(resource("rt-2016-03-17-isis-child-jihadists.txt"), StandardCharsets.UTF_8);
            text = new TextDumpExtractor().extract(new Page("rt.txt", new byte[0], null, null, null, InputFormat.TEXT), dump).text();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        for (Analysis.TimeExpression t : analysis.times()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        for (Analysis.Claim c : analysis.claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }
}
