package org.msct.stats.survival.km;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/** Small curves worked by hand, and edge cases whose R values are quoted with the R call that printed them. */
class KmHandComputedTest {
    private static final double EPS = 1e-12;

    static TteData data(double[] time, int[] status, int[] arm, List<String> arms) {
        int[] subj = new int[time.length];
        for (int i = 0; i < subj.length; i++) subj[i] = i;
        return new TteData("test", subj, List.of(), arm, arms, null, time, status, null, null, Map.of());
    }

    static TteData oneArm(double[] time, int[] status) {
        return data(time, status, new int[time.length], List.of("A"));
    }

    static JsonObject obj(JsonObject o, String... path) {
        JsonObject x = o;
        for (String p : path) x = (JsonObject) x.get(p);
        return x;
    }

    static double[] d(JsonObject o, String key) {
        return (double[]) o.get(key);
    }

    @Test
    void km02_five_subjects_with_a_tie_and_a_censoring_at_an_event_time() {
        // times 1, 2, 2+, 3, 4+ (+ = censored): the censoring at 2 is still at risk at 2 (R: censored after events)
        //   t=1: n=5 d=1  S = 4/5 = 0.8        Greenwood Σ d/(n(n-d)) = 1/20 = 0.05      NA H = 1/5 = 0.2
        //   t=2: n=4 d=1  S = 0.8·3/4 = 0.6    Σ = 0.05 + 1/12 = 0.13333                H = 0.2 + 1/4 = 0.45
        //   t=3: n=2 d=1  S = 0.6·1/2 = 0.3    Σ = 0.13333 + 1/2 = 0.63333              H = 0.45 + 1/2 = 0.95
        //   t=4: n=1 d=0  S = 0.3 (censor-only row kept)
        //   se_log_surv = sqrt(Σ): 0.223607, 0.365148, 0.795822; se_surv = S·that: 0.178885, 0.219089, 0.238747
        //   se_cumhaz = sqrt(Σ d/n²): sqrt(0.04) = 0.2, sqrt(0.04 + 1/16) = 0.320156, sqrt(0.1025 + 1/4) = 0.593717
        //   log CI at t=1: 0.8·exp(∓1.959964·0.223607) = 0.516126, 1.24 → clipped to 1
        //   quartiles: S ≤ 0.75 first at t=2, S ≤ 0.5 first at t=3, S ≤ 0.25 never -> 2, 3, NA
        //   rmean(4) = 1·1 + 0.8·1 + 0.6·1 + 0.3·1 = 2.7;
        //   var = (0.8+0.6+0.3)²/20 + (0.6+0.3)²/12 + 0.3²/2 = 0.1445 + 0.0675 + 0.045 = 0.257, se = 0.506952
        TteData data = oneArm(new double[] {1, 2, 2, 3, 4}, new int[] {1, 1, 0, 1, 0});
        JsonObject r = obj(KmReport.results(data, new double[] {0.5, 2, 10}, 4.0, true), "pooled");
        JsonObject t = obj(r, "table");
        assertThat(d(t, "time")).containsExactly(1, 2, 3, 4);
        assertThat((int[]) t.get("n_risk")).containsExactly(5, 4, 2, 1);
        assertThat((int[]) t.get("n_event")).containsExactly(1, 1, 1, 0);
        assertThat((int[]) t.get("n_censor")).containsExactly(0, 1, 0, 1);
        assertThat(d(t, "surv")).containsExactly(new double[] {0.8, 0.6, 0.3, 0.3}, within(EPS));
        assertThat(d(t, "se_log_surv"))
                .containsExactly(
                        new double[] {
                            Math.sqrt(0.05),
                            Math.sqrt(0.05 + 1 / 12.0),
                            Math.sqrt(0.05 + 1 / 12.0 + 0.5),
                            Math.sqrt(0.05 + 1 / 12.0 + 0.5)
                        },
                        within(EPS));
        assertThat(d(t, "se_surv")[1]).isCloseTo(0.6 * Math.sqrt(0.05 + 1 / 12.0), within(EPS));
        assertThat(d(t, "cumhaz")).containsExactly(new double[] {0.2, 0.45, 0.95, 0.95}, within(EPS));
        assertThat(d(t, "se_cumhaz")[2]).isCloseTo(Math.sqrt(0.04 + 0.0625 + 0.25), within(EPS));
        assertThat(d(t, "lower_log")[0]).isCloseTo(0.8 * Math.exp(-ConfType.Z * Math.sqrt(0.05)), within(EPS));
        assertThat(d(t, "upper_log")[0]).isEqualTo(1.0);
        // R: survfit(Surv(time, status) ~ 1, d)$lower -> 0.51612576034217206 0.29331643163832644 0.063054484255136337
        // (x2)
        assertThat(d(t, "lower_log"))
                .containsExactly(
                        new double[] {
                            0.51612576034217206, 0.29331643163832644, 0.063054484255136337, 0.063054484255136337
                        },
                        within(EPS));
        JsonObject q = obj(r, "quantiles", "log");
        assertThat(d(q, "estimate")).containsExactly(2, 3, Double.NaN);
        // R: quantile(f)$lower -> 1 2 3; $upper -> NA NA NA
        assertThat(d(q, "lower")).containsExactly(1, 2, 3);
        assertThat(d(q, "upper")).containsExactly(Double.NaN, Double.NaN, Double.NaN);
        JsonObject rm = obj(r, "rmean");
        assertThat((double) rm.get("rmean")).isCloseTo(2.7, within(EPS));
        assertThat((double) rm.get("se_rmean")).isCloseTo(Math.sqrt(0.257), within(EPS));
        // landmarks, R: summary(survfit(..., conf.type = "log-log"), times = c(0.5, 2, 10), extend = TRUE)
        //   surv 1 0.6 0.3; n.risk 5 4 0; lower 1 0.12573018299443137 0.012301529425416074;
        //   upper 1 0.88175640739353234 0.71921802081041497 (the time-0 row of survfit0 has limits 1, not NA)
        JsonObject lm = obj(r, "landmarks", "log_log");
        assertThat(d(lm, "surv")).containsExactly(new double[] {1, 0.6, 0.3}, within(EPS));
        assertThat((int[]) lm.get("n_risk")).containsExactly(5, 4, 0);
        assertThat(d(lm, "lower"))
                .containsExactly(new double[] {1, 0.12573018299443137, 0.012301529425416074}, within(EPS));
        assertThat(d(lm, "upper"))
                .containsExactly(new double[] {1, 0.88175640739353234, 0.71921802081041497}, within(EPS));
        assertThat(d(lm, "se_surv")[0]).isZero();
    }

