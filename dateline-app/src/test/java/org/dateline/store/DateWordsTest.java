package org.dateline.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --from today} and {@code yesterday}: UTC days, as every day bound. */
class DateWordsTest {

    @Test
    void todayAndYesterdayAreUtcDays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(Dates.bound("today", false)).isEqualTo(today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        assertThat(Dates.bound("Yesterday", true))
                .isEqualTo(today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1);
        assertThatThrownBy(() -> Dates.bound("tomorrowish", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
