package org.dateline.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {

    @Test
    void cellsStartingWithAFormulaCharacterGetASingleQuote() {
        for (String danger : new String[] {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"}) {
            assertThat(Cells.neutralise(danger)).isEqualTo("'" + danger);
        }
        for (String safe : new String[] {"", "Pentagon", " =x", "'quoted", "1-2", "a=b", "{\"a\":1}", "[1]"}) {
            assertThat(Cells.neutralise(safe)).isEqualTo(safe);
        }
    }

    @Test
    void excelCellsAreCutWithoutSplittingACharacter() {
        String s = "a".repeat(Cells.EXCEL_MAX - Cells.CUT.length() - 1) + "😀" + "b".repeat(100);
        String cut = Cells.fit(s);
        assertThat(cut).hasSizeLessThanOrEqualTo(Cells.EXCEL_MAX).endsWith(Cells.CUT);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - Cells.CUT.length() - 1))).isFalse();
        String exact = "x".repeat(Cells.EXCEL_MAX);
        assertThat(Cells.fit(exact)).isSameAs(exact);
        assertThat(Cells.cell("=x".repeat(20_000), Cells.Dialect.EXCEL)).startsWith("'=x").hasSize(Cells.EXCEL_MAX);
        assertThat(Cells.cell(null, Cells.Dialect.EXCEL)).isNull();
    }
}
