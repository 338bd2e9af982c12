package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact decimal differences used by the PGA criteria (1.3 − 1.0 = 0.3, not 0.30000000000000004). */
class DecimalsTest {
    @Test
    void dec01_two_decimal_values_differ_exactly() {
        assertThat(1.3 - 1.0).isNotEqualTo(0.3); // the problem
        assertThat(Decimals.difference(1.3, 1.0)).isEqualTo(0.3);
        assertThat(Decimals.difference(1.0, 1.3)).isEqualTo(-0.3);
        assertThat(Decimals.difference(2.35, 2.05)).isEqualTo(0.3);
        assertThat(Decimals.difference(0.0, 0.0)).isEqualTo(0.0);
    }

    @Test
    void dec02_more_than_four_decimals_use_the_exact_fallback() {
        // 1.30001 − 1.00001 = 0.3 exactly in decimal
        assertThat(Decimals.difference(1.30001, 1.00001)).isEqualTo(0.3);
        assertThat(Decimals.difference(0.1234567, 0.0234567)).isEqualTo(0.1);
    }

    @Test
    void dec03_products_are_exact() {
        assertThat(0.1 * 3.0).isNotEqualTo(0.3);
        assertThat(Decimals.product(0.1, 3.0)).isEqualTo(0.3);
    }
}
