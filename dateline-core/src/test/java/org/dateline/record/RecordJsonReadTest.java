package org.dateline.record;

import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.Options;
import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.page.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordJsonReadTest {

    static Record handMade() {
        Article a = new Article("in/page.html", "https://example.org/a?b=1", "example.org", "A \"title\" — ünïcode",
                "2016-03-17T20:47:00+03:00", null, List.of("Jane Doe", "John Roe"), "en", "Standfirst",
                List.of("war", "syria"), List.of("video"), "First paragraph said \"no\".\n\nSecond </script> <b>",
                List.of(new Article.Link("Read more", "https://example.org/b"), new Article.Link("No url", null)));
        Analysis an = new Analysis(
                List.of(new Analysis.Quote("no", "direct",
                                new Analysis.Speaker("US spokesman John Kirby", "John Kirby", "spokesman", "US State Department", "person"),
                                "said", 22, 24),
                        new Analysis.Quote("things happen", "indirect", null, "according to", 0, 5)),
                List.of(new Analysis.Claim("10,000 fighters", 10000, "more than", "fighters", "Kirby", "since 2015", 3, 18),
                        new Analysis.Claim("half of them", 0.5, null, null, null, null, 1, 2)),
                List.of(new Analysis.TimeExpression("on Tuesday", "2016-03-15", 5, 15)),
                List.of(new Analysis.Entity("John Kirby", "person", List.of("Kirby"), 3)),
                List.of("It was reported that things happened."));
        return new Record(a, an, null);
    }

    @Test
    void readIsTheInverseOfWrite() {
        Record r = handMade();
        String json = RecordJson.toJson(r);
        Record back = RecordJson.read(json);
        assertThat(back).isEqualTo(r);
        assertThat(RecordJson.toJson(back)).isEqualTo(json);
    }

    @Test
    void withoutAnalysisAndWithAnalysisError() {
        Record plain = Record.of(handMade().article());
        assertThat(RecordJson.read(RecordJson.toJson(plain))).isEqualTo(plain);
        Record failed = new Record(handMade().article(), Analysis.EMPTY, "analysis failed: boom");
        assertThat(RecordJson.read(RecordJson.toJson(failed))).isEqualTo(failed);
    }

    @Test
    void roundTripsARealExtraction() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/seed/rt-2016-03-17-isis-child-jihadists.txt")) {
            bytes = in.readAllBytes();
        }
        Result r = Dateline.process(Page.of("seed.txt", bytes, null), Options.DEFAULTS);
        Record rec = ((Result.Extracted) r).record();
        String json = RecordJson.toJson(rec);
        assertThat(RecordJson.toJson(RecordJson.read(json))).isEqualTo(json);
    }

    @Test
    void ignoresIndexFieldsAndToleratesMissingOnes() {
        Record r = RecordJson.read("{\"id\":\"abc\",\"cluster\":\"abc\",\"duplicate_of\":null,\"title\":\"T\",\"text\":\"Body\"}");
        assertThat(r.article().title()).isEqualTo("T");
        assertThat(r.article().text()).isEqualTo("Body");
        assertThat(r.article().authors()).isEmpty();
        assertThat(r.analysis()).isNull();
    }

    @Test
    void badLinesGiveOneLineReasons() {
        assertThatThrownBy(() -> RecordJson.read("{\"title\": ")).isInstanceOf(DatelineException.class)
                .hasMessageStartingWith("malformed JSON").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> RecordJson.read("[1,2]")).isInstanceOf(DatelineException.class)
                .hasMessage("not a JSON object");
        assertThatThrownBy(() -> RecordJson.read("{\"input\":\"x\",\"error\":\"no such file\"}"))
                .isInstanceOf(DatelineException.class).hasMessageContaining("failure record");
        assertThatThrownBy(() -> RecordJson.read("{\"title\":{\"a\":1}}")).isInstanceOf(DatelineException.class)
                .hasMessageContaining("\"title\"");
        assertThatThrownBy(() -> RecordJson.read("{\"authors\":\"x\"}")).isInstanceOf(DatelineException.class)
                .hasMessageContaining("\"authors\" must be a list");
        assertThatThrownBy(() -> RecordJson.read("  ")).isInstanceOf(DatelineException.class);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> RecordJson.read(deep)).isInstanceOf(DatelineException.class);
    }
}
