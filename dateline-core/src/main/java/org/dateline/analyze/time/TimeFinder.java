package org.dateline.analyze.time;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.lex.Numbers;
import org.dateline.analyze.lex.Phrases;
import org.dateline.analyze.lex.Token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds time expressions in an article and resolves them against its publication date.
 *
 * <p>Explicit dates keep their value as written ("September 30, 2015" is 2015-09-30). Relative ones
 * follow the news convention: a bare weekday is the most recent such day on or before publication
 * ("on Tuesday" in an article of Thursday 17 March 2016 is 2016-03-15), or the next one when the
 * sentence speaks of the future before it ("will meet on Friday"); a month or a day without a year
 * is the nearest such one, taken in the past when the future one is half a year away or more
 * ("in January" → 2016-01, "in December" → 2015-12, "March 14" → 2016-03-14). Without a
 * publication date, relative expressions have a null value: never today's clock.
 *
 * <p>Values: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, ISO weeks {@code YYYY-Www}, and
 * {@code YYYY/YYYY} for a season ("2012–13"). Times of day are not reported. Matching walks the
 * tokens once with bounded look-ahead: linear time. Immutable and thread-safe.
 */
public final class TimeFinder {

    private static final Map<String, TimeFinder> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** A future month or day this far ahead or more is read as the past one ("in December" in March). */
    private static final int HALF_YEAR_DAYS = 183;
    /** A bare month up to this many months ahead is the coming one ("in December" in September). */
    private static final int FUTURE_MONTHS = 3;

    private final TimeLexicon lex;
    private final Numbers numbers;

    private TimeFinder(String language) {
        this.lex = TimeLexicon.forLanguage(language);
        this.numbers = Numbers.forLanguage(language);
    }

