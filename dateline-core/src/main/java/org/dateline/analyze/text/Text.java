package org.dateline.analyze.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article body cut into paragraphs (blank-line separated, or one per line in a body without
 * blank lines), its quotation marks paired (by the language's conventions, {@link QuoteMarks}) and
 * sentences split outside quotations, all as offsets into the original string. Immutable; linear
 * time.
 */
public final class Text {

    private final String text;
    private final String language;
    private final List<Paragraph> paragraphs;
    private final List<List<QuoteMarks.Pair>> quotes;
    private final QuoteMarks.Conventions conventions;

    /** A paragraph and its sentences. */
    public record Paragraph(int index, Span span, List<Sentence> sentences) {
    }

    /** A sentence, with the index of its paragraph. */
    public record Sentence(int index, int paragraph, Span span) {
    }

    private Text(String text, String language, List<Paragraph> paragraphs, List<List<QuoteMarks.Pair>> quotes,
                 QuoteMarks.Conventions conventions) {
        this.text = text;
        this.language = language;
        this.paragraphs = paragraphs;
        this.quotes = quotes;
        this.conventions = conventions;
    }

    public static Text of(String text, String language) {
        String t = text == null ? "" : text;
        QuoteMarks.Conventions conventions = QuoteMarks.Conventions.of(language);
        List<Paragraph> paras = new ArrayList<>();
        List<List<QuoteMarks.Pair>> quotes = new ArrayList<>();
        int sentenceIndex = 0;
        for (Span p : paragraphSpans(t)) {
            List<QuoteMarks.Pair> pairs = QuoteMarks.pair(t, p, conventions);
            List<Sentence> sentences = new ArrayList<>();
            for (Span s : Sentences.split(t, p, pairs)) {
                sentences.add(new Sentence(sentenceIndex++, paras.size(), s));
            }
            paras.add(new Paragraph(paras.size(), p, Collections.unmodifiableList(sentences)));
            quotes.add(Collections.unmodifiableList(pairs));
        }
        return new Text(t, language, Collections.unmodifiableList(paras), Collections.unmodifiableList(quotes),
                conventions);
    }

    /** The words written in lower case somewhere in the text, lower-cased; built on first use. */
    private volatile java.util.Set<String> lowercaseWords;

    /**
     * Whether the text writes this word (given lower-cased) in lower case somewhere: then a capital
     * on it elsewhere is the sentence's or the heading's, not a name's ("Afterwards Penny", "Rival
     * Hillary Clinton"). Words are runs of letters, hyphens between letters included.
     */
    public boolean writtenLowercase(String lowerWord) {
        java.util.Set<String> words = lowercaseWords;
        if (words == null) {
            java.util.Set<String> w = new java.util.HashSet<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!isLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && (isLetter(text.charAt(j))
                        || text.charAt(j) == '-' && j + 1 < n && isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                if (Character.isLowerCase(text.charAt(i))) {
                    w.add(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
                }
                i = j;
            }
            words = w;
            lowercaseWords = w;
        }
        return words.contains(lowerWord);
    }

    /** {@link Character#isLetter(char)}, without the Unicode look-up for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** The quotations of one paragraph, in order (the last may be unclosed: see {@link QuoteMarks}). */
    public List<QuoteMarks.Pair> quotes(int paragraph) {
        return quotes.get(paragraph);
    }

    /** The quotation conventions the marks were paired with. */
    public QuoteMarks.Conventions conventions() {
        return conventions;
    }

    public String text() {
        return text;
    }

    public String language() {
        return language;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** All sentences in order. */
    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            all.addAll(p.sentences());
        }
        return all;
    }

    public String of(Span s) {
        return text.substring(s.start(), s.end());
    }

    /** Paragraphs: split on blank lines; a text with none is split on single line breaks. */
    static List<Span> paragraphSpans(String t) {
        boolean blankLines = t.contains("\n\n") || t.contains("\n \n") || t.contains("\r\n\r\n");
        List<Span> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                char c = t.charAt(i);
                if (c == '\n') {
                    if (!blankLines) {
                        break;
                    }
                    int j = i + 1;
                    while (j < n && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '\r')) {
                        j++;
                    }
                    if (j >= n || t.charAt(j) == '\n') {
                        break;
                    }
                }
                if (!Character.isWhitespace(c)) {
                    end = i + 1;
                }
                i++;
            }
            out.add(new Span(start, end));
        }
        return out;
    }
}
