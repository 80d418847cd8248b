package org.dateline.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats pages use into the record's ISO form: a full date-time with offset when
 * one is stated, a date-time without offset when only a wall time is shown, a bare day otherwise.
 * Formats: ISO 8601 and its variants, RFC 1123, "17 Mar, 2016 20:47", "March 17th, 2016 at 8:47 pm",
 * "17.03.2016", "2016/03/17", "2016年3月17日", "2016년 3월 17일", with month names in some thirty
 * languages. Thread-safe.
 */
public final class DateParser {

    /** Years outside this window are not publication dates (copyright ranges, birthdays, typos). */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2035;
    /** Longest text searched: dates sit in short strings; bounding the input bounds the regex work. */
    static final int MAX_CHARS = 20_000;

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        // Names and abbreviations, genitive and nominative forms. Where two languages disagree on one
        // spelling (Croatian "listopad" is October, Czech and Polish November) the more widely used
        // language wins: putIfAbsent keeps the first row that lists it.
        String[][] names = {
                {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                        "janeiro", "januari", "styczeń", "stycznia", "leden", "ledna", "tammikuu", "tammikuuta",
                        "января", "январь", "янв", "січня", "січень", "ocak", "ianuarie", "ian", "január", "jaanuar",
                        "sausio", "janvāris", "janvārī", "januára", "gener", "siječnja", "siječanj", "ιανουαρίου",
                        "ιανουάριος", "ιαν", "jannar", "xaneiro", "urtarrila", "tháng1",
                        "يناير", "ژانویه", "ינואר", "जनवरी"},
                {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
                        "fevereiro", "fev", "februari", "luty", "lutego", "únor", "února", "helmikuu", "helmikuuta",
                        "февраля", "февраль", "фев", "февр", "лютого", "лютий", "şubat", "subat", "februarie",
                        "február", "veebruar", "vasario", "februāris", "februārī", "februára", "febrer", "veljače",
                        "veljača", "φεβρουαρίου", "φεβρουάριος", "φεβ", "frar", "febreiro", "otsaila",
                        "فبراير", "شباط", "فوریه", "פברואר", "फ़रवरी", "फरवरी"},
                {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt",
                        "marzec", "marca", "březen", "března", "maaliskuu", "maaliskuuta", "марта", "март", "мар",
                        "березня", "березень", "mart", "martie", "március", "märts", "kovo", "marts", "martā",
                        "marec", "març", "ožujka", "ožujak", "μαρτίου", "μάρτιος", "μαρ", "marzu", "martxoa", "maret",
                        "mac",
                        "مارس", "آذار", "מרץ", "मार्च"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "duben",
                        "dubna", "huhtikuu", "huhtikuuta", "апреля", "апрель", "апр", "квітня", "квітень", "nisan",
                        "aprilie", "április", "aprill", "balandžio", "aprīlis", "aprīlī", "apríla", "travnja",
                        "travanj", "απριλίου", "απρίλιος", "απρ", "april", "apirila",
                        "أبريل", "ابريل", "إبريل", "نيسان", "آوریل", "אפריל", "अप्रैल"},
                {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "květen", "května",
                        "toukokuu", "toukokuuta", "мая", "май", "травня", "травень", "mayıs", "mayis", "május",
                        "gegužės", "maijs", "maijā", "mája", "maig", "svibnja", "svibanj", "μαΐου", "μαΐος", "μαϊ",
                        "mejju", "maiatza",
                        "مايو", "أيار", "ايار", "מאי", "मई"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "červen",
                        "června", "kesäkuu", "kesäkuuta", "июня", "июнь", "июн", "червня", "червень", "haziran",
                        "iunie", "június", "juuni", "birželio", "jūnijs", "jūnijā", "júna", "juny", "lipnja",
                        "lipanj", "ιουνίου", "ιούνιος", "ιουν", "ġunju", "xuño", "ekaina",
                        "يونيو", "يونيه", "حزيران", "ژوئن", "יוני", "जून"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca",
                        "červenec", "července", "heinäkuu", "heinäkuuta", "июля", "июль", "июл", "липня", "липень",
                        "temmuz", "iulie", "július", "juuli", "liepos", "jūlijs", "jūlijā", "júla", "juliol",
                        "srpnja", "srpanj", "ιουλίου", "ιούλιος", "ιουλ", "lulju", "xullo", "uztaila", "julai",
                        "يوليو", "يوليه", "تموز", "ژوئیه", "יולי", "जुलाई"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "srpen",
                        "srpna", "elokuu", "elokuuta", "августа", "август", "авг", "серпня", "серпень", "ağustos",
                        "agustos", "augusztus", "rugpjūčio", "augusts", "augustā", "augusta", "agost", "kolovoza",
                        "kolovoz", "αυγούστου", "αύγουστος", "αυγ", "awwissu", "abuztua", "agustus", "ogos",
                        "augusti",
                        "أغسطس", "اغسطس", "اوت", "אוגוסט", "अगस्त"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro",
                        "wrzesień", "września", "září", "syyskuu", "syyskuuta", "сентября", "сентябрь", "сен",
                        "сент", "вересня", "вересень", "eylül", "eylul", "septembrie", "szeptember", "rugsėjo",
                        "septembris", "septembrī", "septembra", "setembre", "rujna", "rujan", "σεπτεμβρίου",
                        "σεπτέμβριος", "σεπ", "settembru", "setembro", "iraila",
                        "سبتمبر", "أيلول", "ايلول", "سپتامبر", "ספטמבר", "सितंबर", "सितम्बर"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                        "październik", "października", "říjen", "října", "lokakuu", "lokakuuta", "октября",
                        "октябрь", "окт", "жовтня", "жовтень", "ekim", "octombrie", "október", "oktoober", "spalio",
                        "oktobris", "oktobrī", "októbra", "octubre", "listopada", "listopad", "οκτωβρίου",
                        "οκτώβριος", "οκτ", "ottubru", "outubro", "urria",
                        "أكتوبر", "اكتوبر", "اکتبر", "אוקטובר", "अक्टूबर"},
                {"november", "nov", "novembre", "noviembre", "novembro", "marraskuu", "marraskuuta", "ноября",
                        "ноябрь", "ноя", "нояб", "листопада", "листопад", "kasım", "kasim", "noiembrie", "lapkričio",
                        "novembris", "novembrī", "novembra", "novembre", "studenoga", "studeni", "νοεμβρίου",
                        "νοέμβριος", "νοε", "novembru", "azaroa",
                        "نوفمبر", "نوامبر", "נובמבר", "नवंबर", "नवम्बर"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                        "dicembre", "dezembro", "grudzień", "grudnia", "prosinec", "prosince", "joulukuu",
                        "joulukuuta", "декабря", "декабрь", "дек", "грудня", "грудень", "aralık", "aralik",
                        "decembrie", "detsember", "gruodžio", "decembris", "decembrī", "decembra", "desembre",
                        "prosinca", "δεκεμβρίου", "δεκέμβριος", "δεκ", "diċembru", "decembro", "abendua",
                        "desember", "disember",
                        "ديسمبر", "دسامبر", "דצמבר", "दिसंबर", "दिसम्बर"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.putIfAbsent(n, m + 1);
            }
        }
        // Czech and Polish "listopad" (November) are far more common on news pages than Croatian.
        MONTHS.put("listopad", 11);
        MONTHS.put("listopada", 11);
    }

    private static final String MONTH_RE = "([\\p{L}\\p{M}]{3,14})\\.?";
    /** An optional time after a date: "20:47", "at 8:47 pm", "um 10.30 Uhr", "- 14h05", with an optional zone. */
    private static final String TIME_RE = "(?:[,\\s]+(?:at\\s+|um\\s+|à\\s+|a\\s+las\\s+|alle\\s+|kl\\.?\\s+|klo\\s+|о\\s+|в\\s+|-\\s*|\\|\\s*|/\\s*)?"
            + "(\\d{1,2})[:.h](\\d{2})(?![\\d.]\\d)(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr|h)?"
            + "(?:\\s*(?:(?:GMT|UTC)\\s*([+-]\\d{1,2}(?::?\\d{2})?)?|([+-]\\d{2}:?\\d{2})|\\b(Z)\\b))?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s+|\\s*,\\s*)(\\d{1,2}):(\\d{2})(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}(?!\\d)|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|e|º|\\.)?\\s*(?:de\\s+|of\\s+)?" + MONTH_RE + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)(?:\\s*(?:г\\.?|р\\.?|года|року|m\\.|\\.))?" + TIME_RE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_RE + "\\s+(\\d{1,2})(?:st|nd|rd|th|\\.)?,?\\s+(\\d{4})(?!\\d)" + TIME_RE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Turkish, Hungarian, Lithuanian, Latvian: year first, then the month name ("2020. március 17."). */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d])(\\d{4})\\.?\\s+(?:m\\.\\s+)?" + MONTH_RE + "\\s+(\\d{1,2})\\.?(?!\\d)" + TIME_RE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d.:/])(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)" + TIME_RE);
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d.:/])(\\d{4})\\s?([./])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?![\\d/]|\\.\\d)\\.?" + TIME_RE);
    /** Chinese, Japanese, Korean: 2016年3月17日 / 2016년 3월 17일, then an optional time. */
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?(?:[\\s(（]*(?:[日月火水木金土一二三四五六天]|[월화수목금토일]요일)?[)）]?)?"
                    + "(?:\\s*(?:(?:上午|午前|오전)|(?:下午|午後|오후))?\\s*(\\d{1,2})\\s*[:時时시]\\s*(\\d{2}))?");

    private DateParser() {
    }

    /** A date found in a text: its ISO form, where it is, and whether it carries a time of day. */
    public record Found(String iso, int start, int end, boolean hasTime) {
        /** The day, {@code YYYY-MM-DD}. */
        public String day() {
            return iso.substring(0, 10);
        }
    }

    /** Parses a date anywhere in {@code s} (the first one, day-first for numeric dates); null when none is found. */
    public static String parse(String s) {
        return parse(s, false);
    }

    /**
     * Parses a date anywhere in {@code s}; null when none is found. A structured value (ISO form) is
     * preferred to a written one wherever they sit, as the string is usually a machine-made field.
     *
     * @param monthFirst read an ambiguous numeric date like 03/04/2020 as month/day (US usage)
     */
    public static String parse(String s, boolean monthFirst) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 400) {
            t = t.substring(0, 400);
        }
        t = asciiDigits(t);
        String r = parseIso(t);
        if (r != null) {
            return r;
        }
        List<Found> all = findAll(t, monthFirst, 1);
        return all.isEmpty() ? epoch(t) : all.get(0).iso();
    }

    /** Every date in {@code s}, in order of position, at most {@code max}. */
    public static List<Found> findAll(String s, boolean monthFirst, int max) {
        List<Found> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        String t = asciiDigits(s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s);
        Matcher m = ISO.matcher(t);
        while (m.find()) {
            String r = iso(m);
            if (r != null) {
                out.add(new Found(r, m.start(), m.end(), m.group(4) != null));
            }
        }
        m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                add(out, build(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m, 4), m, 4);
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                add(out, build(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), m, 4), m, 4);
            }
        }
        m = YEAR_MONTH_DAY.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                add(out, build(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)), m, 4), m, 4);
            }
        }
        m = NUMERIC_YMD.matcher(t);
        while (m.find()) {
            add(out, build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m, 5), m, 5);
        }
        m = NUMERIC_DMY.matcher(t);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String yy = m.group(4);
            if (yy.length() == 2 && !m.group(2).equals(".")) {
                // "3/4/20" is too ambiguous to be worth reading; "03.04.20" is a common German form.
                continue;
            }
            int year = yy.length() == 2 ? 2000 + Integer.parseInt(yy) : Integer.parseInt(yy);
            // Day first is the norm outside the US, and dots are never month-first; a field over 12
            // settles it either way.
            boolean mdy = monthFirst && !m.group(2).equals(".");
            if (a > 12 && b <= 12) {
                mdy = false;
            } else if (b > 12 && a <= 12) {
                mdy = true;
            }
            add(out, build(year, mdy ? a : b, mdy ? b : a, m, 5), m, 5);
        }
        m = CJK.matcher(t);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            int d = Integer.parseInt(m.group(3));
            if (!validDay(y, mo, d)) {
                continue;
            }
            String r = LocalDate.of(y, mo, d).toString();
            boolean time = false;
            if (m.group(4) != null) {
                int h = Integer.parseInt(m.group(4));
                int mi = Integer.parseInt(m.group(5));
                String g = m.group(0);
                if ((g.contains("下午") || g.contains("午後") || g.contains("오후")) && h < 12) {
                    h += 12;
                }
                if (h <= 23 && mi <= 59) {
                    r = format(LocalDateTime.of(y, mo, d, h, mi), null);
                    time = true;
                }
            }
            out.add(new Found(r, m.start(), m.end(), time));
        }
        out.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        // Overlapping matches are one date read two ways: keep the first (longest at a position).
        List<Found> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : out) {
            if (f.start() >= lastEnd) {
                kept.add(f);
                lastEnd = f.end();
                if (kept.size() >= max) {
                    break;
                }
            }
        }
        return kept;
    }

    /** Arabic-Indic, Persian, Devanagari and other decimal digits as ASCII, one char for one (offsets stay valid). */
    static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static void add(List<Found> out, String iso, Matcher m, int timeGroup) {
        if (iso != null) {
            out.add(new Found(iso, m.start(), m.end(), iso.length() > 10));
        }
    }

    /** A Unix time in seconds or milliseconds, as some CMSs put in meta tags; null otherwise. */
    private static String epoch(String t) {
        if (!t.matches("\\d{10}|\\d{13}")) {
            return null;
        }
        long secs = Long.parseLong(t);
        if (t.length() == 13) {
            secs /= 1000;
        }
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(secs, 0, ZoneOffset.UTC);
        if (ldt.getYear() < MIN_YEAR || ldt.getYear() > MAX_YEAR) {
            return null;
        }
        return format(ldt, ZoneOffset.UTC);
    }

    /** ISO 8601 and its common variants; null when {@code s} does not hold one. */
    static String parseIso(String s) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            String r = iso(m);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static String iso(Matcher m) {
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
        return format(ldt, offset(m.group(7)));
    }

    /** "Z", "UTC", "+02:00", "+0200", "+02", "+2" to an offset; null when absent or not one. */
    static ZoneOffset offset(String zone) {
        if (zone == null || zone.isEmpty()) {
            return null;
        }
        if (zone.equals("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        try {
            String z = zone.replace(":", "");
            char sign = z.charAt(0);
            String digits = z.substring(1);
            int h;
            int mi = 0;
            if (digits.length() <= 2) {
                h = Integer.parseInt(digits);
            } else if (digits.length() == 3) {
                h = Integer.parseInt(digits.substring(0, 1));
                mi = Integer.parseInt(digits.substring(1));
            } else {
                h = Integer.parseInt(digits.substring(0, 2));
                mi = Integer.parseInt(digits.substring(2, 4));
            }
            if (h > 14 || mi > 59) {
                return null;
            }
            int total = h * 3600 + mi * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return null;
        }
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
        if (ampm != null && (ampm.toLowerCase(Locale.ROOT).startsWith("a") || ampm.toLowerCase(Locale.ROOT).startsWith("p"))) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (h > 12) {
                return LocalDate.of(y, mo, d).toString();
            }
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        if (h > 23 || mi > 59 || sec > 59) {
            return LocalDate.of(y, mo, d).toString();
        }
        String zone = m.group(timeGroup + 4) != null ? m.group(timeGroup + 4)
                : m.group(timeGroup + 5) != null ? m.group(timeGroup + 5)
                : m.group(timeGroup + 6);
        ZoneOffset off = offset(zone);
        if (off == null && m.group(0).matches("(?is).*\\b(GMT|UTC)\\s*$")) {
            off = ZoneOffset.UTC;
        }
        return format(LocalDateTime.of(y, mo, d, h, mi, sec), off);
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

    /** The day of an ISO value as a {@link LocalDate}; null when not parseable. */
    static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
