package org.msct.trial.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level CSV reader gives the rows (or the syntax error message) that fastcsv's strict parser gives through
 * {@link SharingCsvHandler} ({@link CsvRowSource}), the reference: hand-picked edge cases (quotes, CR/LF/CRLF, BOM,
 * empty lines, a missing last line end, multi-byte UTF-8) and seeded random texts, with small buffers so that
 * records cross buffer boundaries.
 */
class ByteCsvRowSourceTest {
    @TempDir
    Path tmp;

    private int file;

    /** Rows as lists, or "ERROR: message", as read by fastcsv. */
    private List<Object> reference(byte[] data) throws IOException {
        Path p = tmp.resolve("f" + file++ + ".csv");
        Files.write(p, data);
        return drain(new CsvRowSource(p));
    }

    private List<Object> bytes(byte[] data, int buffer) throws IOException {
        return drain(new ByteCsvRowSource(new ByteArrayInputStream(data), buffer));
    }

    /** Header, every row, and the syntax error that ended the reading if one did. */
    private static List<Object> drain(RowSource source) throws IOException {
        List<Object> out = new ArrayList<>();
        try (RowSource s = source) {
            out.add(s.header());
            String[] r;
            while ((r = s.next()) != null) out.add(List.of(r.clone()));
        } catch (RowSource.SyntaxException e) {
            out.add("ERROR: " + e.getMessage());
        }
        return out;
    }

    private void same(String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        List<Object> ref = reference(data);
        for (int buffer : new int[] {16, 17, 23, 64, 1 << 16}) {
            assertThat(bytes(data, buffer))
                    .as("%s (buffer %d)", text.replace("\r", "\\r").replace("\n", "\\n"), buffer)
                    .isEqualTo(ref);
        }
    }

    @Test
    void b01_edge_cases_read_as_fastcsv_reads_them() throws IOException {
        String[] cases = {
            "",
            "A,B\r\n",
            "A,B\r\n1,2\r\n3,4\r\n",
            "A,B\n1,2\n3,4",
            "A,B\r1,2\r3,4\r",
            "\uFEFFA,B\r\n1,2\r\n",
            "A,B\r\n\r\n1,2\r\n\n\n3,4\r\n\r\n",
            "A,B\r\n1,\"x,y\"\r\n",
            "A,B\r\n1,\"x\"\"y\"\r\n",
            "A,B\r\n1,\"line\r\nbreak\"\r\n2,3\r\n",
            "A,B\r\n1,\"line\nbreak\rx\"\r\n2,3\r\n",
            "A,B\r\n1,\"\"\r\n",
            "A,B\r\n\"\"\r\n",
            "A,B\r\n1,2,\r\n",
            "A,B\r\n1,2,",
            "A,B\r\n,\r\n",
            "A,B\r\n1\r\n",
            "A,B\r\n1,2,3\r\n",
            "A,B\r\n1,ab\"c\r\n",
            "A,B\r\n1,\"ab\"c\r\n",
            "A,B\r\n1,\"ab\r\n",
            "A,B\r\n1,\"ab\"",
            "A,B\r\n1,\"ab\"\"",
            "A,B\r\n\"1\",\"2\"\r\n\"1\",2\r\n",
            "A,B\r\nCaf\u00e9,\u00e9\u20ac\r\n\u00e9,\"\u00e9\"\u00e9\r\n",
            "A,B\r\n\"x\"\u00e9\r\n",
            "A,B\r\n \"x\",y\r\n",
            "A,B\r\nFIX-01-001,2014-03-01\r\nFIX-01-001,2014-03-01\r\nFIX-01-002,2014-03-01\r\n",
        };
        for (String c : cases) same(c);
    }

    @Test
    void b02_random_texts_read_as_fastcsv_reads_them() throws IOException {
        Random rnd = new Random(20261122L);
        String[] atoms = {
            "a", "b", "1", "0", "9", "\u00e9", ",", ",", "\"", "\"\"", "\r", "\n", "\r\n", "\r\n", "xy", " "
        };
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "" : "\uFEFF");
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) sb.append(atoms[rnd.nextInt(atoms.length)]);
            same(sb.toString());
        }
    }

    @Test
    void b03_repeated_values_of_a_column_are_one_instance() throws IOException {
        byte[] data = "A,B\r\nFIX,x\r\nFIX,\"x\"\r\n".getBytes(StandardCharsets.UTF_8);
        try (RowSource s = new ByteCsvRowSource(new ByteArrayInputStream(data), 1024)) {
            s.header();
            String[] r1 = s.next().clone();
            String[] r2 = s.next().clone();
            assertThat(r2[0]).isSameAs(r1[0]);
            assertThat(r2[1]).isSameAs(r1[1]);
            assertThat(s.next()).isNull();
        }
        assertThat(Arrays.asList("x")).isNotNull();
    }
}
