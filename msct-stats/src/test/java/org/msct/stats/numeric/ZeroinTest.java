package org.msct.stats.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZeroinTest {

    @Test
    void zr01_uniroot_returns_R_iterate_not_the_exact_root() {
        // R: sprintf("%.17g", uniroot(function(x) x^2 - 2, c(0, 2))$root) = "1.4142133199955025"
        // (sqrt(2) = 1.4142135623730951: R stops within tol = eps^0.25 ~ 1.2e-4, and msct must print R's iterate)
        assertThat(Zeroin.uniroot(x -> x * x - 2, 0, 2)).isEqualTo(1.4142133199955025);
    }

    @Test
    void zr02_a_root_at_an_end_point_is_returned_as_is() {
        assertThat(Zeroin.uniroot(x -> x - 1, 0, 1)).isEqualTo(1.0);
        assertThat(Zeroin.uniroot(x -> x, 0, 1)).isEqualTo(0.0);
    }

    @Test
    void zr03_no_sign_change_is_refused_like_R() {
        assertThatThrownBy(() -> Zeroin.uniroot(x -> x * x + 1, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opposite sign");
    }

    @Test
    void zr04_default_tolerance_is_eps_to_the_quarter() {
        // R: .Machine$double.eps^0.25 = 0.0001220703125
        assertThat(Zeroin.DEFAULT_TOL).isEqualTo(0.0001220703125);
    }
}
