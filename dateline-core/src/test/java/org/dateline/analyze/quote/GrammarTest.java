package org.dateline.analyze.quote;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.analyze.lang.LanguageData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The grammar features load from the language data; a feature the data leaves out gets its default. */
class GrammarTest {

    @Test
    void germanFeaturesComeFromItsSpeechData() {
        Grammar de = SpeechLexicon.of("de").grammar;
        assertThat(de.nounsCapitalized()).isTrue();
        assertThat(de.verbSecond()).isTrue();
        assertThat(de.closedCompounds()).isTrue();
        assertThat(de.speechSetOffByComma()).isTrue();
        assertThat(de.inflectsAdjectives()).isTrue();
        assertThat(de.adverb("möglicherweise")).isTrue();
        assertThat(de.adverb("minister")).isFalse();
        assertThat(de.inflectedAdjective("ehemalige")).isTrue();
        assertThat(de.inflectedAdjective("ehemalig")).isFalse();
        assertThat(de.feminineSuffixes()).containsExactly("in");
        assertThat(SpeechLexicon.of("de").reflexivePronouns).contains("sich");
    }

    @Test
    void englishIsAnotherSetOfTheSameFeatures() {
        Grammar en = SpeechLexicon.of("en").grammar;
        assertThat(en.nounsCapitalized()).isFalse();
        assertThat(en.verbSecond()).isFalse();
        assertThat(en.closedCompounds()).isFalse();
        assertThat(en.inflectsAdjectives()).isFalse();
        assertThat(en.adverb("reportedly")).isTrue();
        assertThat(en.participle("retired")).isTrue();
        assertThat(en.participle("official")).isFalse();
    }

    @Test
    void theDataFileIsWhatTheLexiconReads() {
        // The loaded features are the file's, not defaults that happen to agree.
        assertThat(LanguageData.load("de", "speech").path("grammar").path("verbSecond").asBoolean(false)).isTrue();
        assertThat(LanguageData.load("en", "speech").path("grammar").isObject()).isTrue();
    }

    @Test
    void aMissingFeatureGetsItsDefault() throws Exception {
        Grammar partial = Grammar.from(new ObjectMapper().readTree("{\"verbSecond\": true, \"adverbSuffixes\": [\"Ment\"]}"));
        assertThat(partial.verbSecond()).isTrue();
        assertThat(partial.nounsCapitalized()).isFalse();
        assertThat(partial.closedCompounds()).isFalse();
        assertThat(partial.speechSetOffByComma()).isFalse();
        assertThat(partial.namingContentAfterMarker()).isFalse();
        assertThat(partial.adverb("rapidement")).isTrue(); // suffixes are matched lower-cased
        assertThat(partial.participleSuffixes()).isEmpty();
        assertThat(partial.adjectiveEndings()).isEmpty();
        assertThat(partial.feminineSuffixes()).isEmpty();

        Grammar none = Grammar.from(new ObjectMapper().readTree("{}").path("grammar"));
        assertThat(none).isEqualTo(Grammar.from(new ObjectMapper().readTree("{}")));
        assertThat(none.verbSecond()).isFalse();
        assertThat(none.inflectsAdjectives()).isFalse();
    }
}
