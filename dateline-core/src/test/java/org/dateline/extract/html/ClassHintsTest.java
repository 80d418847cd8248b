package org.dateline.extract.html;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

class ClassHintsTest {

    private static final String[] TAXONOMY_PREFIXES = {"category-", "tag-", "tags-", "format-", "status-", "type-",
        "postid-", "term-", "topic-", "section-", "channel-", "rubrik-", "ressort-", "page-template", "post-template",
        "single-format", "page-id-", "parent-pageid-", "author-"};

    @Test
    void theTaxonomyPrecheckLetsThroughEveryCharacterThatRegionMatchesLetsThrough() {
        // the reference: String.regionMatches(true, ...) itself, on a one-byte and a two-byte string
        BitSet reference = new BitSet();
        for (int c = 0; c < 0x10000; c++) {
            String one = String.valueOf((char) c);
            for (String t : TAXONOMY_PREFIXES) {
                if (one.regionMatches(true, 0, t, 0, 1) || ("\u0100" + one).regionMatches(true, 1, t, 0, 1)) {
                    reference.set(c);
                }
            }
        }
        assertThat(ClassHints.taxonomyFirst()).isEqualTo(reference);
        // the long s upper-cases to S: "ſection-" is a taxonomy class as regionMatches sees it
        assertThat(reference.get('ſ')).isTrue();
    }

    @Test
    void taxonomyClassesAreNotRegionsWhateverTheirCase() {
        assertThat(ClassHints.ofClass("category-comments") & ClassHints.COMMENTS).isZero();
        assertThat(ClassHints.ofClass("CATEGORY-comments") & ClassHints.COMMENTS).isZero();
        assertThat(ClassHints.ofClass("comments") & ClassHints.COMMENTS).isNotZero();
    }

    @Test
    void stemsMatchAsTokenPrefixesOnlyFromTheirFirstCharacter() {
        assertThat(ClassHints.ofClass("socialmedia-bar") & ClassHints.BOILER).isNotZero();
        assertThat(ClassHints.ofClass("relatedposts") & ClassHints.RELATED).isNotZero();
        assertThat(ClassHints.ofClass("outbrain-widget") & ClassHints.RELATED).isNotZero();
        assertThat(ClassHints.ofClass("commentary")).isZero();
        assertThat(ClassHints.ofClass("ösocial")).isZero();
    }
}
