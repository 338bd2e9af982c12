package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msct.stats.data.TteData;

/**
 * On large right-censored data a risk-set sweep runs in two parts on two threads ({@link RiskSetPass#run}); it must
 * give what one sweep gives, up to the order of the additions: log-likelihood, score, information and the cox.zph
 * extension, with continuous times (lone deaths) and with integer days (Efron and Breslow groups of tied deaths).
 */
class RiskSetPassSplitTest {
    private static CoxDesign design(boolean integerDays) {
        SplittableRandom r = new SplittableRandom(42);
        int n = 240_000;
        int[] arm = new int[n];
        double[] time = new double[n];
        int[] status = new int[n];
        double[] x1 = new double[n];
        for (int i = 0; i < n; i++) {
            arm[i] = r.nextInt(2);
            x1[i] = r.nextGaussian();
            double et = -Math.log(r.nextDouble()) / (0.1 * Math.exp(0.5 * arm[i] + 0.3 * x1[i]));
            double ct = Math.min(-Math.log(r.nextDouble()) / 0.05, 20);
            double t = Math.min(et, ct);
            time[i] = integerDays ? Math.ceil(t * 365.25) : t;
            status[i] = et <= ct ? 1 : 0;
        }
        Map<String, double[]> cov = new LinkedHashMap<>();
        cov.put("x1", x1);
        TteData d = new TteData(
                "sim.csv", null, null, arm, List.of("active", "placebo"), null, time, status, null, null, cov);
        return CoxDesign.of(d, new CoxOptions("placebo", List.of("x1"), false, false, List.of(CoxOptions.Ties.EFRON)));
    }

    private static void check(CoxDesign d, boolean efron) {
        double[] g = CoxZph.kmTransform(d);
        RiskSetPass split = new RiskSetPass(d, efron, g);
        RiskSetPass one = RiskSetPass.serial(d, efron, g);
        assertThat(split.isSplit()).isTrue();
        double[] beta = {0.45, 0.28};
        double ll = one.run(beta);
        assertThat(split.run(beta)).isCloseTo(ll, within(Math.abs(ll) * 1e-12));
        for (int i = 0; i < d.p; i++) {
            assertThat(split.u[i]).isCloseTo(one.u[i], within(1e-9 * (1 + Math.abs(one.u[i]))));
            for (int j = 0; j < d.p; j++) {
                assertThat(split.imat[i][j]).isCloseTo(one.imat[i][j], within(1e-11 * Math.abs(one.imat[i][i])));
            }
        }
        for (int i = 0; i < 2 * d.p; i++) {
            assertThat(split.uExt[i]).isCloseTo(one.uExt[i], within(1e-9 * (1 + Math.abs(one.uExt[i]))));
            for (int j = 0; j < 2 * d.p; j++) {
                assertThat(split.imatExt[i][j])
                        .isCloseTo(one.imatExt[i][j], within(1e-11 * Math.abs(one.imatExt[i][i])));
            }
        }
    }

    @Test
    void continuous_times_split_sweep_equals_one_sweep() {
        CoxDesign d = design(false);
        check(d, true);
        check(d, false);
    }

    @Test
    void tied_integer_days_split_sweep_equals_one_sweep() {
        CoxDesign d = design(true);
        check(d, true);
        check(d, false);
    }
}
