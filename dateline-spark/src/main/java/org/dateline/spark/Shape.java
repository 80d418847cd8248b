package org.dateline.spark;

import org.apache.spark.sql.Row;
import org.dateline.record.Failure;
import org.dateline.record.Record;
import org.dateline.record.RecordJson;

import java.io.Serializable;

/**
 * What a task makes of each outcome, on the executor: a row of {@link RecordRows#SCHEMA} (for
 * Parquet and for queries in Spark) or the record's JSON line exactly as {@code dateline extract}
 * prints it. JSON lines are written by core's {@link RecordJson}, not by Spark's JSON writer, which
 * leaves null fields out and would give an error record every column: the record contract keeps
 * every extraction field (null when absent) and gives a failed input only {@code input} and
 * {@code error}.
 */
interface Shape<T> extends Serializable {

    T record(Record record);

    T failure(Failure failure);

    /** Rows of {@link RecordRows#SCHEMA}. */
    Shape<Row> ROWS = new Shape<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public Row record(Record record) {
            return RecordRows.of(record);
        }

        @Override
        public Row failure(Failure failure) {
            return RecordRows.of(failure);
        }
    };

    /** JSON lines of the record contract. */
    Shape<String> JSON_LINES = new Shape<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public String record(Record record) {
            return RecordJson.toJson(record);
        }

        @Override
        public String failure(Failure failure) {
            return RecordJson.toJson(failure);
        }
    };
}
