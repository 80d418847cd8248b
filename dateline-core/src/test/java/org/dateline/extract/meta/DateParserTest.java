package org.dateline.extract.meta;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Date formats as real pages print them (each example taken from a page of the dev sets or the seed). */
class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            2024-05-03T15:47:42.389Z                          # 2024-05-03T15:47:42Z
            2023-05-15T09:00:37+00:00                         # 2023-05-15T09:00:37Z
            2020-06-29T00:16:15+03:00                         # 2020-06-29T00:16:15+03:00
            2020-12-05T23:15:0Z                               # 2020-12-05T23:15:00Z
            2020-08-25|00h23                                  # 2020-08-25
            Mon, 05 Aug 2024 12:47:21 GMT                     # 2024-08-05T12:47:21Z
            17 Mar, 2016 20:47                                # 2016-03-17T20:47
            13 Jan 2020, 22:11 GMT+10                         # 2020-01-13T22:11:00+10:00
            Sunday, July 05, 2020                             # 2020-07-05
            March 17th, 2016 at 8:47 pm                       # 2016-03-17T20:47
            Stand: 20. April 2020, 14:57 Uhr                  # 2020-04-20T14:57
            28.04.2020 18:00 Uhr                              # 2020-04-28T18:00
            | 17 de Febrero 2020                              # 2020-02-17
            le 9 décembre 2019 à 19h00                        # 2019-12-09T19:00
            mandag 5. august kl. 14:47                        # null
            5. august 2024 kl. 14:47                          # 2024-08-05T14:47
            30 Kasım 2020                                     # 2020-11-30
            28 июня 2020 г.                                   # 2020-06-28
            2025. június 5.                                   # 2025-06-05
            الأربعاء، 07 أكتوبر 2020 - 12:09 م                 # 2020-10-07T12:09
            ٠٧ أكتوبر ٢٠٢٠                                     # 2020-10-07
            2016年3月17日 20:47                                # 2016-03-17T20:47
            2025년 1월 29일 오후 6:40                            # 2025-01-29T18:40
            2020/04/17 01:43:09                               # 2020-04-17T01:43:09
            Copyright 1880-2026                               # null
            31.02.2020                                        # null
            """)
    void parsesWhatPagesPrint(String text, String expected) {
        assertThat(DateParser.parse(text)).isEqualTo("null".equals(expected) ? null : expected);
    }

    @Test
    void numericDatesAreDayFirstUnlessTheyCannotBe() {
        assertThat(DateParser.parse("03/04/2020")).isEqualTo("2020-04-03");
        assertThat(DateParser.parse("03/04/2020", true)).isEqualTo("2020-03-04");
        assertThat(DateParser.parse("12/31/2019")).isEqualTo("2019-12-31");
        // Dots are never month-first.
        assertThat(DateParser.parse("03.04.2020", true)).isEqualTo("2020-04-03");
    }

    @Test
    void findAllGivesPositionsInOrder() {
        var found = DateParser.findAll("Updated 17 March 2020, published 2020-03-01 at 10:00", false, 5);
        assertThat(found).extracting(DateParser.Found::day).containsExactly("2020-03-17", "2020-03-01");
        assertThat(found.get(0).start()).isLessThan(found.get(1).start());
    }

    @Test
    void unixTimestamps() {
        assertThat(DateParser.parse("1588107198")).isEqualTo("2020-04-28T20:53:18Z");
        assertThat(DateParser.parse("1588107198000")).isEqualTo("2020-04-28T20:53:18Z");
    }
}