    @Test
    void km03_quantile_on_a_flat_segment_is_its_midpoint() {
        // four deaths at 1..4: S = 0.75, 0.5, 0.25, 0 equals 1 - p exactly on [1,2), [2,3), [3,4)
        // R: quantile(survfit(Surv(1:4, rep(1, 4)) ~ 1))$quantile -> 1.5 2.5 3.5
        JsonObject r = obj(
                KmReport.results(oneArm(new double[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1}), null, null, true),
                "pooled");
        assertThat(d(obj(r, "quantiles", "plain"), "estimate")).containsExactly(1.5, 2.5, 3.5);
        // at S = 0: std.err is Inf and every limit and se_surv (0·Inf) are NA, as survfit_confint gives; all print null
        JsonObject t = obj(r, "table");
        for (String k : List.of(
                "se_surv",
                "se_log_surv",
                "lower_log",
                "upper_log",
                "lower_log_log",
                "upper_log_log",
                "lower_plain",
                "upper_plain")) {
            assertThat(Double.isFinite(d(t, k)[3])).as(k).isFalse();
        }
        assertThat(t.toJson()).containsPattern("\"se_log_surv\": \\[[^]]*, null]");
    }

    @Test
    void km04_last_distinct_value_equal_to_one_minus_p_uses_the_last_time() {
        // deaths at 1, 2, censored at 3, 4: S = 0.75, 0.5, 0.5, 0.5; S = 0.5 is the last value, so findq takes the
        // midpoint of 2 and the last time 4. R: quantile(survfit(Surv(1:4, c(1, 1, 0, 0)) ~ 1))$quantile -> 1.5 3 NA
        JsonObject r = obj(
                KmReport.results(oneArm(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 0}), null, null, false),
                "pooled");
        assertThat(d(obj(r, "quantiles", "log"), "estimate")).containsExactly(1.5, 3, Double.NaN);
        assertThat(r.has("table")).isFalse();
    }

    @Test
    void km05_single_subject_curve() {
        // R: h <- survfit(Surv(7, 1) ~ 1): surv 0, std.err Inf, lower NA; quantile(h)$quantile -> 7 7 7
        JsonObject r = obj(KmReport.results(oneArm(new double[] {7}, new int[] {1}), null, 10.0, true), "pooled");
        assertThat(d(obj(r, "table"), "surv")).containsExactly(0);
        assertThat(d(obj(r, "table"), "se_log_surv")[0]).isInfinite();
        assertThat(d(obj(r, "table"), "lower_log")[0]).isNaN();
        assertThat(d(obj(r, "quantiles", "log"), "estimate")).containsExactly(7, 7, 7);
        assertThat((double) obj(r, "rmean").get("rmean")).isEqualTo(7.0);
    }

    @Test
    void km06_all_censored_arm_has_no_quantiles_and_log_log_limits_are_na() {
        TteData data =
                data(new double[] {1, 2, 3, 4}, new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1}, List.of("A", "B"));
        JsonObject a = obj(KmReport.results(data, new double[] {1.5}, null, true), "by_arm", "A");
        assertThat(d(obj(a, "table"), "surv")).containsExactly(1, 1);
        assertThat(d(obj(a, "table"), "lower_log")).containsExactly(1, 1);
        assertThat(d(obj(a, "table"), "lower_log_log")).containsExactly(Double.NaN, Double.NaN);
        assertThat(d(obj(a, "quantiles", "log_log"), "estimate")).containsOnly(Double.NaN);
        assertThat((int) a.get("n_event")).isZero();
    }

    @Test
    void km07_times_within_the_timefix_tolerance_are_one_time() {
        // R: survfit(Surv(c(1, 1 + 1e-9, 2), c(1, 1, 0)) ~ 1)$time -> 1 2 ; n.event 2 0
        JsonObject t = obj(
                KmReport.results(oneArm(new double[] {1 + 1e-9, 1, 2}, new int[] {1, 1, 0}), null, null, true),
                "pooled",
                "table");
        assertThat(d(t, "time")).containsExactly(1, 2);
        assertThat((int[]) t.get("n_event")).containsExactly(2, 0);
    }

    @Test
    void km08_properties_hold_on_random_curves() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int rep = 0; rep < 50; rep++) {
            int n = 1 + rnd.nextInt(300);
            double[] time = new double[n];
            int[] st = new int[n];
            for (int i = 0; i < n; i++) {
                time[i] = rep % 2 == 0 ? rnd.nextInt(20) : rnd.nextDouble() * 100;
                st[i] = rnd.nextInt(3) == 0 ? 0 : 1;
            }
            JsonObject t = obj(KmReport.results(oneArm(time, st), null, null, true), "pooled", "table");
            double[] s = d(t, "surv");
            double[] h = d(t, "cumhaz");
            int[] risk = (int[]) t.get("n_risk");
            int[] ev = (int[]) t.get("n_event");
            int[] ce = (int[]) t.get("n_censor");
            assertThat(risk[0]).isEqualTo(n);
            for (int i = 0; i < s.length; i++) {
                assertThat(s[i]).isBetween(0.0, 1.0);
                if (i > 0) {
                    assertThat(s[i]).isLessThanOrEqualTo(s[i - 1]);
                    assertThat(h[i]).isGreaterThanOrEqualTo(h[i - 1]);
                    assertThat(risk[i]).isEqualTo(risk[i - 1] - ev[i - 1] - ce[i - 1]);
                }
                for (ConfType ct : ConfType.values()) {
                    double lo = d(t, "lower_" + ct.key())[i];
                    double up = d(t, "upper_" + ct.key())[i];
                    if (!Double.isNaN(lo)) assertThat(lo).isBetween(0.0, s[i] + 1e-15);
                    if (!Double.isNaN(up)) assertThat(up).isBetween(s[i] - 1e-15, 1.0);
                }
            }
        }
    }
}
