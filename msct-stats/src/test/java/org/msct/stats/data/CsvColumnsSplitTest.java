package org.msct.stats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.core.error.InputDataException;

/**
 * Large files are read in two halves, block by block ({@link CsvStream}); the result must be exactly that of parsing
 * the whole file in one array ({@link CsvColumns#parse}), rows, values and error messages alike.
 */
class CsvColumnsSplitTest {
    private static final int ROWS = 300_000; // ~ 6 MB: above the 4 MiB threshold, so the default path splits it

    @TempDir
    Path dir;

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

    private CsvColumns read(byte[] b) throws IOException {
        Path p = dir.resolve("f.csv");
        Files.write(p, b);
        return CsvColumns.read(p, Set.of("time"), Set.of("time", "status"), Set.of("arm"));
    }

    private static void assertAllRows(CsvColumns c) {
        assertThat(c.rows()).isEqualTo(ROWS);
        double[] t = c.numeric("time");
        for (int i = 0; i < ROWS; i++) assertThat(t[i]).isEqualTo(i);
    }

    @Test
    void a_quoted_line_break_across_the_middle_falls_back_to_one_piece() throws IOException {
        // the split is the first line start after the middle byte: put the quoted break a few rows before the middle
        byte[] probe = file(-1, -1);
        int middleRow = 0;
        for (int i = 0, lines = 0; i < probe.length / 2; i++) if (probe[i] == '\n') middleRow = ++lines - 1;
        for (int r = middleRow - 2; r <= middleRow + 2; r++) {
            CsvColumns c = read(file(r, -1));
            assertAllRows(c);
            assertThat(c.text("arm").levels()).contains("act\nive");
        }
    }

    @Test
    void an_error_in_the_second_half_names_its_row() {
        assertThatThrownBy(() -> read(file(-1, 250_000)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 250001")
                .hasMessageContaining("x250000");
        assertThatThrownBy(() -> read(file(10, 250_000))).hasMessageContaining("row 250001");
    }

    @Test
    void quoted_fields_in_either_half_keep_every_row() throws IOException {
        assertAllRows(read(file(ROWS - 5, -1)));
        assertAllRows(read(file(5, -1)));
    }

    /**
     * Seeded random files with every feature the parser knows (quoted fields with commas, doubled quotes and line
     * breaks, CRLF, blank lines, empty fields, NA, a BOM, bad numbers, wrong field counts), read in pieces with tiny
     * blocks so that cuts fall everywhere, against the one-array parse.
     */
    @Test
    void pieces_and_tiny_blocks_give_the_one_piece_result() throws IOException {
        Random rnd = new Random(20261122);
        int errors = 0;
        for (int k = 0; k < 400; k++) {
            byte[] text = randomCsv(rnd, 1 + rnd.nextInt(60));
            Path p = dir.resolve("r" + k + ".csv");
            Files.write(p, text);
            Set<String> num = Set.of("time", "status");
            Set<String> txt = Set.of("arm", "id");
            Object whole;
            try {
                whole = fingerprint(CsvColumns.parse(p.toString(), text, Set.of("time"), num, txt));
            } catch (InputDataException e) {
                whole = e.getMessage();
                errors++;
            }
            int block = 1 + rnd.nextInt(120);
            Object pieces;
            try {
                pieces = fingerprint(CsvColumns.read(p, Set.of("time"), num, txt, 0, block));
            } catch (InputDataException e) {
                pieces = e.getMessage();
            }
            assertThat(pieces)
                    .as("file %d, block %d:%n%s", k, block, new String(text, StandardCharsets.UTF_8))
                    .isEqualTo(whole);
        }
        assertThat(errors).as("files with an error among the 400").isBetween(40, 360);
    }

    private static String fingerprint(CsvColumns c) {
        StringBuilder sb = new StringBuilder().append(c.rows()).append('|');
        for (double v : c.numeric("time"))
            sb.append(Double.doubleToRawLongBits(v)).append(',');
        for (double v : c.numeric("status"))
            sb.append(Double.doubleToRawLongBits(v)).append(',');
        for (String col : new String[] {"arm", "id"}) {
            CsvColumns.TextColumn t = c.text(col);
            for (int r = 0; r < c.rows(); r++) sb.append(t.value(r)).append('\u0001');
        }
        return sb.toString();
    }

    private static byte[] randomCsv(Random rnd, int rows) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(10) == 0) sb.append('\uFEFF');
        String eol = rnd.nextBoolean() ? "\n" : "\r\n";
        sb.append("id,arm,time,status").append(eol);
        boolean bad = rnd.nextInt(3) == 0;
        for (int i = 0; i < rows; i++) {
            if (rnd.nextInt(15) == 0) sb.append(eol); // blank line
            String[] arms = {"active", "placebo", "\"act,ive\"", "\"pla\"\"cebo\"", "\"two\nlines\"", "", "\"\""};
            String time =
                    switch (rnd.nextInt(8)) {
                        case 0 -> "";
                        case 1 -> "NA";
                        case 2 -> "1e-3";
                        case 3 -> "\"" + rnd.nextInt(100) + "\"";
                        default -> Double.toString(rnd.nextInt(100000) / 1000.0);
                    };
            if (bad && rnd.nextInt(rows) == 0) time = "x" + i;
            sb.append("S")
                    .append(i)
                    .append(',')
                    .append(arms[rnd.nextInt(arms.length)])
                    .append(',');
            sb.append(time).append(',').append(rnd.nextInt(2));
            if (bad && rnd.nextInt(rows) == 0) sb.append(",extra");
            if (i < rows - 1 || rnd.nextBoolean()) sb.append(eol);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
