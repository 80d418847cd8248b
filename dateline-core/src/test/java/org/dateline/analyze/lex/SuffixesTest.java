package org.dateline.analyze.lex;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuffixesTest {

    private static final List<String> ENDINGS = List.of("minister", "ministerin", "sprecher", "chef", "verband", "er");

    /** The plain loop the index replaces. */
    private static boolean naive(List<String> endings, String w, int more) {
        for (String s : endings) {
            if (w.endsWith(s) && w.length() > s.length() + more) {
                return true;
            }
        }
        return false;
    }

    @Test
    void answersAsTheLoopOverAllEndingsDoes() {
        Suffixes index = new Suffixes(ENDINGS);
        for (String w : List.of("außenminister", "bundesministerin", "minister", "regierungssprecher", "vw-chef",
                "chef", "bauernverband", "der", "er", "", "kanzlerin", "lehrer", "präsident")) {
            for (int more : new int[] {-1, 0, 2}) {
                assertThat(index.endsWordOf(w, more)).as(w + " " + more).isEqualTo(naive(ENDINGS, w, more));
            }
        }
        assertThat(index.endsWordOf("außenminister", 2)).isTrue();
        assertThat(index.endsWordOf("chef", 2)).isFalse();
        assertThat(index.endsWordOf("chef", -1)).isTrue();
        assertThat(index.endsWordOf("präsident", -1)).isFalse();
    }

    @Test
    void anEmptyEndingEndsEveryWordLongEnough() {
        Suffixes index = new Suffixes(List.of("", "chef"));
        assertThat(index.endsWordOf("abc", 2)).isTrue();
        assertThat(index.endsWordOf("ab", 2)).isFalse();
        assertThat(index.endsWordOf("", -1)).isTrue();
    }
}
