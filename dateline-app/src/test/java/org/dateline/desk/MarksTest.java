package org.dateline.desk;

import org.dateline.analyze.Analysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarksTest {

    private static String flat(List<Pages.Node> nodes, List<Pages.Node> elements) {
        StringBuilder sb = new StringBuilder();
        for (Pages.Node n : nodes) {
            if (n.isText()) {
                sb.append(n.text());
            } else {
                elements.add(n);
                if (!"who".equals(n.cls())) {
                    sb.append(flat(n.children(), elements));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void aQuotationOverTwoParagraphsIsTwoElementsAndTheTextIsKeptWhole() {
        String text = "He said: \u201cFirst part.\n\nSecond part.\u201d Then more.";
        int s = text.indexOf("First");
        int e = text.indexOf("part.\u201d") + 5;
        Analysis an = new Analysis(List.of(new Analysis.Quote("First part. Second part.", "direct",
                new Analysis.Speaker("he", null, null, null, "person"), "said", s, e)), List.of(), List.of(), List.of(),
                List.of());
        Marks.Result r = Marks.of(text, an);
        assertThat(r.paragraphs()).hasSize(2);
        List<Pages.Node> els = new ArrayList<>();
        assertThat(flat(r.paragraphs().get(0).nodes(), els)).isEqualTo("He said: \u201cFirst part.");
        assertThat(flat(r.paragraphs().get(1).nodes(), els)).isEqualTo("Second part.\u201d Then more.");
        assertThat(els).filteredOn(n -> n.speaker() != null).extracting(Pages.Node::speaker).containsExactly("he", "he");
        assertThat(els).filteredOn(n -> "who".equals(n.cls())).hasSize(1); // after the last piece only, no link: no name
        assertThat(els).filteredOn(n -> "who".equals(n.cls())).allMatch(n -> n.href() == null);
    }

    @Test
    void crossingAndBadRangesNeverBreakTheTree() {
        String text = "Alpha beta gamma delta epsilon.";
        Analysis an = new Analysis(
                List.of(new Analysis.Quote("beta gamma", "direct", null, null, 6, 16),
                        new Analysis.Quote("gamma delta", "direct", null, null, 11, 22),
                        new Analysis.Quote("bad", "direct", null, null, 20, 500)),
                List.of(new Analysis.Claim("gamma delta", 1, null, null, null, null, 11, 22),
                        new Analysis.Claim("x", 1, null, null, null, null, -3, 2)),
                List.of(), List.of(new Analysis.Entity("Gamma", "person", List.of(), 1)), List.of("gamma delta"));
        Marks.Result r = Marks.of(text, an);
        List<Pages.Node> els = new ArrayList<>();
        String flat = flat(r.paragraphs().get(0).nodes(), els);
        assertThat(flat.replace("unknown", "")).isEqualTo(text);
        // the first quotation wins and the one crossing it is left out; the unattributed sentence
        // (an outer level) cuts the quotation at its edge: two pieces, one speaker
        assertThat(els).filteredOn(n -> n.speaker() != null).extracting(n -> flat(n.children(), new ArrayList<>()))
                .containsExactly("beta ", "gamma");
        assertThat(els).filteredOn(n -> "unattributed".equals(n.cls())).hasSize(1);
        assertThat(els).filteredOn(n -> "entity".equals(n.cls())).isEmpty(); // "Gamma" is not "gamma"
    }

    @Test
    void outsideLinksAreHttpOnly() {
        assertThat(Links.external("https://example.com/a?b=c")).isEqualTo("https://example.com/a?b=c");
        assertThat(Links.external(" HTTP://Example.com/x ")).isEqualTo("HTTP://Example.com/x");
        assertThat(Links.external("javascript:alert(1)")).isNull();
        assertThat(Links.external("JaVaScRiPt:alert(1)")).isNull();
        assertThat(Links.external("data:text/html,<script>")).isNull();
        assertThat(Links.external("//evil.example/x")).isNull();
        assertThat(Links.external("/relative")).isNull();
        assertThat(Links.external("http://")).isNull();
        assertThat(Links.segment("John Kirby/?#")).isEqualTo("John%20Kirby%2F%3F%23");
    }
}
