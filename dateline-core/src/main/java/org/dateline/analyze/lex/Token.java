package org.dateline.analyze.lex;

/**
 * One token of a sentence: a word, a number (digits with inner {@code ,} or {@code .} groups, as
 * written: "10,000", "3.8", "2.15"), or one punctuation character. Offsets are into the article's
 * text; {@code lower} is the lower-cased text with typographic apostrophes made straight, the form
 * lexicons are matched against.
 */
public record Token(Kind kind, int start, int end, String text, String lower) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** Whether this is the punctuation character {@code c}. */
    public boolean is(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** First character upper-case (or title-case). */
    public boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all upper-case ("ISIS", "UN"). */
    public boolean allCaps() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Whether the next token follows with no space between ("4-year", "2.15pm"). */
    public boolean touches(Token next) {
        return next != null && next.start == end;
    }
}
