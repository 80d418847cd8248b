package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;
import org.dateline.analyze.lex.Tokenizer;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote finder's tokens are the one {@link Token} type of the analysis, with quotations as single tokens. */
class SentenceTokenizerTest {

    private static List<Token> tokens(String s, String language) {
        Text text = Text.of(s, language);
        return SentenceTokenizer.tokenize(s, 0, s.length(), text.quotes(0));
    }

    @Test
    void aQuotationIsOneTokenAndItsWordsAreNotTheSentences() {
        String s = "“We will not back down,” Mr. Kirby’s deputy said.";
        List<Token> toks = tokens(s, "en");
        assertThat(toks.get(0).isQuote()).isTrue();
        assertThat(toks.get(0).quote().closed()).isTrue();
        assertThat(s.substring(toks.get(0).quote().content().start(), toks.get(0).quote().content().end()))
                .isEqualTo("We will not back down,");
        assertThat(toks.stream().map(Token::text))
                .containsExactly("“We will not back down,”", "Mr.", "Kirby", "’s", "deputy", "said", ".");
        Token possessive = toks.get(3);
        assertThat(possessive.isPossessive()).isTrue();
        assertThat(possessive.isBoundary()).isFalse();
        assertThat(possessive.lower()).isEqualTo("'s");
        assertThat(toks.get(1).capitalized()).isTrue();
        assertThat(toks.get(5).lowercase()).isTrue();
        assertThat(toks.get(6).isBoundary()).isTrue();
    }

    @Test
    void germanCompoundsWithDigitsAndHyphensAreOneWord() {
        List<Token> toks = tokens("Der 58-Jährige und der US-Präsident sagten, sie würden kommen.", "de");
        assertThat(toks.stream().map(Token::text)).contains("58-Jährige", "US-Präsident");
        Token aged = toks.stream().filter(t -> t.text().equals("58-Jährige")).findFirst().orElseThrow();
        assertThat(aged.isWord()).isTrue();
        assertThat(aged.capitalized()).isTrue(); // the first letter, after the digits
        assertThat(aged.lower()).isEqualTo("58-jährige");
    }

    @Test
    void bothTokenizersAgreeOnTheSharedQuestions() {
        String s = "ISIS fighters, the UN said, recruit children.";
        List<Token> lex = Tokenizer.tokenize(s);
        List<Token> quote = tokens(s, "en");
        assertThat(lex).hasSameSizeAs(quote);
        for (int i = 0; i < lex.size(); i++) {
            Token a = lex.get(i);
            Token b = quote.get(i);
            assertThat(a.text()).isEqualTo(b.text());
            assertThat(a.kind()).isEqualTo(b.kind());
            assertThat(a.capitalized()).isEqualTo(b.capitalized());
            assertThat(a.allCaps()).isEqualTo(b.allCaps());
            assertThat(a.lower()).isEqualTo(b.lower());
        }
        assertThat(lex.get(0).allCaps()).isTrue();
        assertThat(lex.get(1).allCaps()).isFalse();
    }
}
