package org.msct.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.describe.Summary;

/** Small cases worked by hand (arithmetic in the comments) and edge cases with R's answers as provenance. */
class PairedHandTest {

    private static JsonObject pooled(LongData d) {
        return (JsonObject) PairedReport.results(d, "x", "x", 0, 1).get("pooled");
    }

    private static double num(JsonObject o, String... path) {
        Object v = o;
        for (String k : path) v = ((JsonObject) v).get(k);
        return ((Number) v).doubleValue();
    }

    @Test
    void pr02_t_test_by_hand() {
        // d = 1, 2, 3, 6: mean 3; squares of deviations 4 + 1 + 0 + 9 = 14, var 14/3, sd 2.1602469;
        // se = sqrt(14/3/4) = 1.0801234; t = 3/1.0801234 = 2.7774603, df 3.
        // R: t.test(c(1,2,3,6)) -> p 0.06913686926442876, CI -0.43743488185830859 6.4374348818583087
        JsonObject r = pooled(LongFixture.differences(1, 2, 3, 6));
        assertThat(num(r, "t_test", "mean_diff")).isEqualTo(3.0);
        assertThat(num(r, "t_test", "sd_diff")).isCloseTo(Math.sqrt(14.0 / 3), within(1e-15));
        assertThat(num(r, "t_test", "se")).isCloseTo(Math.sqrt(14.0 / 12), within(1e-15));
        assertThat(num(r, "t_test", "t")).isCloseTo(2.7774602993176543, within(1e-14));
        assertThat(num(r, "t_test", "df")).isEqualTo(3.0);
        assertThat(num(r, "t_test", "p")).isCloseTo(0.06913686926442876, within(1e-15));
        assertThat(num(r, "t_test", "ci95_lower")).isCloseTo(-0.43743488185830859, within(1e-13));
        assertThat(num(r, "t_test", "ci95_upper")).isCloseTo(6.4374348818583087, within(1e-13));
    }

    @Test
    void pr03_exact_signed_rank_with_a_tie_enumerated_by_hand() {
        // d = 1, 2, 2, -3: |d| ranks 1, 2.5, 2.5, 4; V = 1 + 2.5 + 2.5 = 6; S = 10; min(V, S - V) = 4.
        // Of the 16 sign patterns, T <= 4 for the subsets {}, {1}, {2.5}, {2.5'}, {1,2.5}, {1,2.5'}, {4}: 7/16.
        // p = 2 * 7/16 = 0.875. R: exactRankTests::wilcox.exact(c(1,2,2,-3))$p.value = 0.875
        JsonObject r = pooled(LongFixture.differences(1, 2, 2, -3));
        assertThat(num(r, "wilcoxon_exact_ties", "V")).isEqualTo(6.0);
        assertThat(num(r, "wilcoxon_exact_ties", "p")).isEqualTo(0.875);
        assertThat(r.get("has_ties")).isEqualTo(true);
        assertThat(r.get("wilcoxon_exact_stats")).isNull();
        // all positive: only the empty subset has T <= 0 -> p = 2/16; R gives 0.125
        assertThat(num(pooled(LongFixture.differences(1, 2, 2, 3)), "wilcoxon_exact_ties", "p"))
                .isEqualTo(0.125);
    }

    @Test
    void pr04_normal_approximation_with_tie_correction_by_hand() {
        // d = 1, 2, 2, -3: n = 4, E V = 4*5/4 = 5, var = 4*5*9/24 - (2^3 - 2)/48 = 7.5 - 0.125 = 7.375.
        // cc: z = (6 - 5 - 0.5)/sqrt(7.375) = 0.184115; p = 2 * (1 - Phi(z)).
        // R: wilcox.test(c(1,2,2,-3), exact=FALSE)$p.value = 0.85392329928706678, correct=FALSE: 0.71270185665817842
        JsonObject r = pooled(LongFixture.differences(1, 2, 2, -3));
        assertThat(num(r, "wilcoxon_normal_cc", "p")).isCloseTo(0.85392329928706678, within(1e-15));
        assertThat(num(r, "wilcoxon_normal_nocc", "p")).isCloseTo(0.71270185665817842, within(1e-15));
    }

    @Test
    void pr05_stats_exact_p_without_ties_or_zeros() {
        // d = -1, 2, 3, 4, 5: V = 14, S = 15, min = 1: subsets {} and {1} -> 2/32; p = 4/32 = 0.125.
        // R: wilcox.test(c(-1,2,3,4,5))$p.value = 0.125
        JsonObject r = pooled(LongFixture.differences(-1, 2, 3, 4, 5));
        assertThat(num(r, "wilcoxon_exact_stats", "V")).isEqualTo(14.0);
        assertThat(num(r, "wilcoxon_exact_stats", "p")).isEqualTo(0.125);
    }

