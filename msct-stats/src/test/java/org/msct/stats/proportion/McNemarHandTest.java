package org.msct.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.paired.LongFixture;

class McNemarHandTest {

    private static double num(JsonObject o, String... path) {
        Object v = o;
        for (String k : path) v = ((JsonObject) v).get(k);
        return ((Number) v).doubleValue();
    }

    @Test
    void mc01_two_by_two_by_hand() {
        // n00 = 10, n01 = 8, n10 = 2, n11 = 5; n = 25, discordant 10.
        // cc: (|8 - 2| - 1)^2 / 10 = 2.5; without: 36/10 = 3.6.
        // exact: 2 * P(X <= 2 | 10, 1/2) = 2 * (1 + 10 + 45)/1024 = 0.109375; mid-p = 0.109375 - 45/1024 = 0.0654296875
        // difference (8 - 2)/25 = 0.24, se = sqrt(10 - 36/25)/25 = sqrt(8.56)/25.
        // R: mcnemar.test(matrix(c(10,2,8,5),2)) p 0.11384629800665812; correct=FALSE p 0.057779571123597537
        JsonObject r = McNemarReport.table(10, 8, 2, 5);
        assertThat(num(r, "mcnemar_cc", "chisq")).isEqualTo(2.5);
        assertThat(num(r, "mcnemar_cc", "p")).isCloseTo(0.11384629800665812, within(1e-15));
        assertThat(num(r, "mcnemar_nocc", "chisq")).isCloseTo(3.6, within(1e-15));
        assertThat(num(r, "mcnemar_nocc", "p")).isCloseTo(0.057779571123597537, within(1e-15));
        assertThat(num(r, "exact_p")).isCloseTo(0.109375, within(1e-16));
        assertThat(num(r, "mid_p")).isCloseTo(0.0654296875, within(1e-16));
        assertThat(num(r, "diff_paired_prop", "estimate")).isEqualTo(0.24);
        assertThat(num(r, "diff_paired_prop", "se")).isCloseTo(Math.sqrt(8.56) / 25, within(1e-16));
    }

    @Test
    void mc02_no_discordant_pairs_give_null_chisq_and_p_one() {
        JsonObject r = McNemarReport.table(3, 0, 0, 4);
        assertThat(r.get("mcnemar_cc")).isNull();
        assertThat(r.get("mcnemar_nocc")).isNull();
        assertThat(num(r, "exact_p")).isEqualTo(1.0);
        assertThat(num(r, "mid_p")).isEqualTo(1.0);
        assertThat(num(r, "diff_paired_prop", "se")).isZero();
        // equal discordant counts: corrected statistic is 0 (R: mcnemar.test(matrix(c(1,3,3,1),2))$statistic = 0)
        assertThat(num(McNemarReport.table(1, 3, 3, 1), "mcnemar_cc", "chisq")).isZero();
    }

    @Test
    void mc03_cells_per_arm_from_data_and_bad_values_name_the_row() {
        LongFixture f = new LongFixture();
        f.row("s1", "b", 0, "y", 0).row("s1", "b", 2, "y", 1);
        f.row("s2", "a", 0, "y", 1).row("s2", "a", 2, "y", 1);
        f.row("s3", "a", 0, "y", 1).row("s3", "a", 2, "y", 0);
        JsonObject r = McNemarReport.results(f.build(), "y", "y", 0, 2);
        JsonObject a = (JsonObject) ((JsonObject) r.get("by_arm")).get("a");
        assertThat(a.get("n11")).isEqualTo(1);
        assertThat(a.get("n10")).isEqualTo(1);
        assertThat(((JsonObject) r.get("pooled")).get("n01")).isEqualTo(1);
        f.row("s4", "a", 0, "y", 0).row("s4", "a", 2, "y", 3);
        assertThatThrownBy(() -> McNemarReport.results(f.build(), "y", "y", 0, 2))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 8")
                .hasMessageContaining("param 'y' at visit 2")
                .hasMessageContaining("got '3.0'");
    }
}
