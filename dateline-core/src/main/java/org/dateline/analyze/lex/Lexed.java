package org.dateline.analyze.lex;

import org.dateline.analyze.text.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article's sentences with their tokens, made once and shared by the finders of the analysis
 * stage (times, claims, entities, unattributed claims). Immutable; linear time to build.
 */
public final class Lexed {

    /** A sentence's tokens, with its index among all sentences and the index of its paragraph. */
    public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
    }

    private final Text text;
    private final List<Sentence> sentences;

    private Lexed(Text text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    public static Lexed of(Text text) {
        List<Sentence> out = new ArrayList<>();
        String t = text.text();
        for (Text.Paragraph p : text.paragraphs()) {
            for (Text.Sentence s : p.sentences()) {
                List<Token> tokens = Collections.unmodifiableList(Tokenizer.tokenize(t, s.span().start(), s.span().end()));
                out.add(new Sentence(out.size(), p.index(), s.span().start(), s.span().end(), tokens));
            }
        }
        return new Lexed(text, Collections.unmodifiableList(out));
    }

    public Text text() {
        return text;
    }

    public String string() {
        return text.text();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The text between two offsets. */
    public String slice(int start, int end) {
        return text.text().substring(start, end);
    }
}
