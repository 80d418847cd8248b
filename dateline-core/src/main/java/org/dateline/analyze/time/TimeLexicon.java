package org.dateline.analyze.time;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.lex.Data;
import org.dateline.analyze.lex.Phrases;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The time words of one language ({@code lang/<code>/time.json}), read once. Immutable. */
final class TimeLexicon {

    private static final Map<String, TimeLexicon> BY_LANGUAGE = new ConcurrentHashMap<>();

    static final int MONTH = 1;
    static final int WEEKDAY = 2;
    static final int YEAR = 4;

    final Phrases<Double> months;
    final Set<String> ambiguousMonths;
    final Phrases<Double> weekdays;
    /** Words before a bare month, weekday or year; the value is a bit set of MONTH, WEEKDAY, YEAR. */
    final Phrases<Integer> prepositions;
    final Phrases<Double> shiftWords;
    final Phrases<Double> yearShiftAfter;
    final Phrases<Double> relativeDays;
    final Phrases<String> units;
    final Phrases<String> shiftUnits;
    final Set<String> agoAfter;
    final Set<String> agoBefore;
    final Set<String> oneWords;
    final Set<String> ordinalSuffixes;
    final Set<String> dayMonthJoiners;
    final boolean ordinalDot;
    final Set<String> futureMarkers;
    final Set<String> since;
    final Set<String> until;
    final Set<String> between;
    final Phrases<String> betweenJoiners;

    private TimeLexicon(JsonNode d) {
        months = Data.numberPhrases(d, "months");
        ambiguousMonths = Data.lowerSet(d, "ambiguous_months");
        weekdays = Data.numberPhrases(d, "weekdays");
        prepositions = new Phrases<>();
        Map<String, Integer> flags = new java.util.HashMap<>();
        for (String p : Data.strings(d, "month_prepositions")) {
            flags.merge(p.toLowerCase(java.util.Locale.ROOT), MONTH, (a, b) -> a | b);
        }
        for (String p : Data.strings(d, "weekday_prepositions")) {
            flags.merge(p.toLowerCase(java.util.Locale.ROOT), WEEKDAY, (a, b) -> a | b);
        }
        for (String p : Data.strings(d, "year_prepositions")) {
            flags.merge(p.toLowerCase(java.util.Locale.ROOT), YEAR, (a, b) -> a | b);
        }
        flags.forEach(prepositions::put);
        shiftWords = Data.numberPhrases(d, "shift_words");
        yearShiftAfter = Data.numberPhrases(d, "year_shift_after");
        relativeDays = Data.numberPhrases(d, "relative_days");
        units = Data.stringPhrases(d, "units");
        shiftUnits = Data.stringPhrases(d, "shift_units");
        agoAfter = Data.lowerSet(d, "ago_after");
        agoBefore = Data.lowerSet(d, "ago_before");
        oneWords = Data.lowerSet(d, "one_words");
        ordinalSuffixes = Data.lowerSet(d, "ordinal_suffixes");
        dayMonthJoiners = Data.lowerSet(d, "day_month_joiners");
        ordinalDot = d.path("ordinal_dot").asBoolean(false);
        futureMarkers = Data.lowerSet(d, "future_markers");
        since = Data.lowerSet(d, "since");
        until = Data.lowerSet(d, "until");
        between = Data.lowerSet(d, "between");
        betweenJoiners = Data.phraseList(d, "between_joiners");
    }

    /** The lexicon of a language; a language without a time file uses English names. */
    static TimeLexicon forLanguage(String language) {
        String code = Data.languageFor(language, "time");
        return BY_LANGUAGE.computeIfAbsent(code, c -> new TimeLexicon(LanguageData.load(c, "time")));
    }
}
