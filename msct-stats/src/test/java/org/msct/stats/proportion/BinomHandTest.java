package org.msct.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.paired.LongFixture;

/** Hand-worked intervals and tests, edge counts, and input errors. */
class BinomHandTest {

    @Test
    void bn01_wilson_for_3_of_10_by_hand() {
        // z = 1.959964, z^2 = 3.841459, z22n = z^2/20 = 0.1920729.
        // sqrt(p(1-p)/n + z22n/(2n)) = sqrt(0.021 + 0.00960365) = sqrt(0.03060365) = 0.1749390; z * that = 0.3428744.
        // lower = (0.3 + 0.1920729 - 0.3428744) / (1 + 2*0.1920729) = 0.1491985 / 1.3841459 = 0.1077913
        // upper = (0.3 + 0.1920729 + 0.3428744) / 1.3841459 = 0.8349473 / 1.3841459 = 0.6032219
        // R: prop.test(3, 10, correct = FALSE)$conf.int = 0.10779126740630104 0.60322185253885452
        BinomialCis c = BinomialCis.of(3, 10, 0.5);
        assertThat(c.wilson()[0]).isCloseTo(0.10779126740630104, within(1e-15));
        assertThat(c.wilson()[1]).isCloseTo(0.60322185253885452, within(1e-15));
        // with correction YATES = min(0.5, |3 - 5|) = 0.5: p.c = 0.25 for the lower and 0.35 for the upper limit
        // R: prop.test(3, 10)$conf.int = 0.080947824209994496 0.64632927648883109
        assertThat(c.wilsonCc()[0]).isCloseTo(0.080947824209994496, within(1e-15));
        assertThat(c.wilsonCc()[1]).isCloseTo(0.64632927648883109, within(1e-15));
        assertThat(c.phat()).isEqualTo(0.3);
    }

