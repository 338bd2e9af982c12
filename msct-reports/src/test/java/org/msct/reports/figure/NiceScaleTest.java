package org.msct.reports.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed with Heckbert's rules: range = nice(hi - lo, ceiling), step = nice(range / (maxTicks - 1), round),
 * limits = floor/ceil of lo/step, hi/step times step.
 */
class NiceScaleTest {
    @Test
    void n01_unit_interval() {
        // range nice(1) = 1; step nice(0.25, round) = 0.2 (fraction 2.5 < 3)
        NiceScale s = NiceScale.of(0, 1, 5);
        assertThat(s).isEqualTo(new NiceScale(0, 1, 0.2));
        assertThat(s.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(s.decimals()).isEqualTo(1);
    }

    @Test
    void n02_sixty_months() {
        // range nice(60) = 100; step nice(100 / 5 = 20) = 20
        NiceScale s = NiceScale.of(0, 60, 6);
        assertThat(s.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0);
        assertThat(s.decimals()).isZero();
    }

    @Test
    void n03_data_max_between_ticks() {
        // range nice(13.7) = 20; step nice(5) = 5; max ceil(13.7 / 5) * 5 = 15
        assertThat(NiceScale.of(0, 13.7, 5).ticks()).containsExactly(0.0, 5.0, 10.0, 15.0);
    }

    @Test
    void n04_negative_lower_bound() {
        // range nice(11.1) = 20; step nice(4) = 5; min floor(-0.64) * 5 = -5; max ceil(1.58) * 5 = 10
        assertThat(NiceScale.of(-3.2, 7.9, 6).ticks()).containsExactly(-5.0, 0.0, 5.0, 10.0);
    }

    @Test
    void n05_proteinuria_mg_per_24h() {
        // range nice(2971) = 5000; step nice(1250) = 1000; limits 0 and 4000
        assertThat(NiceScale.of(858, 3829, 5).ticks()).containsExactly(0.0, 1000.0, 2000.0, 3000.0, 4000.0);
    }

    @Test
    void n06_small_decimals_are_exact() {
        // range nice(0.458) = 0.5; step nice(0.125) = 0.1; limits 0.3 and 0.8
        NiceScale s = NiceScale.of(0.336, 0.794, 5);
        assertThat(s.ticks()).containsExactly(0.3, 0.4, 0.5, 0.6, 0.7, 0.8);
        assertThat(s.decimals()).isEqualTo(1);
    }

    @Test
    void n07_zero_width_range_is_widened() {
        // [5, 5] -> [4, 6]: range nice(2) = 2; step nice(0.5) = 0.5
        assertThat(NiceScale.of(5, 5, 5).ticks()).containsExactly(4.0, 4.5, 5.0, 5.5, 6.0);
    }

    @Test
    void n08_invalid_input() {
        assertThatThrownBy(() -> NiceScale.of(2, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.of(0, Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void n09_log_ticks() {
        // [0.224, 1] -> 0.2 .. 1 by {1, 2, 5} x 10^k
        assertThat(LogTicks.of(0.224, 1).stream().map(java.math.BigDecimal::toPlainString))
                .containsExactly("0.2", "0.5", "1");
        assertThat(LogTicks.of(0.4, 2.05).stream().map(java.math.BigDecimal::toPlainString))
                .containsExactly("0.2", "0.5", "1", "2", "5");
        // 0.001 .. 1000 would need 19 ticks: powers of ten only
        assertThat(LogTicks.of(0.001, 1000).stream().map(java.math.BigDecimal::toPlainString))
                .containsExactly("0.001", "0.01", "0.1", "1", "10", "100", "1000");
    }
}
