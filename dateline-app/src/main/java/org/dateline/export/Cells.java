package org.dateline.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** What every CSV cell of an export goes through: formula neutralising, and Excel's limits. */
public final class Cells {

    /** Excel keeps at most this many characters in a cell (and drops the rest without a word). */
    public static final int EXCEL_MAX = 32_767;
    /** Written at the end of a cell cut to {@link #EXCEL_MAX}: the cut is visible, and says where the rest is. */
    static final String CUT = " […cut at Excel's 32,767-character cell limit; the full text is in the JSON Lines or Parquet export]";

    /** How a CSV file is written. */
    public enum Dialect {
        /** RFC 4180, UTF-8 without a byte order mark, cells whole. */
        PLAIN,
        /** For Excel: a UTF-8 byte order mark (else Excel reads the file as the system code page), long cells cut. */
        EXCEL
    }

    private Cells() {
    }

    /** A CSV writer with a header row of {@code columns}; with {@link Dialect#EXCEL} it first writes the byte order mark. */
    static SequenceWriter writer(Writer writer, List<String> columns, Dialect dialect) throws IOException {
        if (dialect == Dialect.EXCEL) {
            writer.write('\uFEFF');
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : columns) {
            schema.addColumn(c);
        }
        return new CsvMapper().writer(schema.build()).writeValues(writer);
    }

    /** A value as its cell: neutralised, and in the Excel dialect cut to fit. Null stays null (an empty cell). */
    static String cell(String value, Dialect dialect) {
        if (value == null) {
            return null;
        }
        String v = neutralise(value);
        return dialect == Dialect.EXCEL ? fit(v) : v;
    }

    /**
     * The OWASP rule against CSV (formula) injection: a cell that starts with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote, which
     * spreadsheets show as text and do not evaluate. Quoting the cell is the CSV writer's part.
     */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** Cuts a cell longer than {@link #EXCEL_MAX} characters (UTF-16 units, as Excel counts) and marks the cut. */
    static String fit(String value) {
        if (value.length() <= EXCEL_MAX) {
            return value;
        }
        int keep = EXCEL_MAX - CUT.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never half a character
        }
        return value.substring(0, keep) + CUT;
    }
}
