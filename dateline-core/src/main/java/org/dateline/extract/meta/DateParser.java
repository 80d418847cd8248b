package org.dateline.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats pages use (ISO 8601, RFC 1123, "17 Mar, 2016 20:47", "March 17, 2016",
 * "17.03.2016", month names in several languages) into the record's ISO form: full date-time with
 * offset when stated, date-time without offset when only a wall time is shown, a bare day otherwise.
 * Thread-safe.
 */
public final class DateParser {

    /** Years outside this window are not publication dates (copyright ranges, birthdays, typos). */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2035;

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                // en, de, fr, es, it, pt, nl, ...
                {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jän", "styczeń", "stycznia", "leden", "ledna", "tammikuu", "tammikuuta", "januar"},
                {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "únor", "února", "helmikuu", "helmikuuta"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca", "březen", "března", "maaliskuu", "maaliskuuta"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "duben", "dubna", "huhtikuu", "huhtikuuta"},
                {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "květen", "května", "toukokuu", "toukokuuta"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "červen", "června", "kesäkuu", "kesäkuuta"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "červenec", "července", "heinäkuu", "heinäkuuta"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "srpen", "srpna", "elokuu", "elokuuta"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "wrzesień", "września", "září", "syyskuu", "syyskuuta"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "říjen", "října", "lokakuu", "lokakuuta"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "marraskuu", "marraskuuta"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "prosinec", "prosince", "joulukuu", "joulukuuta"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.putIfAbsent(n, m + 1);
            }
        }
    }

    private static final String MONTH_RE = "([A-Za-zÀ-ž]{3,12})\\.?";
    private static final String TIME_RE = "(?:[,\\s]+(?:at\\s+|um\\s+|à\\s+|-\\s*)?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?" + MONTH_RE + ",?\\s+(?:de\\s+)?(\\d{4})" + TIME_RE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH_RE + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME_RE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})" + TIME_RE);
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d])(\\d{4})[./](\\d{1,2})[./](\\d{1,2})" + TIME_RE);

    private DateParser() {
    }

    /** Parses a date anywhere in {@code s}; null when none is found. */
    public static String parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 400) {
            t = t.length() > 400 ? t.substring(0, 400) : t;
            if (t.isEmpty()) {
                return null;
            }
        }
        String r = parseIso(t);
        if (r != null) {
            return r;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                r = build(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m, 4);
                if (r != null) {
                    return r;
                }
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                r = build(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), m, 4);
                if (r != null) {
                    return r;
                }
            }
        }
        m = NUMERIC_YMD.matcher(t);
        if (m.find()) {
            r = build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m, 4);
            if (r != null) {
                return r;
            }
        }
        m = NUMERIC_DMY.matcher(t);
        if (m.find()) {
            // Day first is the norm outside the US; a first field over 12 settles it either way.
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int day = a;
            int month = b;
            if (b > 12 && a <= 12) {
                day = b;
                month = a;
            }
            r = build(Integer.parseInt(m.group(3)), month, day, m, 4);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** ISO 8601 and its common variants; null when {@code s} does not hold one. */
    static String parseIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (!validDay(y, mo, d)) {
            return null;
        }
        if (m.group(4) == null) {
            return LocalDate.of(y, mo, d).toString();
        }
        int h = Integer.parseInt(m.group(4));
        int mi = Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (h > 23 || mi > 59 || sec > 59) {
            return LocalDate.of(y, mo, d).toString();
        }
        LocalDateTime ldt = LocalDateTime.of(y, mo, d, h, mi, sec);
        String zone = m.group(7);
        if (zone == null) {
            return format(ldt, null);
        }
        ZoneOffset off;
        try {
            if (zone.equals("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
                off = ZoneOffset.UTC;
            } else {
                String z = zone.length() == 3 ? zone + ":00" : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
                off = ZoneOffset.of(z);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return format(ldt, null);
        }
        return format(ldt, off);
    }

    private static String build(int y, int mo, int d, Matcher m, int timeGroup) {
        if (!validDay(y, mo, d)) {
            return null;
        }
        String hour = m.groupCount() >= timeGroup ? m.group(timeGroup) : null;
        if (hour == null) {
            return LocalDate.of(y, mo, d).toString();
        }
        int h = Integer.parseInt(hour);
        int mi = Integer.parseInt(m.group(timeGroup + 1));
        int sec = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
        String ampm = m.group(timeGroup + 3);
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        if (h > 23 || mi > 59 || sec > 59) {
            return LocalDate.of(y, mo, d).toString();
        }
        return format(LocalDateTime.of(y, mo, d, h, mi, sec), null);
    }

    static String format(LocalDateTime t, ZoneOffset off) {
        String base = t.getSecond() == 0
                ? String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute())
                : String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        if (off == null) {
            return base;
        }
        if (t.getSecond() == 0) {
            base = base + ":00";
        }
        return base + (off.getTotalSeconds() == 0 ? "Z" : off.getId());
    }

    /** Month number for a month name or abbreviation in any known language; null if not a month. */
    public static Integer month(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return MONTHS.get(n);
    }

    static boolean validDay(int y, int mo, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return false;
        }
        try {
            LocalDate.of(y, mo, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Parses an ISO string back (for comparisons); null when not parseable. */
    public static OffsetDateTime toOffsetDateTime(String iso) {
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
