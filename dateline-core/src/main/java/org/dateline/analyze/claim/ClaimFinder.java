package org.dateline.analyze.claim;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.Analysis;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.lex.Data;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.lex.Numbers;
import org.dateline.analyze.lex.Phrases;
import org.dateline.analyze.lex.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds numeric claims: an amount with what it counts ("more than 9000 sorties", "$3.8 billion",
 * "half of the voters"), its qualifier, the source that states it and the time span stated with it.
 *
 * <p>Not claims: numbers inside time expressions (days, years), other years, times of day
 * ("2.15pm"), ages ("4-year-old"), ordinals ("3rd"), labels ("Article 50", "F-16"), ranges and
 * scores ("2012–13", "3-2"), conversions in brackets after a claim ("[3,860 square miles]"), and bare
 * numbers with neither a unit nor a qualifier. Sources: the speaker of a quotation that covers the
 * number, else an attribution in the sentence ({@link Attributions}), else one earlier in the same
 * paragraph; a vague one ("It was reported that") leaves the source null. Language knowledge comes
 * from {@code numbers.json}, {@code time.json} and {@code hedges.json}. Linear; immutable, thread-safe.
 */
public final class ClaimFinder {

    private static final Map<String, ClaimFinder> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** How far from a number (in characters) a time is looked for: about two lines of a sentence. */
    private static final int TIME_WINDOW = 300;

    private final Numbers numbers;
    private final Attributions attributions;
    private final Phrases<String> qualifiers;
    private final Phrases<String> percent;
    private final Phrases<String> currenciesBefore;
    private final Map<String, JsonNode> unitsAfter;
    private final Phrases<Double> currencyScales;
    private final Phrases<String> timeOfDay;
    private final Phrases<String> ageAfter;
    private final Phrases<String> ageBefore;
    private final Phrases<String> labelBefore;
    private final Set<String> ordinalSuffixes;
    private final boolean ordinalDot;
    private final boolean capitalisedNounUnits;
    private final Set<String> stopWords;
    private final Set<String> verbSuffixes;
    private final Set<String> joiners;
    private final Set<String> fractionJoiners;
    private final Set<String> touchingUnits;
    private final Set<String> pluralWords;
    private final int maxUnitWords;
    private final Phrases<String> since;
    private final Phrases<String> until;
    private final Phrases<String> between;
    private final Phrases<String> betweenJoiners;
    private final Set<String> reportingVerbs;

    private ClaimFinder(String language) {
        numbers = Numbers.forLanguage(language);
        attributions = Attributions.forLanguage(language);
        JsonNode d = numbers.data();
        qualifiers = Data.phraseList(d, "qualifiers");
        percent = Data.phraseList(d, "percent");
        currenciesBefore = Data.stringPhrases(d, "currencies_before");
        unitsAfter = Data.map(d.path("units_after"));
        currencyScales = Data.numberPhrases(d, "currency_scales");
        timeOfDay = Data.phraseList(d, "time_of_day_after");
        ageAfter = Data.phraseList(d, "age_after");
        ageBefore = Data.phraseList(d, "age_before");
        labelBefore = Data.phraseList(d, "label_before");
        ordinalSuffixes = Data.lowerSet(d, "ordinal_suffixes");
        ordinalDot = d.path("ordinal_dot").asBoolean(false);
        capitalisedNounUnits = "capitalised-noun".equals(d.path("unit_grammar").asText());
        stopWords = Data.lowerSet(d, "unit_stop_words");
        verbSuffixes = Data.lowerSet(d, "unit_verb_suffixes");
        joiners = Data.lowerSet(d, "unit_joiners");
        fractionJoiners = Data.lowerSet(d, "fraction_joiners");
        touchingUnits = Data.lowerSet(d, "touching_units");
        pluralWords = Data.lowerSet(d, "plural_words");
        maxUnitWords = d.path("unit_max_words").asInt(4);
        JsonNode time = LanguageData.load(Data.languageFor(language, "time"), "time");
        since = Data.phraseList(time, "since");
        until = Data.phraseList(time, "until");
        between = Data.phraseList(time, "between");
        betweenJoiners = Data.phraseList(time, "between_joiners");
        reportingVerbs = Data.lowerSet(LanguageData.load(Data.languageFor(language, "hedges"), "hedges"),
                "reporting_verbs");
    }

