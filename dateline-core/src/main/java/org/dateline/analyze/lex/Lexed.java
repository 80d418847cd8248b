package org.dateline.analyze.lex;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.text.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

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
        Set<String> months = ordinalMonths(text.language());
        for (Text.Paragraph p : text.paragraphs()) {
            Sentence prev = null;
            for (Text.Sentence s : p.sentences()) {
                List<Token> tokens = Tokenizer.tokenize(t, s.span().start(), s.span().end());
                if (prev != null && endsWithOrdinal(prev.tokens()) && !tokens.isEmpty()
                        && months.contains(tokens.get(0).lower())) {
                    // "am 3. | März 2016": the splitter took an ordinal's dot for a full stop.
                    List<Token> joined = new ArrayList<>(prev.tokens());
                    joined.addAll(tokens);
                    prev = new Sentence(prev.index(), p.index(), prev.start(), s.span().end(),
                            Collections.unmodifiableList(joined));
                    out.set(out.size() - 1, prev);
                    continue;
                }
                prev = new Sentence(out.size(), p.index(), s.span().start(), s.span().end(),
                        Collections.unmodifiableList(tokens));
                out.add(prev);
            }
        }
        return new Lexed(text, Collections.unmodifiableList(out));
    }

    /** Month names of a language that writes ordinals with a dot ("3. März"), else none. */
    private static Set<String> ordinalMonths(String language) {
        JsonNode time = LanguageData.load(Data.languageFor(language, "time"), "time");
        if (!time.path("ordinal_dot").asBoolean(false)) {
            return Set.of();
        }
        return Data.map(time.path("months")).keySet();
    }

    private static boolean endsWithOrdinal(List<Token> t) {
        int n = t.size();
        return n >= 2 && t.get(n - 1).is('.') && t.get(n - 2).isNumber() && t.get(n - 2).text().length() <= 2
                && t.get(n - 2).touches(t.get(n - 1));
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
