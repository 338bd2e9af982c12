package org.msct.stats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;

/** Files above the parallel threshold (4 MiB) are parsed in two halves; the halves must not change the result. */
class CsvColumnsSplitTest {
    private static final int ROWS = 300_000; // ~ 6 MB: split in two

    /** Row i: id, arm, time = i, status = i % 2; the arm of row {@code quotedRow} is quoted with a line break. */
    private static byte[] file(int quotedRow, int badRow) {
        StringBuilder sb = new StringBuilder("id,arm,time,status\n");
        for (int i = 0; i < ROWS; i++) {
            String arm = i == quotedRow ? "\"act\nive\"" : (i % 3 == 0 ? "placebo" : "active");
            String time = i == badRow ? "x" + i : Integer.toString(i);
            sb.append("S")
                    .append(i)
                    .append(',')
                    .append(arm)
                    .append(',')
                    .append(time)
                    .append(',')
                    .append(i % 2)
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static CsvColumns parse(byte[] b) {
        return CsvColumns.parse("f.csv", b, Set.of("time"), Set.of("time", "status"), Set.of("arm"));
    }

    private static void assertAllRows(CsvColumns c) {
        assertThat(c.rows()).isEqualTo(ROWS);
        double[] t = c.numeric("time");
        for (int i = 0; i < ROWS; i++) assertThat(t[i]).isEqualTo(i);
    }

    @Test
    void a_quoted_line_break_across_the_middle_falls_back_to_one_piece() {
        // the split is the first line start after the middle byte: put the quoted break a few rows before the middle
        byte[] probe = file(-1, -1);
        int middleRow = 0;
        for (int i = 0, lines = 0; i < probe.length / 2; i++) if (probe[i] == '\n') middleRow = ++lines - 1;
        for (int r = middleRow - 2; r <= middleRow + 2; r++) {
            CsvColumns c = parse(file(r, -1));
            assertAllRows(c);
            assertThat(c.text("arm").levels()).contains("act\nive");
        }
    }

    @Test
    void an_error_in_the_second_half_names_its_row() {
        assertThatThrownBy(() -> parse(file(-1, 250_000)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 250001")
                .hasMessageContaining("x250000");
        assertThatThrownBy(() -> parse(file(10, 250_000))).hasMessageContaining("row 250001");
    }

    @Test
    void quoted_fields_in_the_second_half_only_keep_the_split() {
        CsvColumns c = parse(file(ROWS - 5, -1));
        assertAllRows(c);
    }
}
