package org.msct.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from R 4.2.2 with {@code options(digits = 17)}: {@code t.test(a, b, paired = TRUE)$p.value} and
 * {@code wilcox.test(a, b, paired = TRUE)} (its defaults) for the vectors below.
 */
class PairedTestsTest {
    private static final double REL = 1e-12;

    @Test
    void small_sample_without_ties_or_zeros_uses_the_exact_distribution() {
        double[] b = {12, 15, 9, 20, 14, 11, 18, 16};
        double[] a = {4, 6, 5, 9, 2, 8, 3, 10};
        PairedTests r = PairedTests.of(b, a).orElseThrow();
        assertThat(r.wilcoxonExact()).isTrue();
        assertThat(r.v()).isEqualTo(0);
        // all 8 differences negative: exact two-sided p = 2 / 2^8
        assertThat(r.wilcoxonP()).isCloseTo(0.0078125, within(1e-15));
        assertThat(r.tP()).isCloseTo(0.00062702273524803832, within(0.00062702273524803832 * REL));
        assertThat(r.n()).isEqualTo(8);
        assertThat(r.meanDiff()).isCloseTo(-8.5, within(1e-12));
    }

    @Test
    void ties_and_zeros_switch_to_the_corrected_normal_approximation() {
        double[] b = {12, 15, 9, 20, 14, 11, 18, 16, 10, 10};
        double[] a = {4, 6, 5, 9, 2, 8, 3, 16, 12, 10};
        PairedTests r = PairedTests.of(b, a).orElseThrow();
        assertThat(r.wilcoxonExact()).isFalse();
        assertThat(r.v()).isEqualTo(1);
        assertThat(r.wilcoxonP()).isCloseTo(0.0208625823327655072, within(0.0208625823327655072 * REL));
        assertThat(r.tP()).isCloseTo(0.0097659740121798996, within(0.0097659740121798996 * REL));
    }

    @Test
    void fifty_or_more_pairs_use_the_normal_approximation() {
        // set.seed(7); b <- round(rnorm(60, 10, 3), 1); a <- round(b + rnorm(60, -1, 2), 1): one zero, ties
        double[] b = {
            16.9, 6.4, 7.9, 8.8, 7.1, 7.2, 12.2, 9.6, 10.5, 16.6, 11.1, 18.2, 16.8, 11, 15.7, 11.4, 7.3, 9.1, 10, 13,
            12.5, 12.1, 13.9, 5.8, 13.8, 10.6, 12.3, 11.8, 7.1, 9.2, 7.4, 12.2, 10.3, 9.8, 8.7, 8.3, 13, 6.7, 9.6, 10.9,
            13.7, 7.9, 9.1, 6.1, 8.8, 8.8, 14.1, 11.8, 10.3, 12.8, 9.2, 10, 11.1, 15.1, 12.2, 11.4, 5.3, 11, 10.5, 7.3
        };
        double[] a = {
            16.1, 5.7, 8, 9.2, 6.7, 8.4, 12.7, 10.9, 12, 17, 11, 15.4, 14.6, 8.3, 11.4, 7.7, 4.5, 7, 8.9, 16.8, 12.2,
            11.1, 13, 4, 11.2, 9, 10.6, 10.2, 2.5, 9.4, 9.7, 9.9, 10.5, 9.3, 9.4, 6.2, 14.2, 2.6, 7.7, 9.6, 13.7, 8.1,
            7.9, 2.8, 8.4, 4.6, 15.1, 12.8, 11, 12, 7.3, 9.9, 11.4, 15.3, 9.4, 13.5, 1.8, 12.2, 11.5, 6.9
        };
        PairedTests r = PairedTests.of(b, a).orElseThrow();
        assertThat(r.wilcoxonExact()).isFalse();
        assertThat(r.v()).isEqualTo(476);
        assertThat(r.wilcoxonP()).isCloseTo(2.0446657389831904e-03, within(2.0446657389831904e-03 * REL));
        assertThat(r.tP()).isCloseTo(8.4791397214365675e-04, within(8.4791397214365675e-04 * REL));
    }

    @Test
    void fewer_than_two_pairs_or_constant_differences_give_no_test() {
        assertThat(PairedTests.of(new double[] {1}, new double[] {2})).isEmpty();
        assertThat(PairedTests.of(new double[] {1, 2, 3}, new double[] {2, 3, 4}))
                .isEmpty();
        assertThat(PairedTests.of(new double[] {1, 2}, new double[] {1, 2})).isEmpty();
    }
}
