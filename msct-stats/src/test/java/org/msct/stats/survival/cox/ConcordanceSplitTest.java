package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msct.stats.data.TteData;

/**
 * The concordance sweep split in two halves of time (large data, two threads) must give exactly the single sweep's
 * concordance and standard error: every count is an integer, so no rounding may differ.
 */
class ConcordanceSplitTest {
    @Test
    void split_sweep_equals_the_single_sweep_with_tied_times_and_tied_predictors() {
        SplittableRandom r = new SplittableRandom(3);
        for (int rep = 0; rep < 4; rep++) {
            int n = 3000 + r.nextInt(2000);
            String[] arms = new String[n];
            double[] time = new double[n];
            int[] status = new int[n];
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                arms[i] = r.nextBoolean() ? "a" : "b";
                // integer days (heavy ties) or continuous times; a coarse covariate ties the predictor too
                time[i] = rep % 2 == 0 ? 1 + r.nextInt(400) : -Math.log(r.nextDouble()) * 100;
                status[i] = r.nextInt(3) == 0 ? 0 : 1;
                x[i] = rep < 2 ? r.nextInt(5) : r.nextGaussian();
            }
            TteData data = CoxTestData.of(arms, null, time, status, null, CoxTestData.cov("x", x));
            CoxDesign d =
                    CoxDesign.of(data, new CoxOptions("a", List.of("x"), false, false, List.of(CoxOptions.Ties.EFRON)));
            double[] lp = CoxReport.linearPredictor(d, new double[] {0.7, 0.2});
            Concordance.Result one = Concordance.of(d, lp, Integer.MAX_VALUE);
            Concordance.Result two = Concordance.of(d, lp, 1000);
            assertThat(two.concordance()).as("rep %d", rep).isEqualTo(one.concordance());
            assertThat(two.std()).as("rep %d", rep).isEqualTo(one.std());
        }
    }
}
