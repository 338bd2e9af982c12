package org.msct.stats.proportion;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/** Exact binomial test, two-sided, by R's {@code binom.test} rule. */
final class BinomTest {
    private BinomTest() {}

    /**
     * Two-sided p-value of x successes in n trials against p: the probability of all outcomes no more likely than x,
     * where "no more likely" allows R's relative slack of 1e-7 ({@code dbinom(i) <= dbinom(x) * (1 + 1e-7)}).
     *
     * @param x 0 &lt;= x &lt;= n
     * @param n n &gt;= 1
     * @param p 0 &lt;= p &lt;= 1
     */
    static double twoSidedP(int x, int n, double p) {
        if (p == 0) return x == 0 ? 1 : 0;
        if (p == 1) return x == n ? 1 : 0;
        BinomialDistribution b = BinomialDistribution.of(n, p);
        double relErr = 1 + 1e-7;
        double d = b.probability(x) * relErr;
        double m = n * p;
        if (x == m) return 1;
        if (x < m) {
            int y = 0;
            for (int i = (int) Math.ceil(m); i <= n; i++) if (b.probability(i) <= d) y++;
            return b.cumulativeProbability(x) + b.survivalProbability(n - y);
        }
        int y = 0;
        int top = (int) Math.floor(m);
        for (int i = 0; i <= top; i++) if (b.probability(i) <= d) y++;
        return b.cumulativeProbability(y - 1) + b.survivalProbability(x - 1);
    }
}