    @Test
    void bn02_zero_and_full_counts_have_closed_form_limits() {
        // Clopper-Pearson 0/10: upper solves (1 - p)^10 = 0.025 -> 1 - 0.025^(1/10) = 0.3084971...
        BinomialCis zero = BinomialCis.of(0, 10, 0.5);
        assertThat(zero.clopperPearson()[0]).isZero();
        assertThat(zero.clopperPearson()[1]).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-15));
        assertThat(zero.jeffreys()[0]).isZero();
        assertThat(zero.wald()).containsExactly(0, 0);
        // two-sided exact p of 0/10 at 0.5: 2 * 0.5^10 = 0.001953125
        assertThat(zero.binomTestP()).isCloseTo(0.001953125, within(1e-17));
        BinomialCis full = BinomialCis.of(10, 10, 0.5);
        assertThat(full.clopperPearson()[0]).isCloseTo(Math.pow(0.025, 0.1), within(1e-15));
        assertThat(full.clopperPearson()[1]).isEqualTo(1.0);
        assertThat(full.wilson()[1]).isEqualTo(1.0);
        assertThat(full.jeffreys()[1]).isEqualTo(1.0);
        // n = 1, x = 1: Clopper-Pearson lower = qbeta(0.025, 1, 1) = 0.025
        BinomialCis one = BinomialCis.of(1, 1, 0.5);
        assertThat(one.clopperPearson()[0]).isCloseTo(0.025, within(1e-16));
        assertThat(one.binomTestP()).isEqualTo(1.0);
    }

    @Test
    void bn03_continuity_correction_vanishes_at_x_equal_n_over_2() {
        // prop.test's YATES = min(0.5, |x - n/2|) = 0 for 5/10, so both Wilson intervals agree
        BinomialCis c = BinomialCis.of(5, 10, 0.5);
        assertThat(c.wilsonCc()).containsExactly(c.wilson());
        assertThat(c.binomTestP()).isEqualTo(1.0);
    }

    @Test
    void bn04_binomial_test_against_another_p0() {
        // x = 3, n = 10, p0 = 0.2: d = dbinom(3) = 0.2013266; the upper tail i >= 2 with dbinom <= d is {3..10};
        // the lower side below m = 2 has dbinom(0) = 0.1073742 <= d: p = P(X >= 3) + P(X = 0) = 0.3222004 + 0.1073742.
        // R: binom.test(3, 10, p = 0.2)$p.value = 0.42957465600000033
        assertThat(BinomTest.twoSidedP(3, 10, 0.2)).isCloseTo(0.42957465600000033, within(1e-15));
    }

    @Test
    void bn05_fisher_on_the_tea_tasting_table() {
        // [[3, 1], [1, 3]]: hypergeometric 1, 16, 36, 16, 1 over 70 for x = 0..4; two-sided p = (1+16+16+1)/70.
        // R: fisher.test(matrix(c(3,1,1,3),2)): p 0.48571428571428582, OR 6.4083088670057879,
        //    CI 0.21173291530550292 621.9337505454173
        FisherExact f = FisherExact.of(3, 1, 1, 3);
        assertThat(f.p()).isCloseTo(34.0 / 70, within(1e-15));
        assertThat(f.oddsRatio()).isCloseTo(6.4083088670057879, within(1e-12));
        assertThat(f.lower()).isCloseTo(0.21173291530550292, within(1e-13));
        assertThat(f.upper()).isCloseTo(621.9337505454173, within(1e-9));
        // x at the edge of its support: OR 0, lower 0 (R: fisher.test(matrix(c(0,5,4,1),2)))
        FisherExact edge = FisherExact.of(0, 4, 5, 1);
        assertThat(edge.oddsRatio()).isZero();
        assertThat(edge.lower()).isZero();
        assertThat(FisherExact.of(5, 0, 0, 5).upper()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static LongData twoArms() {
        LongFixture f = new LongFixture();
        f.row("s1", "trt", 4, "r", 1).row("s2", "trt", 4, "r", 1).row("s3", "trt", 4, "r", 0);
        f.row("s4", "pbo", 4, "r", 0).row("s5", "pbo", 4, "r", 1).row("s6", "pbo", 4, "r", Double.NaN);
        f.row("s7", "zz", 3, "r", 1); // another visit: not counted, so arm zz has no data
        return f.build();
    }

    @Test
    void bn06_reference_arm_comes_first_and_the_difference_is_other_minus_reference() {
        JsonObject r = BinomReport.fromData(twoArms(), "r", 4, "trt", 0.5);
        assertThat(((JsonObject) r.get("by_arm")).members().keySet()).containsExactly("trt", "pbo");
        JsonObject dif = (JsonObject) r.get("difference");
        assertThat(dif.get("definition")).isEqualTo("p(pbo) - p(trt)");
        // 1/2 - 2/3 = -1/6
        assertThat((double) dif.get("estimate")).isCloseTo(-1.0 / 6, within(1e-16));
        JsonObject pooled = (JsonObject) r.get("pooled");
        assertThat(pooled.get("x")).isEqualTo(3);
        assertThat(pooled.get("n")).isEqualTo(5);
        // default reference: first arm in byte order
        JsonObject d2 = BinomReport.fromData(twoArms(), "r", 4, null, 0.5);
        assertThat(((JsonObject) d2.get("difference")).get("definition")).isEqualTo("p(trt) - p(pbo)");
    }

    @Test
    void bn07_input_errors_name_arm_row_param_and_visit() {
        assertThatThrownBy(() -> BinomReport.fromData(twoArms(), "r", 4, "zz", 0.5))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("reference arm 'zz' does not exist; arms are [pbo, trt]");
        assertThatThrownBy(() -> BinomReport.fromData(twoArms(), "r", 9, null, 0.5))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("no non-missing value of param 'r' at visit 9");
        LongData bad = new LongFixture()
                .row("s1", "a", 1, "r", 1)
                .row("s2", "a", 1, "r", 2)
                .build();
        assertThatThrownBy(() -> BinomReport.fromData(bad, "r", 1, null, 0.5))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("got '2.0'");
    }

    @Test
    void bn08_one_arm_has_no_difference_and_counts_mode_lists_every_pair() {
        LongData one = new LongFixture()
                .row("s1", "a", 1, "r", 1)
                .row("s2", "a", 1, "r", 0)
                .build();
        assertThat(BinomReport.fromData(one, "r", 1, null, 0.5).has("difference"))
                .isFalse();
        JsonObject c = BinomReport.fromCounts(new int[] {0, 1}, new int[] {1, 1}, 0.3);
        assertThat(c.get("p0")).isEqualTo(0.3);
        assertThat((java.util.List<?>) c.get("counts")).hasSize(2);
    }
}
