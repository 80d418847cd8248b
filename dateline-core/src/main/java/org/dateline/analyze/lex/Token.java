package org.dateline.analyze.lex;

import org.dateline.analyze.text.QuoteMarks;

/**
 * One token of a sentence: a word, a number, a punctuation mark, or (for the quote finder) a whole
 * quotation. Offsets are into the article's text; {@code lower} is the form lexicons are matched
 * against: the lower-cased text with typographic apostrophes made straight.
 *
 * <p>Two tokenizers make them. {@link Tokenizer} cuts words (starting with a letter, inner
 * apostrophes and dotted initials kept), numbers (digits with inner {@code ,} or {@code .} groups, as
 * written: "10,000", "3.8") and single punctuation characters. The quote finder's tokenizer cuts words
 * that may start with a digit and hold hyphens ("US-Präsident", "58-Jährige"), a possessive "'s" as a
 * punctuation token of its own, and every quotation as one {@link Kind#QUOTE} token (its marks and
 * content, so that words inside a quotation are never read as the sentence's own verbs).
 *
 * @param quote the quotation, for {@link Kind#QUOTE} tokens; null for the others
 */
public record Token(Kind kind, int start, int end, String text, String lower, QuoteMarks.Pair quote) {

    public enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    /** A word, number or punctuation token (no quotation). */
    public Token(Kind kind, int start, int end, String text, String lower) {
        this(kind, start, end, text, lower, null);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    /** Whether this is the punctuation character {@code c}. */
    public boolean is(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** Whether the matching form is {@code lowerForm} (a word or a mark: {@code is(",")}, {@code is("und")}). */
    public boolean is(String lowerForm) {
        return lower.equals(lowerForm);
    }

    /** A word whose first letter is upper case ("Kirby", "US-Präsident", "58-Jährige"). */
    public boolean capitalized() {
        if (kind != Kind.WORD) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    /** A word whose first character is lower case. */
    public boolean lowercase() {
        return kind == Kind.WORD && Character.isLowerCase(text.codePointAt(0));
    }

    /** A word of two or more letters, all upper-case ("ISIS", "UN"). */
    public boolean allCaps() {
        if (kind != Kind.WORD) {
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

    /** Clause-ending punctuation: {@code , ; : . ! ?} and dashes (not a possessive or a parenthesis). */
    public boolean isBoundary() {
        return kind == Kind.PUNCT && !lower.equals("'s") && !lower.equals("(") && !lower.equals(")");
    }

    /** The possessive "'s" the quote finder's tokenizer cuts off a word ("Clinton’s"). */
    public boolean isPossessive() {
        return kind == Kind.PUNCT && lower.equals("'s");
    }

    /** Whether the next token follows with no space between ("4-year", "2.15pm"). */
    public boolean touches(Token next) {
        return next != null && next.start == end;
    }
}
