package org.dateline.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Record dates ({@code published}) as instants for ranges and sorting. */
public final class Dates {

    private Dates() {
    }

    /**
     * Epoch milliseconds of an ISO 8601 date as records carry it: with an offset, local (read as
     * UTC: the page stated no zone), or a day alone (its start, UTC). Null when it does not parse.
     */
    public static Long millis(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.strip();
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(s.matches(".*[+-]\\d{4}$") ? s.substring(0, s.length() - 2) + ":"
                        + s.substring(s.length() - 2) : s).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A user's date bound ({@code --from}, {@code --to}, {@code from=}): a day ({@code today} and
     * {@code yesterday} too, in UTC), or a full ISO time.
     * For an upper bound given as a day, the whole day is included.
     *
     * @throws IllegalArgumentException naming the value when it is not a date
     */
    public static long bound(String value, boolean upper) {
        String s = value.strip();
        if (s.equalsIgnoreCase("today") || s.equalsIgnoreCase("yesterday")) {
            // Days in UTC, as every day bound is: `--from today` finds what the last watch round brought.
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            s = (s.equalsIgnoreCase("today") ? today : today.minusDays(1)).toString();
        }
        try {
            if (s.matches("\\d{4}")) {
                s = upper ? s + "-12-31" : s + "-01-01";
            } else if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(s + "-01");
                s = (upper ? first.plusMonths(1).minusDays(1) : first).toString();
            }
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                Instant start = d.atStartOfDay(ZoneOffset.UTC).toInstant();
                return upper ? start.plusSeconds(86_400).toEpochMilli() - 1 : start.toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: \"" + value + "\" (use YYYY-MM-DD)");
        }
        Long m = millis(s);
        if (m == null) {
            throw new IllegalArgumentException("not a date: \"" + value + "\" (use YYYY-MM-DD)");
        }
        return m;
    }
}
