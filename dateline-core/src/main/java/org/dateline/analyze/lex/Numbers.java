package org.dateline.analyze.lex;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.lang.LanguageData;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads amounts as written in one language: digits with that language's separators ("10,000",
 * "3,8"), number words ("eight", "twenty-five", "zwölf"), scales ("3.8 billion", "2 Mio."), and
 * fractions ("half", "two-thirds"), from {@code lang/<code>/numbers.json}. Immutable, shared.
 */
public final class Numbers {

    private static final Map<String, Numbers> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int MAX_DIGITS = 15;

    /** An amount read from tokens {@code [start, end)}; {@code kind} is digits, word or fraction. */
    public record Amount(double value, int start, int end, Kind kind) {
    }

    public enum Kind { DIGITS, WORD, FRACTION }

    private final char decimal;
    private final char group;
    private final Phrases<Double> words;
    private final Phrases<Double> weakWords;
    private final Phrases<Double> scales;
    private final Phrases<Double> fractions;
    private final JsonNode data;

    private Numbers(JsonNode data) {
        this.data = data;
        String d = data.path("decimal_separator").asText(".");
        String g = data.path("group_separator").asText(",");
        this.decimal = d.isEmpty() ? '.' : d.charAt(0);
        this.group = g.isEmpty() ? ',' : g.charAt(0);
        this.words = Data.numberPhrases(data, "words");
        this.weakWords = Data.numberPhrases(data, "weak_words");
        this.scales = Data.numberPhrases(data, "scales");
        this.fractions = Data.numberPhrases(data, "fractions");
    }

    /** The numbers of a language; a language without a numbers file reads numbers as English does. */
    public static Numbers forLanguage(String language) {
        String code = Data.languageFor(language, "numbers");
        return BY_LANGUAGE.computeIfAbsent(code, c -> new Numbers(LanguageData.load(c, "numbers")));
    }

    /** The data file this was read from (read-only). */
    public JsonNode data() {
        return data;
    }

    /**
     * A number written in digits, read with the language's separators; when the grouping does not
     * fit them ("2.5" in German), with the other convention. Null when it fits neither or is too long.
     */
    public Double parseDigits(String raw) {
        Double v = parse(raw, decimal, group);
        if (v == null) {
            v = parse(raw, group, decimal);
        }
        return v;
    }

    private static Double parse(String raw, char decimal, char group) {
        StringBuilder b = new StringBuilder(raw.length());
        int digits = 0;
        int groupLen = -1; // digits since the last group separator; -1 before any
        boolean seenDecimal = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                digits++;
                if (groupLen >= 0 && !seenDecimal) {
                    groupLen++;
                }
            } else if (c == group && !seenDecimal) {
                if (groupLen >= 0 && groupLen != 3) {
                    return null;
                }
                if (b.length() == 0 || b.length() > 3 && groupLen < 0) {
                    return null;
                }
                groupLen = 0;
            } else if (c == decimal && !seenDecimal) {
                if (groupLen >= 0 && groupLen != 3) {
                    return null;
                }
                seenDecimal = true;
                b.append('.');
            } else {
                return null;
            }
        }
        if (groupLen >= 0 && !seenDecimal && groupLen != 3) {
            return null;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return null;
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The scale word at token {@code i} ("million"), or null. */
    public Phrases.Match<Double> scaleAt(List<Token> tokens, int i) {
        return i < tokens.size() ? scales.longest(tokens, i) : null;
    }

    /**
     * The amount that starts at token {@code i}, or null: digits or number words, each optionally
     * followed by scale words; a weak word ("one", "a") only before a scale; a fraction phrase.
     */
    public Amount amountAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        double value;
        int end;
        Kind kind;
        if (t.isNumber()) {
            Double v = parseDigits(t.text());
            if (v == null) {
                return null;
            }
            value = v;
            end = i + 1;
            kind = Kind.DIGITS;
        } else if (t.isWord()) {
            Phrases.Match<Double> f = fractions.longest(tokens, i);
            Phrases.Match<Double> w = words.longest(tokens, i);
            if (f != null && (w == null || f.end() >= w.end())) {
                return new Amount(f.value(), i, f.end(), Kind.FRACTION);
            }
            if (w != null) {
                value = w.value();
                end = w.end();
                // "twenty-five", "twenty five"
                if (value >= 20 && value < 100 && value % 10 == 0) {
                    int k = end;
                    if (k + 1 < tokens.size() && tokens.get(k).is('-') && tokens.get(k - 1).touches(tokens.get(k))) {
                        k++;
                    }
                    if (k < tokens.size()) {
                        Double unit = words.word(tokens.get(k).lower());
                        if (unit != null && unit < 10) {
                            value += unit;
                            end = k + 1;
                        }
                    }
                }
            } else {
                Phrases.Match<Double> weak = weakWords.longest(tokens, i);
                if (weak == null || scaleAt(tokens, weak.end()) == null) {
                    return null;
                }
                value = weak.value();
                end = weak.end();
            }
            kind = Kind.WORD;
        } else {
            return null;
        }
        // Scales: "3.8 billion", "two hundred thousand".
        for (int guard = 0; guard < 3 && end < tokens.size(); guard++) {
            Phrases.Match<Double> s = scaleAt(tokens, end);
            if (s == null) {
                break;
            }
            value *= s.value();
            end = s.end();
        }
        return new Amount(value, i, end, kind);
    }

    /** Whether an amount written in words may start with this word ("eight", "a" of "a million", "half"). */
    public boolean mayStartAmount(String lower) {
        return words.startsWith(lower) || weakWords.startsWith(lower) || fractions.startsWith(lower);
    }

    /** Whether the word is a plain number word or fraction of this language ("eight"). */
    public boolean isNumberWord(String lower) {
        return words.containsWord(lower) || fractions.containsWord(lower);
    }
}
