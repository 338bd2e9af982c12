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