    public static ClaimFinder forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "en" : language, ClaimFinder::new);
    }

    /**
     * @param times  the article's time expressions (their numbers are not claims; they give claims their time)
     * @param quotes the article's quotations and reported speech (their speakers are sources); may be empty
     */
    public List<Analysis.Claim> find(Lexed lexed, List<Analysis.TimeExpression> times, List<Analysis.Quote> quotes) {
        List<Analysis.Claim> out = new ArrayList<>();
        String text = lexed.string();
        int timeIndex = 0;
        int lastParagraph = -1;
        Attributions.Source paragraphSource = null;
        for (Lexed.Sentence s : lexed.sentences()) {
            List<Token> t = s.tokens();
            if (s.paragraph() != lastParagraph) {
                lastParagraph = s.paragraph();
                paragraphSource = null;
            }
            while (timeIndex < times.size() && times.get(timeIndex).end() <= s.start()) {
                timeIndex++;
            }
            List<Analysis.TimeExpression> sentenceTimes = new ArrayList<>(2);
            for (int k = timeIndex; k < times.size() && times.get(k).start() < s.end(); k++) {
                sentenceTimes.add(times.get(k));
            }
            List<Attributions.Source> sources = null; // read lazily: most sentences have no claim
            int lastClaimEnd = -10;
            int i = 0;
            while (i < t.size()) {
                Candidate c = candidateAt(t, i, sentenceTimes, lastClaimEnd);
                if (c == null) {
                    i++;
                    continue;
                }
                if (sources == null) {
                    sources = attributions.find(text, t);
                }
                int start = t.get(c.from).start();
                int end = t.get(c.to - 1).end();
                String source = sourceFor(start, end, quotes, sources, c.amountIndex, paragraphSource);
                String time = timeFor(t, sentenceTimes, c.amountIndex, sources);
                out.add(new Analysis.Claim(text.substring(start, end), c.value, c.qualifier, c.unit, source, time,
                        start, end));
                lastClaimEnd = c.to;
                i = c.to;
            }
            if (sources == null) {
                sources = attributions.find(text, t);
            }
            for (Attributions.Source src : sources) {
                // A later sentence of the paragraph inherits a named source; a vague one ends the inheritance.
                // Only a source that frames what follows ("X reported that …") carries on to later sentences.
                paragraphSource = src.vague() ? null : src.name() != null && src.framing() ? src : paragraphSource;
            }
        }
        return out;
    }

    private record Candidate(int from, int to, int amountIndex, double value, String qualifier, String unit) {
    }

    private Candidate candidateAt(List<Token> t, int i, List<Analysis.TimeExpression> times, int lastClaimEnd) {
        Token tok = t.get(i);
        int n = t.size();
        String currency = null;
        int from = i;
        int a = i;
        if (tok.isPunct() || tok.isWord() && tok.allCaps()) {
            Phrases.Match<String> cur = currenciesBefore.longest(t, i);
            if (cur != null && cur.end() < n && t.get(cur.end()).isNumber()) {
                currency = cur.value();
                a = cur.end();
            } else if (tok.isPunct()) {
                return null;
            }
        }
        Token first = t.get(a);
        if (!first.isNumber() && !first.isWord()) {
            return null;
        }
        if (!first.isNumber() && !couldStartWordAmount(first)) {
            return null;
        }
        if (inTime(first, times)) {
            return null;
        }
        Numbers.Amount amount = numbers.amountAt(t, a);
        if (amount == null) {
            return null;
        }
        if (first.isNumber() && notAnAmount(t, a, amount, currency != null, lastClaimEnd)) {
            return null;
        }
        double value = amount.value();
        int k = amount.end();
        String unit = null;
        // "£3m", "$2bn"
        if (currency != null && k < n && first.touches(t.get(k))) {
            Phrases.Match<Double> sc = currencyScales.longest(t, k);
            if (sc != null) {
                value *= sc.value();
                k = sc.end();
            }
        }
        if (currency != null) {
            unit = currency;
        } else if (k < n) {
            Phrases.Match<String> pc = percent.longest(t, k);
            JsonNode after = unitsAfter.get(t.get(k).lower());
            if (pc != null) {
                unit = "percent";
                k = pc.end();
            } else if (after != null && after.isArray() && after.size() == 2) {
                unit = after.get(0).asText();
                value *= after.get(1).asDouble(1);
                k++;
            }
        }
        int unitEnd = k;
        if (unit == null) {
            int u = k;
            if (amount.kind() == Numbers.Kind.FRACTION) {
                // "half of the voters": the counted thing follows "of" and its determiner.
                if (u < n && fractionJoiners.contains(t.get(u).lower())) {
                    u++;
                    while (u < n && t.get(u).isWord() && stopWords.contains(t.get(u).lower())
                            && !joiners.contains(t.get(u).lower())) {
                        u++;
                    }
                } else {
                    u = -1;
                }
            }
            if (u >= 0) {
                int[] span = unitSpan(t, u, times);
                if (span != null) {
                    unit = sliceText(t, span[0], span[1]);
                    unitEnd = span[1];
                }
            }
        }
        Phrases.Match<String> q = qualifiers.endingAt(t, from, 3);
        String qualifier = q == null ? null : q.phrase();
        if (q != null) {
            from = q.start();
        }
        if (unit == null && qualifier == null) {
            return null;
        }
        if (amount.kind() != Numbers.Kind.DIGITS && unit == null) {
            return null; // "about two" with nothing counted: too weak to be a claim
        }
        return new Candidate(from, Math.max(unitEnd, amount.end()), a, value, qualifier, unit);
    }

    private boolean couldStartWordAmount(Token t) {
        return numbers.mayStartAmount(t.lower());
    }

    /** Digits that are not an amount: a label, an age, a time of day, an ordinal, a year, a range. */
    private boolean notAnAmount(List<Token> t, int a, Numbers.Amount amount, boolean currency, int lastClaimEnd) {
        Token num = t.get(a);
        int n = t.size();
        Token prev = a > 0 ? t.get(a - 1) : null;
        Token next = amount.end() < n ? t.get(amount.end()) : null;
        Token nextOfNumber = a + 1 < n ? t.get(a + 1) : null;
        // Glued to letters or to a hyphenated label: "G20", "F-16", "COVID-19", "MH17", an identifier "a1-5fec".
        if (prev != null && prev.touches(num) && (prev.isWord() || prev.is('-') && a > 1
                && (t.get(a - 2).isWord() || t.get(a - 2).isNumber()) && t.get(a - 2).touches(prev))) {
            return true;
        }
        // Letters glued after it that are no unit: "1990s", hexadecimal "6b86", "4e07".
        if (nextOfNumber != null && num.touches(nextOfNumber) && nextOfNumber.isWord()
                && !touchingUnits.contains(nextOfNumber.lower()) && numbers.scaleAt(t, a + 1) == null
                && percent.longest(t, a + 1) == null && !unitsAfter.containsKey(nextOfNumber.lower())
                && !ordinalSuffixes.contains(nextOfNumber.lower()) && timeOfDay.longest(t, a + 1) == null) {
            return true;
        }
        // Ranges, scores, clock times and ratios: "2012–13", "3-2", "2:15", "1/2".
        if (nextOfNumber != null && num.touches(nextOfNumber) && (isDash(nextOfNumber) || nextOfNumber.is(':')
                || nextOfNumber.is('/')) && a + 2 < n && nextOfNumber.touches(t.get(a + 2)) && t.get(a + 2).isNumber()) {
            return true;
        }
        if (prev != null && prev.touches(num) && (isDash(prev) || prev.is(':') || prev.is('/')) && a > 1
                && t.get(a - 2).isNumber() && t.get(a - 2).touches(prev)) {
            return true;
        }
        // Ordinals: "3rd", and where a dot marks them, "3. Liga".
        if (nextOfNumber != null && num.touches(nextOfNumber)) {
            if (nextOfNumber.isWord() && ordinalSuffixes.contains(nextOfNumber.lower())) {
                return true;
            }
            if (ordinalDot && nextOfNumber.is('.') && a + 2 < n) {
                return true;
            }
        }
        // Times of day: "2.15pm", "10 a.m.", "14.30 Uhr".
        if (nextOfNumber != null && timeOfDay.longest(t, a + 1) != null) {
            return true;
        }
        // Ages: "4-year-old", "8 years old", "aged 8".
        int k = a + 1;
        if (k < n && isDash(t.get(k)) && num.touches(t.get(k))) {
            k++;
        }
        if (k < n && ageAfter.longest(t, k) != null) {
            return true;
        }
        if (ageBefore.endingAt(t, a, 3) != null) {
            return true;
        }
        // Labels: "No. 10", "Article 50", "page 3".
        if (labelBefore.endingAt(t, a, 2) != null && !currency) {
            return true;
        }
        // A capitalised word right before, inside a sentence: "Apollo 11", "Windows 10".
        if (prev != null && prev.isWord() && prev.capitalized() && a > 1 && !prev.allCaps()
                && qualifiers.endingAt(t, a, 1) == null && !t.get(a - 2).is(',')) {
            return true;
        }
        // A conversion in brackets right after a claim: "10,000 square kilometers [3,860 square miles]".
        if (prev != null && (prev.is('[') || prev.is('(')) && a - 1 == lastClaimEnd) {
            return true;
        }
        // Years: a four-digit number 1800–2100 counts something only when qualified or before a plural noun.
        String s = num.text();
        if (s.length() == 4 && allDigits(s) && amount.end() == a + 1) {
            int y = Integer.parseInt(s);
            if (y >= 1800 && y <= 2100 && !currency && qualifiers.endingAt(t, a, 3) == null
                    && !(next != null && next.isWord() && !next.capitalized() && !capitalisedNounUnits
                    && (next.lower().endsWith("s") || pluralWords.contains(next.lower())))) {
                return true;
            }
        }
        // Phone numbers and identifiers: long digit strings without grouping.
        return s.length() > 7 && allDigits(s);
    }

    /** The counted thing after an amount, as token indices [start, end), or null. */
    private int[] unitSpan(List<Token> t, int k, List<Analysis.TimeExpression> times) {
        int n = t.size();
        int start = k;
        int words = 0;
        int end = k;
        boolean sawNoun = false;
        while (end < n && words < maxUnitWords) {
            Token c = t.get(end);
            if (!c.isWord() || inTime(c, times)) {
                break; // "three debates Monday": the time is not part of what is counted
            }
            String l = c.lower();
            if (stopWords.contains(l) || numbers.isNumberWord(l) || qualifiers.longest(t, end) != null && words > 0) {
                if (words > 0 && joiners.contains(l) && end + 1 < n && t.get(end + 1).isWord()) {
                    Token nx = t.get(end + 1);
                    String nl = nx.lower();
                    if (!stopWords.contains(nl) && !numbers.isNumberWord(nl) && qualifiers.longest(t, end + 1) == null
                            && !hasVerbSuffix(nl)) {
                        end++;
                        continue;
                    }
                }
                break;
            }
            if (words > 0 && hasVerbSuffix(l) && !capitalisedNounUnits) {
                break;
            }
            if (l.endsWith("ly") && l.length() > 4 && !capitalisedNounUnits) {
                break;
            }
            if (capitalisedNounUnits) {
                if (c.capitalized()) {
                    words++;
                    end++;
                    sawNoun = true;
                    end = hyphenated(t, end);
                    // Joined nouns: "Einsätze und Angriffe".
                    if (end + 1 < n && joiners.contains(t.get(end).lower()) && t.get(end + 1).capitalized()) {
                        end += 2;
                        words++;
                    }
                    break;
                }
                if (words >= 2) {
                    break;
                }
            }
            words++;
            end = hyphenated(t, end + 1);
        }
        if (capitalisedNounUnits && !sawNoun) {
            return null;
        }
        if (end == start) {
            return null;
        }
        // Never end on a joiner.
        while (end > start && joiners.contains(t.get(end - 1).lower())) {
            end--;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** After a word ending at {@code end}: hyphenated continuations ("UN-endorsed", "long-range"). */
    private static int hyphenated(List<Token> t, int end) {
        int n = t.size();
        while (end + 1 < n && isDash(t.get(end)) && t.get(end - 1).touches(t.get(end))
                && t.get(end).touches(t.get(end + 1)) && t.get(end + 1).isWord()) {
            end += 2;
        }
        return end;
    }

    private boolean hasVerbSuffix(String l) {
        for (String s : verbSuffixes) {
            if (l.endsWith(s) && l.length() > s.length() + 2) {
                return true;
            }
        }
        return false;
    }

    // ---- sources and times -----------------------------------------------------------------------

    private String sourceFor(int start, int end, List<Analysis.Quote> quotes, List<Attributions.Source> sources,
                             int amountIndex, Attributions.Source paragraphSource) {
        if (quotes != null) {
            Analysis.Quote best = null;
            for (Analysis.Quote q : quotes) {
                if (q.start() <= start && end <= q.end() && !"term".equals(q.kind())
                        && (best == null || q.end() - q.start() < best.end() - best.start())) {
                    best = q;
                }
            }
            if (best != null && attributions.names(best.speaker())) {
                return attributions.sourceOf(best.speaker());
            }
            if (best != null && best.speaker() != null && !attributions.names(best.speaker())
                    && attributions.sourceOf(best.speaker()) == null && best.speaker().mention() != null) {
                return null; // "he said" with no resolved name: the quotation's speaker is unknown, not someone else
            }
        }
        Attributions.Source chosen = null;
        for (Attributions.Source s : sources) {
            if (s.covers(amountIndex)) {
                continue; // "54% of Republican voters said": the number is in the source itself
            }
            // The nearest cue before the number, else the first after it.
            if (s.cue() < amountIndex) {
                chosen = s;
            } else if (chosen == null) {
                chosen = s;
                break;
            }
        }
        if (chosen != null) {
            return chosen.vague() ? null : chosen.name();
        }
        return paragraphSource == null ? null : paragraphSource.name();
    }

    /**
     * The time stated with the claim in its sentence: an interval "between A and B" ("A/B"), "since
     * A" ("since A"), "until A", or the nearest plain time; not the time of the speech ("said on
     * Tuesday").
     */
    private String timeFor(List<Token> t, List<Analysis.TimeExpression> times, int amountIndex,
                           List<Attributions.Source> sources) {
        if (times.isEmpty()) {
            return null;
        }
        int amountOffset = t.get(amountIndex).start();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // Only times near the number (bounded work per claim, even in a sentence of 200 KB).
        int from = firstEndingAfter(times, amountOffset - TIME_WINDOW);
        for (int k = from; k < times.size() && times.get(k).start() <= amountOffset + TIME_WINDOW; k++) {
            Analysis.TimeExpression te = times.get(k);
            if (te.value() == null) {
                continue;
            }
            int ti = tokenAt(t, te.start());
            if (ti < 0 || isSpeechTime(t, ti, sources)) {
                continue;
            }
            String value;
            if (k + 1 < times.size() && spanWord(between, t, ti)
                    && joinedBy(t, te, times.get(k + 1)) && times.get(k + 1).value() != null) {
                value = te.value() + "/" + times.get(k + 1).value();
                k++;
            } else if (spanWord(since, t, ti)) {
                value = "since " + te.value();
            } else if (spanWord(until, t, ti)) {
                value = "until " + te.value();
            } else {
                value = te.value();
            }
            int distance = Math.abs(te.start() - amountOffset);
            if (distance < bestDistance) {
                best = value;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether a span word ("since", "seit dem") ends just before token ti or starts the time itself ("since January"). */
    private static boolean spanWord(Phrases<String> words, List<Token> t, int ti) {
        return words.endingAt(t, ti, 3) != null || words.longest(t, ti) != null;
    }

    private boolean joinedBy(List<Token> t, Analysis.TimeExpression a, Analysis.TimeExpression b) {
        int i = tokenAt(t, a.end() - 1);
        int j = tokenAt(t, b.start());
        if (i < 0 || j < 0 || j - i < 2 || j - i > 4) {
            return false;
        }
        Phrases.Match<String> m = betweenJoiners.longest(t, i + 1);
        return m != null && m.end() <= j;
    }

    /** A time right after or before a verb of speech is when it was said, not what was counted. */
    private boolean isSpeechTime(List<Token> t, int ti, List<Attributions.Source> sources) {
        for (int d = 1; d <= 2; d++) {
            if (ti - d >= 0 && reportingVerbs.contains(t.get(ti - d).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the token containing {@code offset}, or of the first after it; -1 past the end. */
    private static int tokenAt(List<Token> t, int offset) {
        int lo = 0;
        int hi = t.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /** Whether the token lies in one of the (ordered, disjoint) time expressions. */
    private static boolean inTime(Token tok, List<Analysis.TimeExpression> times) {
        int k = firstEndingAfter(times, tok.start());
        return k < times.size() && times.get(k).start() <= tok.start();
    }

    /** The index of the first time expression that ends after {@code offset} (binary search). */
    private static int firstEndingAfter(List<Analysis.TimeExpression> times, int offset) {
        int lo = 0;
        int hi = times.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private String sliceText(List<Token> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (i > a && !t.get(i - 1).touches(t.get(i))) {
                sb.append(' ');
            }
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }

    private static boolean isDash(Token t) {
        return t.is('-') || t.is('–') || t.is('—') || t.is('‐');
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
