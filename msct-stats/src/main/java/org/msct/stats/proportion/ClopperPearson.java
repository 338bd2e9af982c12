package org.msct.stats.proportion;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The exact (Clopper–Pearson) 95% interval of x/n, as R's {@code binom.test} reports it: beta quantiles, lower = 0 at
 * x = 0 and upper = 1 at x = n.
 *
 * @param lower lower limit
 * @param upper upper limit
 */
public record ClopperPearson(double lower, double upper) {
    /** The interval of {@code x} successes in {@code n} trials (0 &le; x &le; n, n &ge; 1). */
    public static ClopperPearson of(int x, int n) {
        if (n < 1 || x < 0 || x > n) throw new IllegalArgumentException("need 0 <= x <= n and n >= 1: " + x + "/" + n);
        return new ClopperPearson(
                x == 0 ? 0 : BetaDistribution.of(x, n - x + 1.0).inverseCumulativeProbability(0.025),
                x == n ? 1 : BetaDistribution.of(x + 1.0, n - x).inverseCumulativeProbability(0.975));
    }
}