    public static TimeFinder forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "en" : language, TimeFinder::new);
    }

    /** The day an ISO-8601 publication time falls on ("2016-03-17T20:47" → 2016-03-17), or null. */
    public static LocalDate anchor(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public List<Analysis.TimeExpression> find(Lexed lexed, String published) {
        LocalDate anchor = anchor(published);
        List<Analysis.TimeExpression> out = new ArrayList<>();
        for (Lexed.Sentence s : lexed.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            int lastEnd = 0;
            while (i < toks.size()) {
                Found f = matchAt(toks, i, lastEnd, anchor);
                if (f == null) {
                    i++;
                    continue;
                }
                int start = toks.get(f.from).start();
                int end = toks.get(f.to - 1).end();
                out.add(new Analysis.TimeExpression(lexed.slice(start, end), f.value, start, end));
                lastEnd = f.to;
                i = f.to;
            }
        }
        return out;
    }

    /** A match over tokens {@code [from, to)} with its value (null when unresolved). */
    private record Found(int from, int to, String value) {
    }

    private Found matchAt(List<Token> t, int i, int floor, LocalDate anchor) {
        Token tok = t.get(i);
        if (tok.isNumber()) {
            Found f = dayFirst(t, i, anchor);
            if (f == null) {
                f = yearAt(t, i, floor);
            }
            if (f == null) {
                f = agoAfter(t, i, anchor);
            }
            return f;
        }
        if (!tok.isWord()) {
            return null;
        }
        Double month = monthOf(tok);
        if (month != null) {
            return monthFirst(t, i, month.intValue(), floor, anchor);
        }
        Double weekday = weekdayOf(tok);
        if (weekday != null) {
            return weekday(t, i, weekday.intValue(), floor, anchor);
        }
        Phrases.Match<Double> rel = lex.relativeDays.longest(t, i);
        if (rel != null && (!tok.capitalized() || i == 0 || isOpening(t.get(i - 1)))) {
            return new Found(i, rel.end(), anchor == null ? null : anchor.plusDays(rel.value().longValue()).toString());
        }
        Phrases.Match<Double> shift = lex.shiftWords.longest(t, i);
        if (shift != null && shift.end() < t.size()) {
            Phrases.Match<String> unit = lex.shiftUnits.longest(t, shift.end());
            if (unit != null) {
                return new Found(i, unit.end(), shifted(anchor, unit.value(), shift.value().intValue()));
            }
        }
        if (lex.agoBefore.contains(tok.lower()) && i + 2 < t.size()) {
            int[] amount = count(t, i + 1);
            if (amount != null) {
                Phrases.Match<String> unit = lex.units.longest(t, amount[1]);
                if (unit != null) {
                    return new Found(i, unit.end(), shifted(anchor, unit.value(), -amount[0]));
                }
            }
        }
        if (lex.oneWords.contains(tok.lower())) {
            return agoAfter(t, i, anchor);
        }
        if (numbers.isNumberWord(tok.lower())) {
            return agoAfter(t, i, anchor);
        }
        return null;
    }

    // ---- explicit and partial dates -------------------------------------------------------------

    /** "30 September 2015", "3. März 2016", "3rd of March", "1 August last year". */
    private Found dayFirst(List<Token> t, int i, LocalDate anchor) {
        Integer day = dayNumber(t.get(i));
        if (day == null) {
            return null;
        }
        int k = i + 1;
        k = skipOrdinal(t, i, k);
        if (k < t.size() && lex.dayMonthJoiners.contains(t.get(k).lower())) {
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        Double month = monthOf(t.get(k));
        if (month == null || !t.get(k).capitalized()) {
            return null;
        }
        k = skipAbbreviationDot(t, k + 1);
        return withYear(t, i, k, month.intValue(), day, anchor);
    }

    /** "September 30, 2015", "March 14", "March 2016", "December last year", "in January". */
    private Found monthFirst(List<Token> t, int i, int month, int floor, LocalDate anchor) {
        Token m = t.get(i);
        if (!m.capitalized()) {
            return null;
        }
        int k = skipAbbreviationDot(t, i + 1);
        if (k < t.size()) {
            Integer day = dayNumber(t.get(k));
            if (day != null && !isYearToken(t.get(k))) {
                int after = skipOrdinal(t, k, k + 1);
                // "March 14" must not be "March 14-year-old" or "March 14,000".
                if (after >= t.size() || !t.get(after).is('-') || !t.get(k).touches(t.get(after))) {
                    return withYear(t, i, after, month, day, anchor);
                }
            }
            int y = k < t.size() && t.get(k).is(',') ? k + 1 : k;
            if (y < t.size() && isYearToken(t.get(y))) {
                return new Found(i, y + 1, String.format("%04d-%02d", year(t.get(y)), month));
            }
            Phrases.Match<Double> shift = lex.yearShiftAfter.longest(t, k);
            if (shift != null) {
                return new Found(i, shift.end(), anchor == null ? null
                        : String.format("%04d-%02d", anchor.getYear() + shift.value().intValue(), month));
            }
        }
        // A bare month: "in January", "last December", "Anfang März".
        int from = i;
        Integer shiftBy = null;
        if (i > floor) {
            Phrases.Match<Double> sh = lex.shiftWords.endingAt(t, i, 1);
            if (sh != null) {
                shiftBy = sh.value().intValue();
                from = sh.start();
            }
        }
        Phrases.Match<Integer> prep = from > floor ? lex.prepositions.endingAt(t, from, 3) : null;
        boolean licensed = shiftBy != null || prep != null && (prep.value() & TimeLexicon.MONTH) != 0;
        if (!licensed) {
            if (lex.ambiguousMonths.contains(stripPossessive(m.lower())) || i == 0 || m.allCaps()) {
                return null;
            }
        } else if (prep != null && (prep.value() & TimeLexicon.MONTH) != 0) {
            from = prep.start();
        }
        if (anchor == null) {
            return new Found(from, k, null);
        }
        int year;
        if (shiftBy != null && shiftBy != 0) {
            // "last December": the most recent December before this month; "next March": the next one after.
            year = shiftBy < 0 ? (month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1)
                    : (month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1);
        } else {
            year = monthYear(anchor, month, futureNear(t, i));
        }
        return new Found(from, k, String.format("%04d-%02d", year, month));
    }

    /** After a day and a month: an optional year, a year shift, or the nearest such day. */
    private Found withYear(List<Token> t, int from, int k, int month, int day, LocalDate anchor) {
        int y = k < t.size() && t.get(k).is(',') ? k + 1 : k;
        if (y < t.size() && isYearToken(t.get(y))) {
            return new Found(from, y + 1, date(year(t.get(y)), month, day));
        }
        Phrases.Match<Double> shift = k < t.size() ? lex.yearShiftAfter.longest(t, k) : null;
        if (shift != null) {
            return new Found(from, shift.end(), anchor == null ? null
                    : date(anchor.getYear() + shift.value().intValue(), month, day));
        }
        if (anchor == null) {
            return new Found(from, k, null);
        }
        return new Found(from, k, date(nearestYear(anchor, month, day, futureBefore(t, from)), month, day));
    }

    // ---- weekdays ---------------------------------------------------------------------------------

    private Found weekday(List<Token> t, int i, int weekday, int floor, LocalDate anchor) {
        Token w = t.get(i);
        if (!w.capitalized() || w.allCaps()) {
            return null;
        }
        // "Tuesday, March 15, 2016" / "Dienstag, 15. März": the date says it all.
        if (i + 2 < t.size() && t.get(i + 1).is(',')) {
            Found date = t.get(i + 2).isNumber() ? dayFirst(t, i + 2, anchor)
                    : monthOf(t.get(i + 2)) != null ? monthFirst(t, i + 2, monthOf(t.get(i + 2)).intValue(), i + 2, anchor)
                    : null;
            if (date != null && date.from == i + 2) {
                return new Found(i, date.to, date.value);
            }
        }
        int from = i;
        int shiftBy = 0;
        boolean shifted = false;
        if (i > floor) {
            Phrases.Match<Double> sh = lex.shiftWords.endingAt(t, i, 1);
            if (sh != null) {
                shiftBy = sh.value().intValue();
                shifted = shiftBy != 0;
                from = sh.start();
            }
        }
        if (from > floor) {
            Phrases.Match<Integer> prep = lex.prepositions.endingAt(t, from, 2);
            if (prep != null && (prep.value() & TimeLexicon.WEEKDAY) != 0) {
                from = prep.start();
            }
        }
        if (anchor == null) {
            return new Found(from, i + 1, null);
        }
        int today = anchor.getDayOfWeek().getValue();
        LocalDate d;
        if (shifted && shiftBy < 0) {
            int back = (today - weekday + 7) % 7;
            d = anchor.minusDays(back == 0 ? 7 : back);
        } else if (shifted || futureBefore(t, i)) {
            int ahead = (weekday - today + 7) % 7;
            d = anchor.plusDays(shifted && ahead == 0 ? 7 : ahead);
        } else {
            d = anchor.minusDays((today - weekday + 7) % 7);
        }
        return new Found(from, i + 1, d.toString());
    }

    // ---- years, seasons, "three days ago" ---------------------------------------------------------

    /** "in 2015", "im Jahr 2015", and seasons "2012–13" (with or without a licensing word). */
    private Found yearAt(List<Token> t, int i, int floor) {
        Token y = t.get(i);
        if (!isYearToken(y)) {
            return null;
        }
        // A season or a span of two years: "2012–13", "2015/16", "2014-2015".
        if (i + 2 < t.size() && isDash(t.get(i + 1)) && y.touches(t.get(i + 1)) && t.get(i + 1).touches(t.get(i + 2))
                && t.get(i + 2).isNumber()) {
            Token b = t.get(i + 2);
            int first = year(y);
            int second = -1;
            if (b.text().length() == 2 && allDigits(b.text())) {
                second = first / 100 * 100 + Integer.parseInt(b.text());
                if (second < first) {
                    second += 100;
                }
            } else if (isYearToken(b)) {
                second = year(b);
            }
            if (second > first && second - first <= 10) {
                return new Found(i, i + 3, String.format("%04d/%04d", first, second));
            }
            return null;
        }
        if (i + 1 < t.size() && (t.get(i + 1).isNumber() || isDash(t.get(i + 1)) && y.touches(t.get(i + 1))
                || t.get(i + 1).isWord() && y.touches(t.get(i + 1)))) {
            return null; // part of a longer figure, a range of amounts, or a decade ("1990s")
        }
        Phrases.Match<Integer> prep = i > floor ? lex.prepositions.endingAt(t, i, 3) : null;
        if (prep == null || (prep.value() & TimeLexicon.YEAR) == 0) {
            return null;
        }
        return new Found(prep.start(), i + 1, String.format("%04d", year(y)));
    }

    /** "three days ago", "a year ago", "two weeks earlier". */
    private Found agoAfter(List<Token> t, int i, LocalDate anchor) {
        int[] amount = count(t, i);
        if (amount == null || amount[1] + 1 >= t.size()) {
            return null;
        }
        Phrases.Match<String> unit = lex.units.longest(t, amount[1]);
        if (unit == null || unit.end() >= t.size() || !lex.agoAfter.contains(t.get(unit.end()).lower())) {
            return null;
        }
        return new Found(i, unit.end() + 1, shifted(anchor, unit.value(), -amount[0]));
    }

    /** A small whole count at token i: digits, a number word, or "a"/"one"; {value, end index}. */
    private int[] count(List<Token> t, int i) {
        Token tok = t.get(i);
        if (lex.oneWords.contains(tok.lower())) {
            return new int[] {1, i + 1};
        }
        Numbers.Amount a = numbers.amountAt(t, i);
        if (a == null || a.value() < 1 || a.value() > 1000 || a.value() != Math.rint(a.value())) {
            return null;
        }
        return new int[] {(int) a.value(), a.end()};
    }

    // ---- resolution -------------------------------------------------------------------------------

    /**
     * The year of a bare month: the most recent such month (news report the past: "in January" in
     * March), unless the sentence speaks of the future or the month is at most three months ahead
     * ("in December" in a September article), then the next one.
     */
    private static int monthYear(LocalDate anchor, int month, boolean future) {
        int now = anchor.getMonthValue();
        int ahead = (month - now + 12) % 12;
        if (ahead == 0) {
            return anchor.getYear();
        }
        boolean next = future || ahead <= FUTURE_MONTHS;
        if (next) {
            return month > now ? anchor.getYear() : anchor.getYear() + 1;
        }
        return month < now ? anchor.getYear() : anchor.getYear() - 1;
    }

    /** The year putting month/day nearest the anchor; a date half a year or more ahead is read as past. */
    private static int nearestYear(LocalDate anchor, int month, int day, boolean future) {
        int y = anchor.getYear();
        LocalDate same = safeDate(y, month, day);
        if (same == null) {
            return y;
        }
        if (future) {
            return same.isBefore(anchor) && anchor.toEpochDay() - same.toEpochDay() > 31 ? y + 1 : y;
        }
        if (same.isAfter(anchor)) {
            return same.toEpochDay() - anchor.toEpochDay() >= HALF_YEAR_DAYS ? y - 1 : y;
        }
        return anchor.toEpochDay() - same.toEpochDay() > HALF_YEAR_DAYS + 31 ? y + 1 : y;
    }

    private static String shifted(LocalDate anchor, String unit, int by) {
        if (anchor == null) {
            return null;
        }
        switch (unit) {
            case "day":
                return anchor.plusDays(by).toString();
            case "week": {
                LocalDate d = anchor.plusWeeks(by);
                return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month": {
                LocalDate d = anchor.plusMonths(by);
                return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            }
            case "year":
                return String.format("%04d", anchor.getYear() + by);
            default:
                return null;
        }
    }

    private static String date(int year, int month, int day) {
        LocalDate d = safeDate(year, month, day);
        return d == null ? null : d.toString();
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- token tests ------------------------------------------------------------------------------

    /** Whether a future marker comes within 12 tokens of token i, before or after ("In January, he will …"). */
    private boolean futureNear(List<Token> t, int i) {
        if (futureBefore(t, i)) {
            return true;
        }
        for (int j = i + 1; j < t.size() && j <= i + 12; j++) {
            if (lex.futureMarkers.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a future marker ("will", "wird") comes before token i in the sentence (up to 12 tokens back). */
    private boolean futureBefore(List<Token> t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
            if (lex.futureMarkers.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private Double monthOf(Token t) {
        if (!t.isWord()) {
            return null;
        }
        return lex.months.word(stripPossessive(t.lower()));
    }

    private Double weekdayOf(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String l = stripPossessive(t.lower());
        Double v = lex.weekdays.word(l);
        if (v == null && l.endsWith("s")) {
            v = lex.weekdays.word(l.substring(0, l.length() - 1)); // German genitive "Dienstags"
        }
        return v;
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    private int skipAbbreviationDot(List<Token> t, int k) {
        // "Sept. 11": the dot of an abbreviation, when the date goes on after it (a full stop ends it).
        if (k + 1 < t.size() && t.get(k).is('.') && t.get(k - 1).touches(t.get(k)) && t.get(k - 1).text().length() <= 4) {
            return k + 1;
        }
        return k;
    }

    /** After a day number at i: its ordinal suffix ("1st") or, where that is the convention, its dot ("3."). */
    private int skipOrdinal(List<Token> t, int i, int k) {
        if (k < t.size() && t.get(i).touches(t.get(k))) {
            if (t.get(k).isWord() && lex.ordinalSuffixes.contains(t.get(k).lower())) {
                return k + 1;
            }
            if (lex.ordinalDot && t.get(k).is('.')) {
                return k + 1;
            }
        }
        return k;
    }

    /** A day of the month: one or two digits, 1–31. */
    private static Integer dayNumber(Token t) {
        if (!t.isNumber() || t.text().length() > 2 || !allDigits(t.text())) {
            return null;
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31 ? d : null;
    }

    private static boolean isYearToken(Token t) {
        if (!t.isNumber() || t.text().length() != 4 || !allDigits(t.text())) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1000 && y <= 2999;
    }

    private static int year(Token t) {
        return Integer.parseInt(t.text());
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isDash(Token t) {
        return t.is('-') || t.is('–') || t.is('—') || t.is('/');
    }

    private static boolean isOpening(Token t) {
        return t.isPunct() && !t.is(',');
    }
}
