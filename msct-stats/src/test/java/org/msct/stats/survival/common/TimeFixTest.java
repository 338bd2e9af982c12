package org.msct.stats.survival.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeFixTest {

    @Test
    void tf01_merges_chains_of_near_ties_as_aeqSurv() {
        // R: aeqSurv(Surv(c(1, 1+1e-9, 2, 2+3e-8, 3, 3+1e-8, 3+2e-8), rep(1, 7)))[, 1] -> 1 1 2 2 3 3 3
        // (2 + 3e-8 is tied through the relative rule: 3e-8 / mean(unique times) = 1.4e-8 <= 1.49e-8;
        //  3 + 2e-8 joins 3 through the chain 3 -> 3 + 1e-8 -> 3 + 2e-8)
        double[] in = {1, 1 + 1e-9, 2, 2 + 3e-8, 3, 3 + 1e-8, 3 + 2e-8};
        assertThat(TimeFix.fixSorted(in)).containsExactly(1, 1, 2, 2, 3, 3, 3);
    }

    @Test
    void tf02_returns_the_input_when_nothing_is_tied() {
        double[] in = {0, 1, 1, 2.5, 1e6};
        assertThat(TimeFix.fixSorted(in)).isSameAs(in);
        assertThat(TimeFix.fixSorted(new double[0])).isEmpty();
    }
}
