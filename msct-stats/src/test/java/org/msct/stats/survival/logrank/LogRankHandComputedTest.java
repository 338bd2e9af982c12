package org.msct.stats.survival.logrank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/** Log-rank and Peto-Peto tests worked by hand, and edge cases with R's answer quoted. */
class LogRankHandComputedTest {
    private static final double EPS = 1e-12;

    static TteData data(double[] time, int[] status, int[] arm, List<String> arms, int[] strata, List<String> sl) {
        int[] subj = new int[time.length];
        for (int i = 0; i < subj.length; i++) subj[i] = i;
        return new TteData("test.csv", subj, List.of(), arm, arms, null, time, status, strata, sl, Map.of());
    }

    @Test
    void lr02_two_arms_of_two_subjects() {
        // A: 1 (death), 3 (censored); B: 2 (death), 4 (death)
        //   t=1: n=4, d=1, at risk A 2, B 2: E_A += 1·2/4 = 0.5, V += 1·(2/4)(2/4)(4-1)/(4-1) = 0.25
        //   t=2: n=3, d=1, at risk A 1, B 2: E_A += 1/3,         V += (1/3)(2/3)(3-1)/(3-1) = 2/9
        //   t=4: n=1, d=1, only B at risk:   E_B += 1, no variance (n = 1)
        //   O = (1, 2), E = (5/6, 13/6), V = 17/36; chisq = (1/6)²/(17/36) = 1/17 = 0.0588235; z = (1/6)/sqrt(17/36)
        // rho = 1 weights S(t-) of the pooled KM: 1 at t=1, 3/4 at t=2, 1/2 at t=4
        //   O = (1, 3/4 + 1/2) = (1, 1.25), E_A = 0.5 + (3/4)(1/3) = 0.75, E_B = 0.5 + (3/4)(2/3) + (1/2)·1 = 1.5
        //   V = 0.25 + (3/4)²·2/9 = 0.375; chisq = 0.25²/0.375 = 1/6
        // R: survdiff(Surv(time, status) ~ arm, l): exp 0.83333333333333326 2.1666666666666665, chisq
        //   0.058823529411764601, p 0.80836515591451041; rho = 1: obs 1 1.25, exp 0.75 1.5, var 0.375, chisq 1/6
        TteData d = data(
                new double[] {1, 3, 2, 4},
                new int[] {1, 0, 1, 1},
                new int[] {0, 0, 1, 1},
                List.of("A", "B"),
                null,
                null);
        JsonObject r = LogRankReport.results(d);
        JsonObject lr = (JsonObject) r.get("logrank");
        assertThat((double[]) lr.get("observed")).containsExactly(1, 2);
        assertThat((double[]) lr.get("expected")).containsExactly(new double[] {5 / 6.0, 13 / 6.0}, within(EPS));
        assertThat(((double[][]) lr.get("var"))[0][0]).isCloseTo(17 / 36.0, within(EPS));
        assertThat(((double[][]) lr.get("var"))[0][1]).isCloseTo(-17 / 36.0, within(EPS));
        assertThat((double) lr.get("chisq")).isCloseTo(1 / 17.0, within(EPS));
        assertThat((int) lr.get("df")).isEqualTo(1);
        assertThat((double) lr.get("p")).isCloseTo(0.80836515591451041, within(EPS));
        assertThat((double) lr.get("z_first_arm")).isCloseTo((1 / 6.0) / Math.sqrt(17 / 36.0), within(EPS));
        assertThat((int[]) lr.get("n")).containsExactly(2, 2);
        JsonObject pp = (JsonObject) r.get("peto_rho1");
        assertThat((double[]) pp.get("observed")).containsExactly(new double[] {1, 1.25}, within(EPS));
        assertThat((double[]) pp.get("expected")).containsExactly(new double[] {0.75, 1.5}, within(EPS));
        assertThat((double) pp.get("chisq")).isCloseTo(1 / 6.0, within(EPS));
    }

