package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the quote finder on their own, each on one real sentence: {@link CueFinder} with its
 * {@link SpeakerPhrase} and {@link ContentSpan}, {@link Terms}, and the {@link Attribution} they make.
 */
class QuotePartsTest {

    /** The parts wired as the quote finder wires them, over a one-paragraph text. */
    private static final class Parts {
        final String s;
        final List<Token> toks;
        final Terms terms;
        final SpeakerPhrase phrases;
        final List<Attribution> attributions;

        Parts(String s, String language) {
            this.s = s;
            Text text = Text.of(s, language);
            SpeechLexicon lex = SpeechLexicon.of(language);
            Discourse discourse = new Discourse(lex, text);
            SentenceIndex index = new SentenceIndex();
            terms = new Terms(lex, s);
            phrases = new SpeakerPhrase(lex, terms);
            ContentSpan content = new ContentSpan(lex, s, terms, phrases, index);
            CueFinder cues = new CueFinder(lex, s, discourse, terms, phrases, content, index);
            toks = SentenceTokenizer.tokenize(s, 0, s.length(), text.quotes(0));
            discourse.observe(toks);
            index.index(toks);
            attributions = cues.attributions(toks);
        }

        String words(Attribution.TokenRange r) {
            return s.substring(toks.get(r.from()).start(), toks.get(r.to() - 1).end());
        }
    }

    // The seed page (rt-2016-03-17-isis-child-jihadists.txt), its Kirby sentence.
    private static final String KIRBY = "“Reports that we’re getting from the ground that there are more and more defectors,"
            + " but also that increasingly Daesh (Arabic acronym for Islamic State) is relying on child soldiers,” US"
            + " State Department spokesman John Kirby said on Tuesday, adding that it indicates that “they are"
            + " struggling with their ability to recruit and to retain manpower.”";

    @Test
    void cueFinderFindsTheCueItsSpeakerAndTheQuotationBeforeIt() {
        Parts p = new Parts(KIRBY, "en");
        Attribution said = p.attributions.stream().filter(a -> a.cue().equals("said")).findFirst().orElseThrow();
        assertThat(p.words(said.cueWords())).isEqualTo("said");
        assertThat(p.words(said.speakerPhrase())).isEqualTo("US State Department spokesman John Kirby");
        assertThat(said.speaker().name()).isEqualTo("John Kirby");
        assertThat(said.inherited()).isFalse();
        assertThat(p.words(said.content())).startsWith("“Reports that we’re getting").endsWith("child soldiers,”");
        assertThat(said.attributionWords().from()).isEqualTo(said.speakerPhrase().from());
    }

    @Test
    void aParticipleAfterTheMainClauseInheritsItsSpeaker() {
        Parts p = new Parts(KIRBY, "en");
        Attribution adding = p.attributions.stream().filter(a -> a.cue().equals("adding")).findFirst().orElseThrow();
        assertThat(adding.inherited()).isTrue();
        assertThat(adding.speakerPhrase().present()).isFalse();
        assertThat(adding.speaker().name()).isEqualTo("John Kirby");
        assertThat(p.words(adding.content())).startsWith("it indicates that “they are struggling");
    }

    @Test
    void verbSecondOrderPutsTheSubjectAfterTheVerbAndTheParticleAtTheEnd() {
        Parts p = new Parts("Gestern teilte die Polizei mit, dass der Verdächtige gefasst worden sei.", "de");
        assertThat(p.attributions).hasSize(1);
        Attribution a = p.attributions.get(0);
        assertThat(a.cue()).isEqualTo("teilte mit");
        assertThat(p.words(a.cueWords())).isEqualTo("teilte");
        assertThat(p.words(a.speakerPhrase())).isEqualTo("die Polizei");
        assertThat(p.words(a.content())).isEqualTo("der Verdächtige gefasst worden sei");
        assertThat(a.secondContent().present()).isFalse();
    }

    @Test
    void aFrontedAdverbAndAReflexiveStandBeforeTheSubject() {
        Parts p = new Parts("Ähnlich äußerte sich der Präsident: Die Lage sei sehr ernst, alle müssten helfen.", "de");
        Attribution a = p.attributions.get(0);
        assertThat(a.cue()).isEqualTo("äußerte");
        assertThat(p.words(a.speakerPhrase())).isEqualTo("der Präsident");
        assertThat(p.words(a.content())).isEqualTo("Die Lage sei sehr ernst, alle müssten helfen");
    }

    @Test
    void aSplitQuotationHasBothParts() {
        Parts p = new Parts("“I think he will be fair,” Trump said during a rally in Kenansville, “but we will see.”", "en");
        Attribution a = p.attributions.get(0);
        assertThat(p.words(a.content())).isEqualTo("“I think he will be fair,”");
        assertThat(p.words(a.secondContent())).isEqualTo("“but we will see.”");
        assertThat(a.speaker().name()).isEqualTo("Trump");
    }

    @Test
    void termsTellTitlesFromSpeech() {
        // The seed page: a UN report "entitled “Children of Islamic State”", a film "Cubs of the Caliphate".
        Parts p = new Parts("The group released a video titled “Cubs of the Caliphate” and a man said “we are leaving now”.", "en");
        int title = -1;
        int speech = -1;
        for (int i = 0; i < p.toks.size(); i++) {
            if (p.toks.get(i).isQuote()) {
                if (title < 0) {
                    title = i;
                } else {
                    speech = i;
                }
            }
        }
        assertThat(p.terms.isTitle(p.toks, title, p.terms.wordCount(p.toks.get(title).quote().content()))).isTrue();
        assertThat(p.terms.isTitle(p.toks, speech, p.terms.wordCount(p.toks.get(speech).quote().content()))).isFalse();
        assertThat(p.terms.hasSpeechQuote(p.toks, 0, title + 1)).isFalse();
        assertThat(p.terms.hasSpeechQuote(p.toks, 0, p.toks.size())).isTrue();
    }

    @Test
    void speakerPhraseReadsBackOverAnAppositive() {
        Parts p = new Parts("Scott Pruitt, the attorney general of Oklahoma, said the rule was illegal.", "en");
        int comma = -1;
        for (int i = p.toks.size() - 1; i >= 0; i--) {
            if (p.toks.get(i).is(",")) {
                comma = i;
                break;
            }
        }
        int[] name = p.phrases.appositive(p.toks, comma);
        assertThat(name).isNotNull();
        assertThat(p.s.substring(p.toks.get(name[0]).start(), p.toks.get(name[1] - 1).end())).isEqualTo("Scott Pruitt");
        assertThat(p.attributions.get(0).speaker().name()).isEqualTo("Scott Pruitt");
    }

    @Test
    void anAbsentRangeIsNoneAndTheBuilderKeepsWhatWasFound() {
        Attribution.Builder b = new Attribution.Builder();
        b.cue = "said";
        b.cueFrom = 3;
        b.cueTo = 4;
        b.wordsFrom = 1;
        b.wordsTo = 4;
        b.speakerFrom = 1;
        b.speakerTo = 3;
        Attribution a = b.build();
        assertThat(a.content()).isSameAs(Attribution.TokenRange.NONE);
        assertThat(a.secondContent().present()).isFalse();
        assertThat(a.speakerPhrase()).isEqualTo(new Attribution.TokenRange(1, 3));
        assertThat(a.cueWords()).isEqualTo(new Attribution.TokenRange(3, 4));
        b.contentFrom = 5;
        b.contentTo = 9;
        assertThat(a.content().present()).isFalse(); // built values do not change with the builder
        assertThat(b.build().content()).isEqualTo(new Attribution.TokenRange(5, 9));
    }
}