    @Test
    void pr06_coin_pratt_keeps_zeros_in_the_ranking() {
        // d = 1, 2, 2, -3, 0: ranks of |d| over all 1, 2, 3.5, 3.5, 5 (zero gets 1, then score 0).
        // T = 2 + 3.5 + 3.5 = 9, E = 14/2 = 7, Var = (4 + 2*12.25 + 25)/4 = 13.375, Z = 2/sqrt(13.375).
        // T <= min(9, 5): {}, {2}, {3.5}, {3.5'}, {5} -> 5/16, p = 0.625.
        // R: coin::wilcoxsign_test(y ~ x, distribution = "exact", zero.method = "Pratt"): Z 0.54686874161973065, p
        // 0.625
        JsonObject r = pooled(LongFixture.differences(1, 2, 2, -3, 0));
        assertThat(num(r, "wilcoxon_exact_coin", "pratt_zero", "Z")).isCloseTo(0.54686874161973065, within(1e-15));
        assertThat(num(r, "wilcoxon_exact_coin", "pratt_zero", "p")).isEqualTo(0.625);
        assertThat(num(r, "n_zero_diff")).isEqualTo(1.0);
    }

    @Test
    void pr07_walsh_median_by_hand_and_against_brute_force() {
        // x = 1, 2, 4: Walsh averages 1, 1.5, 2.5, 2, 3, 4 -> sorted 1, 1.5, 2, 2.5, 3, 4 -> median 2.25
        assertThat(WalshMedian.of(new double[] {4, 1, 2})).isEqualTo(2.25);
        SplittableRandom rnd = new SplittableRandom(42);
        for (int rep = 0; rep < 200; rep++) {
            int n = 1 + rnd.nextInt(rep < 150 ? 40 : 400);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = Math.round(rnd.nextGaussian() * 20) / 10.0;
            assertThat(WalshMedian.of(x)).as("n=%d", n).isEqualTo(bruteWalshMedian(x));
        }
    }

    private static double bruteWalshMedian(double[] x) {
        int n = x.length;
        double[] w = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) for (int j = i; j < n; j++) w[k++] = (x[i] + x[j]) / 2;
        return Summary.median(w);
    }

    @Test
    void pr08_constant_or_zero_differences_are_input_errors() {
        // R: t.test stops with "data are essentially constant"; wilcox.exact stops when all d are 0
        assertThatThrownBy(() -> pooled(LongFixture.differences(2, 2, 2)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("param 'x' at visit 0 vs param 'x' at visit 1")
                .hasMessageContaining("essentially constant");
        assertThatThrownBy(() -> pooled(LongFixture.differences(0, 0))).isInstanceOf(InputDataException.class);
        assertThatThrownBy(() -> pooled(LongFixture.differences(1.5)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("only 1 pair");
    }

    @Test
    void pr09_missing_pairs_name_param_and_visit() {
        LongData d = new LongFixture()
                .row("s1", "A", 0, "x", 1)
                .row("s2", "A", 1, "x", 2)
                .build();
        assertThatThrownBy(() -> PairedReport.results(d, "x", "x", 0, 1))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("no subject has non-missing values of both param 'x' at visit 0");
        assertThatThrownBy(() -> PairedReport.results(d, "y", "x", 0, 1))
                .hasMessageContaining("no non-missing value of param 'y' at visit 0");
        assertThatThrownBy(() -> PairedReport.results(d, "x", "x", 0, 3))
                .hasMessageContaining("no non-missing value of param 'x' at visit 3");
    }

    @Test
    void pr10_arms_with_fewer_than_two_pairs_are_left_out_and_the_arm_is_taken_from_visit_a() {
        LongFixture f = new LongFixture();
        f.row("s1", "B", 0, "x", 1).row("s1", "B", 1, "x", 3);
        f.row("s2", "B", 0, "x", 1).row("s2", "B", 1, "x", 2);
        f.row("s3", "A", 0, "x", 2).row("s3", "other", 1, "x", 7); // arm of the visit-A row counts
        f.row("s4", "A", 0, "x", Double.NaN).row("s4", "A", 1, "x", 1); // missing: no pair
        JsonObject r = PairedReport.results(f.build(), "x", "x", 0, 1);
        JsonObject byArm = (JsonObject) r.get("by_arm");
        assertThat(byArm.members().keySet()).containsExactly("B");
        assertThat(num((JsonObject) r.get("pooled"), "n_pairs")).isEqualTo(3.0);
    }

    @Test
    void pr11_duplicate_rows_pair_as_a_cross_product_like_merge() {
        // subject s1 has two visit-0 rows: merge() pairs both with the visit-1 row
        LongFixture f = new LongFixture();
        f.row("s1", "A", 0, "x", 1).row("s1", "A", 0, "x", 2).row("s1", "A", 1, "x", 5);
        f.row("s2", "A", 0, "x", 0).row("s2", "A", 1, "x", 1);
        Pairs p = Pairs.of(f.build(), "x", 0, "x", 1);
        assertThat(p.size()).isEqualTo(3);
        double[] d = new double[3];
        for (int i = 0; i < 3; i++) d[i] = p.b()[i] - p.a()[i];
        Arrays.sort(d);
        assertThat(d).containsExactly(1, 3, 4);
    }

    @Test
    void pr12_exact_p_is_NA_when_too_large_to_enumerate() {
        double[] d = new double[4000];
        for (int i = 0; i < d.length; i++) d[i] = (i % 7) - 2.5 + i * 1e-3;
        JsonObject r = pooled(LongFixture.differences(d));
        assertThat(((JsonObject) r.get("wilcoxon_exact_ties")).get("p")).isEqualTo(Double.NaN);
        assertThat(num(r, "wilcoxon_normal_cc", "p")).isBetween(0.0, 1.0);
    }
}
