package org.msct.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Expected strings are computed by hand in the comments; "–" is the en dash U+2013. */
class FmtTest {
    @Test
    void f01_half_up_rounding_of_the_printed_decimal() {
        // 2.605 -> 2.61 (half up on the decimal 2.605, although the double is 2.60499999...)
        assertThat(Fmt.num(2.605, 2)).isEqualTo("2.61");
        assertThat(Fmt.num(-2.605, 2)).isEqualTo("-2.61");
        assertThat(Fmt.num(2.5, 0)).isEqualTo("3");
        assertThat(Fmt.num(0.125, 2)).isEqualTo("0.13");
        assertThat(Fmt.num(1.005, 2)).isEqualTo("1.01");
        assertThat(Fmt.num(3, 1)).isEqualTo("3.0");
        assertThat(Fmt.num(1234567.891, 1)).isEqualTo("1234567.9");
    }

    @Test
    void f02_no_negative_zero_and_no_locale_dependence() {
        assertThat(Fmt.num(-0.001, 2)).isEqualTo("0.00");
        assertThat(Fmt.num(-0.0, 1)).isEqualTo("0.0");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Fmt.num(1234.5, 1)).isEqualTo("1234.5");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void f03_missing_values_print_as_en_dash() {
        assertThat(Fmt.MISSING).isEqualTo("\u2013");
        assertThat(Fmt.num(Double.NaN, 2)).isEqualTo("–");
        assertThat(Fmt.num(Double.POSITIVE_INFINITY, 2)).isEqualTo("–");
        assertThat(Fmt.meanSd(Double.NaN, 1, 2)).isEqualTo("–");
        assertThat(Fmt.meanSd(4.48, Double.NaN, 2)).isEqualTo("4.48 ± –");
        assertThat(Fmt.medianIqr(Double.NaN, 1, 2, 1)).isEqualTo("–");
        assertThat(Fmt.ci(Double.NaN, 1, 2)).isEqualTo("–");
        assertThat(Fmt.p(Double.NaN)).isEqualTo("–");
        assertThat(Fmt.pct(Double.NaN, 1)).isEqualTo("–");
    }

    @Test
    void f04_mean_sd_as_published_by_gu_2014() {
        // renal BILAG 4.48 ± 2.60 -> 1.09 ± 0.83; GFR 58.55 ± 19.16 mL/min
        assertThat(Fmt.meanSd(4.48, 2.6, 2)).isEqualTo("4.48 ± 2.60");
        assertThat(Fmt.meanSd(1.09, 0.83, 2)).isEqualTo("1.09 ± 0.83");
        assertThat(Fmt.meanSd(58.549, 19.155, 2)).isEqualTo("58.55 ± 19.16");
        assertThat(Fmt.meanSd(2505.0, 1323.94, 1)).isEqualTo("2505.0 ± 1323.9");
    }

    @Test
    void f05_median_iqr_and_ranges() {
        assertThat(Fmt.medianIqr(3, 2, 5.5, 1)).isEqualTo("3.0 (2.0–5.5)");
        // 68.75 -> 68.8 half up
        assertThat(Fmt.medianIqr(50, 42.5, 68.75, 1)).isEqualTo("50.0 (42.5–68.8)");
        // negative bound: " to " instead of the en dash
        assertThat(Fmt.medianIqr(-0.4, -1.2, 0.4, 1)).isEqualTo("-0.4 (-1.2 to 0.4)");
        assertThat(Fmt.medianIqr(12, 8, Double.NaN, 1)).isEqualTo("12.0 (8.0 to –)");
    }

    @Test
    void f06_count_percent_uses_exact_fraction() {
        assertThat(Fmt.countPct(12, 40)).isEqualTo("12/40 (30.0%)");
        // Gu 2014: 49/81 = 60.4938...% -> 60.5%; Wang 2014: 13/40 = 32.5%; 37/40 = 92.5%
        assertThat(Fmt.countPct(49, 81)).isEqualTo("49/81 (60.5%)");
        assertThat(Fmt.countPct(13, 40)).isEqualTo("13/40 (32.5%)");
        assertThat(Fmt.countPct(37, 40, 0)).isEqualTo("37/40 (93%)");
        // 1/8 = 12.5% exactly -> 13% half up
        assertThat(Fmt.countPct(1, 8, 0)).isEqualTo("1/8 (13%)");
        assertThat(Fmt.countPct(0, 0)).isEqualTo("0/0 (–)");
        assertThatThrownBy(() -> Fmt.countPct(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fmt.countPct(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void f07_percent_of_a_proportion() {
        assertThat(Fmt.pct(0.925, 1)).isEqualTo("92.5%");
        assertThat(Fmt.pct(0.84, 0)).isEqualTo("84%");
        assertThat(Fmt.pct(0.3456, 1)).isEqualTo("34.6%");
    }

    @Test
    void f08_confidence_interval() {
        // Gu 2014 proteinuria: 95% CI 0.336–0.794
        assertThat(Fmt.ci(0.5165, 0.336, 0.794)).isEqualTo("0.52 (0.34–0.79)");
        assertThat(Fmt.ci(60.0, 44.5, 73.6, 1)).isEqualTo("60.0 (44.5–73.6)");
        assertThat(Fmt.ci(-0.35, -0.9, 0.2, 2)).isEqualTo("-0.35 (-0.90 to 0.20)");
    }

    @Test
    void f09_p_values() {
        assertThat(Fmt.p(0.00049)).isEqualTo("<0.001");
        assertThat(Fmt.p(0.000999)).isEqualTo("<0.001");
        assertThat(Fmt.p(0.001)).isEqualTo("0.001");
        assertThat(Fmt.p(0.023)).isEqualTo("0.023");
        assertThat(Fmt.p(0.0235)).isEqualTo("0.024");
        assertThat(Fmt.p(0.0496)).isEqualTo("0.050");
        assertThat(Fmt.p(0.05)).isEqualTo("0.050");
        assertThat(Fmt.p(0.5)).isEqualTo("0.500");
        assertThat(Fmt.p(0.9995)).isEqualTo(">0.999");
        assertThat(Fmt.p(0)).isEqualTo("<0.001");
        assertThat(Fmt.p(1)).isEqualTo(">0.999");
        assertThatThrownBy(() -> Fmt.p(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fmt.p(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void f10_stars_thresholds_are_strict() {
        assertThat(Fmt.stars(0.05)).isEmpty();
        assertThat(Fmt.stars(0.0499999)).isEqualTo("*");
        assertThat(Fmt.stars(0.01)).isEqualTo("*");
        assertThat(Fmt.stars(0.0099999)).isEqualTo("**");
        assertThat(Fmt.stars(0.001)).isEqualTo("**");
        assertThat(Fmt.stars(0.00099)).isEqualTo("***");
        assertThat(Fmt.stars(0)).isEqualTo("***");
        assertThat(Fmt.stars(0.2)).isEmpty();
        assertThat(Fmt.stars(Double.NaN)).isEmpty();
        // p printed "0.050" but starred: stars use the unrounded value
        assertThat(Fmt.stars(0.0496)).isEqualTo("*");
        assertThatThrownBy(() -> Fmt.stars(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void f11_decimals_are_bounded() {
        assertThatThrownBy(() -> Fmt.num(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fmt.num(1, 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