    @Test
    void lr03_stratified_sums_observed_and_expected_over_strata() {
        // two copies of lr02's data as strata s1 and s2: O, E and V double, chisq = (2/6)²/(34/36) = 2/17
        // R: survdiff(Surv(time, status) ~ arm + strata(st), l2)$chisq -> 0.1176471; print() says 1 degree of freedom
        double[] t = {1, 3, 2, 4, 1, 3, 2, 4};
        int[] st = {1, 0, 1, 1, 1, 0, 1, 1};
        int[] arm = {0, 0, 1, 1, 0, 0, 1, 1};
        int[] strata = {0, 0, 0, 0, 1, 1, 1, 1};
        JsonObject lr =
                (JsonObject) LogRankReport.results(data(t, st, arm, List.of("A", "B"), strata, List.of("s1", "s2")))
                        .get("logrank");
        assertThat((double[]) lr.get("expected")).containsExactly(new double[] {10 / 6.0, 26 / 6.0}, within(EPS));
        assertThat((double) lr.get("chisq")).isCloseTo(2 / 17.0, within(EPS));
        // df counts arms with expected > 0, less one (print.survdiff), whatever the number of strata: 2 - 1
        assertThat((int) lr.get("df")).isEqualTo(1);
    }

    @Test
    void lr04_singular_variance_gives_chisq_zero_where_R_stops() {
        // everyone dies at the same time: n = d so every variance term is 0 and O = E.
        // R: survdiff(Surv(rep(5, 4), rep(1, 4)) ~ c("A","A","B","B")) stops: "system is exactly singular"
        TteData d = data(
                new double[] {5, 5, 5, 5},
                new int[] {1, 1, 1, 1},
                new int[] {0, 0, 1, 1},
                List.of("A", "B"),
                null,
                null);
        JsonObject lr = (JsonObject) LogRankReport.results(d).get("logrank");
        assertThat((double) lr.get("chisq")).isZero();
        assertThat((double) lr.get("p")).isEqualTo(1.0);
        assertThat((double) lr.get("z_first_arm")).isNaN();
    }

    @Test
    void lr05_one_arm_is_an_input_error() {
        TteData d = data(new double[] {1, 2}, new int[] {1, 1}, new int[] {0, 0}, List.of("A"), null, null);
        assertThatThrownBy(() -> LogRankReport.results(d))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("test.csv")
                .hasMessageContaining("'A'");
    }

    @Test
    void lr06_three_arms_with_one_arm_never_at_risk_at_an_event_drop_from_chisq() {
        // arm C is censored at 0.5, before any death: its expected is 0, so df = 3 - 1 - 1 = 1
        // R: survdiff(Surv(time, status) ~ arm, l)$exp -> 0.8333333 2.1666667 0; $chisq -> 0.05882353
        double[] t = {1, 3, 2, 4, 0.5};
        int[] st = {1, 0, 1, 1, 0};
        int[] arm = {0, 0, 1, 1, 2};
        JsonObject lr = (JsonObject) LogRankReport.results(data(t, st, arm, List.of("A", "B", "C"), null, null))
                .get("logrank");
        assertThat((int) lr.get("df")).isEqualTo(1);
        assertThat((double) lr.get("chisq")).isCloseTo(1 / 17.0, within(EPS));
        assertThat(lr.has("z_first_arm")).isFalse();
    }

    @Test
    void lr07_chi_square_upper_tail_follows_R_at_zero_df() {
        // R: pchisq(0, 0, lower.tail = FALSE) -> 1; pchisq(1, 0, lower.tail = FALSE) -> 0
        assertThat(LogRankReport.upperChiSquare(0, 0)).isEqualTo(1.0);
        assertThat(LogRankReport.upperChiSquare(1, 0)).isEqualTo(0.0);
        assertThat(LogRankReport.upperChiSquare(0, -1)).isNaN();
    }

    @Test
    void lr08_generalized_inverse_equals_the_inverse_when_positive_definite() {
        double[][] v = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[] x = {1, -2, 0.5};
        // solved by hand with Cramer's rule would be long; compare with an explicit solve via Gaussian elimination
        double[][] a = {{4, 1, 0.5, 1}, {1, 3, 0.2, -2}, {0.5, 0.2, 2, 0.5}};
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                double f = a[j][i] / a[i][i];
                for (int k = i; k < 4; k++) a[j][k] -= f * a[i][k];
            }
        }
        double[] y = new double[3];
        for (int i = 2; i >= 0; i--) {
            double s = a[i][3];
            for (int k = i + 1; k < 3; k++) s -= a[i][k] * y[k];
            y[i] = s / a[i][i];
        }
        double expected = x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
        assertThat(QuadraticForm.of(v, x)).isCloseTo(expected, within(1e-12));
        // a zero row/column drops out: same as the form on the remaining 2x2 block
        double[][] s = {{4, 0, 1}, {0, 0, 0}, {1, 0, 3}};
        assertThat(QuadraticForm.of(s, new double[] {1, 5, -2}))
                .isCloseTo(QuadraticForm.of(new double[][] {{4, 1}, {1, 3}}, new double[] {1, -2}), within(1e-12));
    }
}
