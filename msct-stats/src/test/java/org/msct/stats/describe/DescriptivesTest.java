package org.msct.stats.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DescriptivesTest {
    @Test
    void matches_r_mean_sd_and_type7_quantiles_dropping_na() {
        // R: x <- c(2.5, 1, 7, NA, 4, 10); mean 4.9, sd 3.6124783736... (sqrt(13.05)), quantile(x, na.rm = TRUE):
        // 25% = 2.5, 50% = 4, 75% = 7 (type 7 on 1, 2.5, 4, 7, 10: h = 4p)
        Descriptives d = Descriptives.of(new double[] {2.5, 1, 7, Double.NaN, 4, 10});
        assertThat(d.n()).isEqualTo(5);
        assertThat(d.mean()).isCloseTo(4.9, within(1e-14));
        assertThat(d.sd()).isCloseTo(Math.sqrt(13.05), within(1e-14));
        assertThat(d.median()).isEqualTo(4);
        assertThat(d.q1()).isEqualTo(2.5);
        assertThat(d.q3()).isEqualTo(7);
    }

    @Test
    void interpolates_between_order_statistics() {
        // quantile(c(1, 2, 3, 4), c(.25, .5, .75)) = 1.75, 2.5, 3.25
        Descriptives d = Descriptives.of(new double[] {4, 3, 2, 1});
        assertThat(d.q1()).isEqualTo(1.75);
        assertThat(d.median()).isEqualTo(2.5);
        assertThat(d.q3()).isEqualTo(3.25);
        assertThat(Descriptives.of(new double[] {3}).sd()).isNaN();
        assertThat(Descriptives.of(new double[] {}).n()).isZero();
    }
}
