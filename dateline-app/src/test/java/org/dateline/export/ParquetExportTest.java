package org.dateline.export;

import org.dateline.record.Record;
import org.dateline.store.StoredArticle;
import org.dateline.store.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Parquet export read back by DuckDB, an independent reader (as Spark, pandas or Polars would be). */
class ParquetExportTest {

    @TempDir
    Path dir;

    private static StoredArticle stored(String id, String published) {
        Record r = TestRecords.record("https://example.com/" + id, "example.com", "Title " + id, published, "en",
                TestRecords.body(id, 5), List.of(), List.of());
        return new StoredArticle(id, id, null, org.dateline.record.RecordJson.toJson(r));
    }

    @Test
    void aPublishedTimeWithoutOffsetKeepsItsLocalTimeAndIsNotReadAsUtc() throws Exception {
        Path file = dir.resolve("a.parquet");
        try (ParquetExport p = new ParquetExport(file)) {
            p.write(stored("local", "2016-03-17T20:47"));            // RT: a time, no zone stated
            p.write(stored("offset", "2024-05-03T15:47:42+02:00"));  // a time with its offset
            p.write(stored("utc", "2016-03-18T10:00:00Z"));
            p.write(stored("compact", "2021-01-05T08:00:00-0530"));
            p.write(stored("day", "2023-04-28"));                    // only the day
            p.write(stored("none", null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, published, epoch_ms(published_at), "
                     + "strftime(published_local, '%Y-%m-%dT%H:%M:%S'), CAST(published_date AS VARCHAR), "
                     + "published_offset_minutes, typeof(published_at), typeof(published_local), typeof(published_date), "
                     + "typeof(published_offset_minutes) FROM read_parquet('" + file + "') ORDER BY id")) {
            record Got(String published, Long at, String local, String date, Integer offset) {
            }
            java.util.Map<String, Got> got = new java.util.HashMap<>();
            while (rs.next()) {
                assertThat(rs.getString(7)).isEqualTo("TIMESTAMP WITH TIME ZONE");
                assertThat(rs.getString(8)).isEqualTo("TIMESTAMP");
                assertThat(rs.getString(9)).isEqualTo("DATE");
                assertThat(rs.getString(10)).isEqualTo("INTEGER");
                got.put(rs.getString(1), new Got(rs.getString(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6)));
            }
            assertThat(got.get("local")).isEqualTo(new Got("2016-03-17T20:47", null, "2016-03-17T20:47:00", "2016-03-17", null));
            assertThat(got.get("offset")).isEqualTo(new Got("2024-05-03T15:47:42+02:00",
                    java.time.Instant.parse("2024-05-03T13:47:42Z").toEpochMilli(), "2024-05-03T15:47:42", "2024-05-03", 120));
            assertThat(got.get("utc")).isEqualTo(new Got("2016-03-18T10:00:00Z",
                    java.time.Instant.parse("2016-03-18T10:00:00Z").toEpochMilli(), "2016-03-18T10:00:00", "2016-03-18", 0));
            assertThat(got.get("compact")).isEqualTo(new Got("2021-01-05T08:00:00-0530",
                    java.time.Instant.parse("2021-01-05T13:30:00Z").toEpochMilli(), "2021-01-05T08:00:00", "2021-01-05", -330));
            assertThat(got.get("day")).isEqualTo(new Got("2023-04-28", null, null, "2023-04-28", null));
            assertThat(got.get("none")).isEqualTo(new Got(null, null, null, null, null));
        }
    }
}
