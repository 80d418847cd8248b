package org.dateline.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * A record's {@code published} (or {@code modified}) as typed columns, without inventing what the
 * page did not state: the instant only when the page gave an offset; the local date-time as
 * written when it gave a time; the calendar day whenever it gave one.
 *
 * @param instantMillis  epoch milliseconds of the instant, or null when no offset was stated
 * @param localMillis    the local date-time as written, as a zone-less timestamp (milliseconds of
 *                       that wall-clock time read in UTC, as Parquet stores local timestamps), or
 *                       null when only the day is known
 * @param epochDay       the day as written (days since 1970-01-01), or null when it does not parse
 * @param offsetMinutes  the stated offset from UTC in minutes ({@code Z} is 0), or null when none was stated
 */
record PublishedTime(Long instantMillis, Long localMillis, Integer epochDay, Integer offsetMinutes) {

    static final PublishedTime NONE = new PublishedTime(null, null, null, null);

    static PublishedTime of(String iso) {
        if (iso == null || iso.isBlank()) {
            return NONE;
        }
        String s = iso.strip();
        try {
            if (s.length() <= 10) {
                return new PublishedTime(null, null, (int) LocalDate.parse(s).toEpochDay(), null);
            }
            if (s.matches(".*T.*[+-]\\d{4}$")) {
                s = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
            }
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            if (t instanceof OffsetDateTime o) {
                LocalDateTime local = o.toLocalDateTime();
                return new PublishedTime(o.toInstant().toEpochMilli(), local.toInstant(ZoneOffset.UTC).toEpochMilli(),
                        (int) local.toLocalDate().toEpochDay(), o.getOffset().getTotalSeconds() / 60);
            }
            LocalDateTime local = (LocalDateTime) t;
            return new PublishedTime(null, local.toInstant(ZoneOffset.UTC).toEpochMilli(),
                    (int) local.toLocalDate().toEpochDay(), null);
        } catch (DateTimeParseException | ClassCastException e) {
            return NONE;
        }
    }
}
