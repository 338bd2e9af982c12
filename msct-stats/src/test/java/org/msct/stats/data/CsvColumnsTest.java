package org.msct.stats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;

class CsvColumnsTest {
    private static CsvColumns parse(String s) {
        return CsvColumns.parse(
                "f.csv", s.getBytes(StandardCharsets.UTF_8), Set.of("a"), Set.of("a", "c"), Set.of("b"));
    }

    @Test
    void csv01_numbers_parse_to_the_same_double_as_Double_parseDouble() {
        String[] samples = {
            "0",
            "1",
            "-2.5",
            "0.1",
            "3.14159265358979",
            "58.7652292950034",
            "2.67414864942653",
            "1e-3",
            "1E5",
            "0.00000000001",
            "123456789012345678",
            "0.30000000000000004",
            "-0",
            "+7",
            "1.7976931348623157E308"
        };
        StringBuilder sb = new StringBuilder("a,b\n");
        for (String s : samples) sb.append(s).append(",x\n");
        CsvColumns c = parse(sb.toString());
        for (int i = 0; i < samples.length; i++) {
            assertThat(c.numeric("a")[i]).as(samples[i]).isEqualTo(Double.parseDouble(samples[i]));
        }
    }

    /**
     * Random numbers written as R's fwrite and write.csv write them (15 or 17 significant digits, fixed or with an
     * exponent, small and large magnitudes), plus leading zeros and long digit strings: each must parse to exactly
     * Double.parseDouble's double.
     */
    @Test
    void csv01b_random_numbers_in_every_written_form_match_Double_parseDouble() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        String[] forms = {"%.15g", "%.17g", "%.14e", "%.16e", "%.6f", "%.3E", "%.0f"};
        java.util.List<String> samples = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextBoolean() ? -1 : 1) * r.nextDouble() * Math.pow(10, r.nextInt(-30, 30));
            String s = String.format(java.util.Locale.ROOT, forms[r.nextInt(forms.length)], v);
            if (r.nextInt(20) == 0) s = "000" + s.replace("-", "");
            if (r.nextInt(20) == 0) s = s + "9".repeat(r.nextInt(1, 8));
            samples.add(s.strip());
        }
        for (int len = 1; len <= 20; len++) {
            // fraction digits of every length: read eight at a time, then the rest
            for (int rep = 0; rep < 20; rep++) {
                StringBuilder f = new StringBuilder(r.nextBoolean() ? "-" : "")
                        .append(r.nextInt(100))
                        .append('.');
                for (int d = 0; d < len; d++) f.append((char) ('0' + r.nextInt(10)));
                if (rep % 5 == 0) f.append("e-").append(r.nextInt(30));
                samples.add(f.toString());
            }
        }
        samples.addAll(
                java.util.List.of("1e22", "1e23", "9007199254740993", "9007199254740992e-22", "5.", ".5", "1E+05"));
        StringBuilder sb = new StringBuilder("a,b\n");
        for (String s : samples) sb.append(s).append(",x\n");
        CsvColumns c = parse(sb.toString());
        for (int i = 0; i < samples.size(); i++) {
            String s = samples.get(i);
            assertThat(c.numeric("a")[i]).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (String bad : new String[] {"1e", "1e-", "-", ".", "1.2.3", "0x10", "1d", "e5"}) {
            assertThatThrownBy(() -> parse("a,b\n" + bad + ",x\n"))
                    .as(bad)
                    .isInstanceOf(InputDataException.class)
                    .hasMessageContaining("is not a number");
        }
    }

    /**
     * Columns after the last one wanted are skipped to the line end in one scan; reading them as text instead (one
     * field at a time) must give the same rows, values and errors: quoted commas and line breaks, empty fields,
     * CRLF, and rows with a field too many or too few.
     */
    @Test
    void csv01c_skipped_trailing_columns_match_reading_them() {
        java.util.Random r = new java.util.Random(11);
        String[] tails = {
            "1.5,2",
            "-2.39665639743452,0.731020256178454",
            ",",
            "12345678,87654321",
            "\"a,b\",3",
            "x,\"q\nr\"",
            "7,8,9",
            "7",
            "\"\",\"\",1",
            "-0.25,1e-300",
            "a long unquoted text,followed by another long one",
            "0.731020256178454,\"quoted, late\"",
            ",,,,,,,,,,,,,,,,",
            "123456789012345678901234"
        };
        for (int k = 0; k < 300; k++) {
            String eol = r.nextBoolean() ? "\n" : "\r\n";
            StringBuilder sb = new StringBuilder("a,b,x1,x2").append(eol);
            int rows = 1 + r.nextInt(12);
            for (int i = 0; i < rows; i++) {
                String tail = tails[r.nextInt(r.nextInt(3) == 0 ? tails.length : 4)];
                String arm = "arm" + r.nextInt(3) + (r.nextBoolean() ? "" : "-with-a-name-longer-than-a-word");
                sb.append(i).append(',').append(arm).append(',').append(tail).append(eol);
            }
            byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
            Object read;
            Object skipped;
            try {
                CsvColumns c = CsvColumns.parse("f.csv", text, Set.of("a"), Set.of("a"), Set.of("b", "x1", "x2"));
                read = java.util.Arrays.toString(c.numeric("a"))
                        + c.text("b").levels()
                        + java.util.Arrays.toString(c.text("b").codes());
            } catch (InputDataException e) {
                read = e.getMessage();
            }
            try {
                CsvColumns c = CsvColumns.parse("f.csv", text, Set.of("a"), Set.of("a"), Set.of("b"));
                skipped = java.util.Arrays.toString(c.numeric("a"))
                        + c.text("b").levels()
                        + java.util.Arrays.toString(c.text("b").codes());
            } catch (InputDataException e) {
                skipped = e.getMessage();
            }
            assertThat(skipped).as(sb.toString()).isEqualTo(read);
        }
    }

    @Test
    void csv01d_first_flagged_byte_and_eight_digits() {
        for (int k = 0; k < 8; k++) {
            long mask = 0x80L << (8 * k);
            for (int above = k + 1; above < 8; above++) mask |= 0x80L << (8 * above);
            assertThat(CsvChunk.Cursor.firstByte(mask)).as("byte %d", k).isEqualTo(k);
        }
        byte[] digits = "12345678".getBytes(StandardCharsets.US_ASCII);
        long w = java.nio.ByteBuffer.wrap(digits)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getLong();
        assertThat(CsvChunk.Cursor.eightDigits(w)).isEqualTo(12_345_678L);
    }

    @Test
    void csv02_quotes_empty_fields_crlf_and_bom() {
        String s = "\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\r\n,z,NA\r\n";
        CsvColumns c = parse(s);
        assertThat(c.rows()).isEqualTo(2);
        assertThat(c.text("b").value(0)).isEqualTo("x, \"y\"");
        assertThat(c.numeric("c")[0]).isNaN();
        assertThat(c.numeric("a")[1]).isNaN();
        assertThat(c.numeric("c")[1]).isNaN();
    }

    @Test
    void csv03_text_is_dictionary_encoded_in_order_of_appearance() {
        CsvColumns c = parse("a,b\n1,q\n2,p\n3,q\n");
        assertThat(c.text("b").codes()).containsExactly(0, 1, 0);
        assertThat(c.text("b").levels()).containsExactly("q", "p");
    }

    @Test
    void csv04_bad_number_names_row_and_column() {
        assertThatThrownBy(() -> parse("a,b\n1,x\n2x,y\n"))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("'a'")
                .hasMessageContaining("'2x'");
    }

    @Test
    void csv05_arms_sort_in_byte_order_like_R_radix() {
        assertThat(TteReader.sortedLevels(java.util.List.of("b", "B", "a", "AML-high", "ALL")))
                .containsExactly("ALL", "AML-high", "B", "a", "b");
    }
}
