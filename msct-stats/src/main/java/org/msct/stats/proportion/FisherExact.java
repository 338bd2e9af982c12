package org.msct.stats.proportion;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.msct.stats.numeric.Zeroin;

/**
 * Fisher's exact test for a 2x2 table, as R's {@code fisher.test} (two-sided, conf.level 0.95): p-value by R's rule
 * (tables no more likely than the observed one, relative slack 1e-7), conditional maximum-likelihood odds ratio and its
 * exact 95% CI from the noncentral hypergeometric distribution. The estimate and limits are roots found with R's
 * {@code uniroot} (default tolerance ~1.2e-4) on the same intervals and functions as R, so they carry R's digits,
 * not the exact roots.
 *
 * @param p two-sided p-value
 * @param oddsRatio conditional MLE; 0 or +Inf at the edges of the support
 * @param lower lower 95% limit (0 when x is the smallest possible count)
 * @param upper upper 95% limit (+Inf when x is the largest possible count)
 */
record FisherExact(double p, double oddsRatio, double lower, double upper) {
    private static final double EPS = Math.ulp(1.0);
    private static final double ALPHA = 0.025;

    /** Table [[a, b], [c, d]] (R's {@code matrix(c(a, c, b, d), 2)}): a = x, rows a+b and c+d, columns a+c, b+d. */
    static FisherExact of(int a, int b, int c, int d) {
        return new Conditional(a, a + c, b + d, a + b).result();
    }

    /** The conditional distribution of x given the margins (R's m = column 1, n = column 2, k = row 1). */
    private static final class Conditional {
        final int x;
        final int lo;
        final int hi;
        final double[] logdc;
        final HypergeometricDistribution central;

        Conditional(int x, int m, int n, int k) {
            this.x = x;
            lo = Math.max(0, k - n);
            hi = Math.min(k, m);
            central = HypergeometricDistribution.of(m + n, m, k);
            logdc = new double[hi - lo + 1];
            for (int i = 0; i < logdc.length; i++) logdc[i] = central.logProbability(lo + i);
        }

        FisherExact result() {
            double[] d = dnhyper(1);
            double cut = d[x - lo] * (1 + 1e-7);
            double pv = 0;
            double comp = 0;
            for (double v : d) {
                if (v > cut) continue;
                double t = pv + v;
                comp += Math.abs(pv) >= v ? (pv - t) + v : (v - t) + pv;
                pv = t;
            }
            return new FisherExact(pv + comp, mle(), ncpLower(), ncpUpper());
        }

        /** Noncentral hypergeometric probabilities over lo..hi for odds ratio ncp (0 &lt; ncp &lt; Inf). */
        double[] dnhyper(double ncp) {
            double lg = Math.log(ncp);
            double[] d = new double[logdc.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < d.length; i++) {
                d[i] = logdc[i] + lg * (lo + i);
                max = Math.max(max, d[i]);
            }
            double hiSum = 0;
            double comp = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.exp(d[i] - max);
                double t = hiSum + d[i];
                comp += Math.abs(hiSum) >= d[i] ? (hiSum - t) + d[i] : (d[i] - t) + hiSum;
                hiSum = t;
            }
            double sum = hiSum + comp;
            for (int i = 0; i < d.length; i++) d[i] /= sum;
            return d;
        }

        double mnhyper(double ncp) {
            if (ncp == 0) return lo;
            if (ncp == Double.POSITIVE_INFINITY) return hi;
            double[] d = dnhyper(ncp);
            double s = 0;
            for (int i = 0; i < d.length; i++) s += (lo + i) * d[i];
            return s;
        }

        /** P(X &lt;= x) or, upper, P(X &gt;= x) under odds ratio ncp. */
        double pnhyper(double ncp, boolean upper) {
            if (ncp == 1) return upper ? central.survivalProbability(x - 1) : central.cumulativeProbability(x);
            if (ncp == 0) return (upper ? x <= lo : x >= lo) ? 1 : 0;
            if (ncp == Double.POSITIVE_INFINITY) return (upper ? x <= hi : x >= hi) ? 1 : 0;
            double[] d = dnhyper(ncp);
            double s = 0;
            if (upper) {
                for (int i = x - lo; i < d.length; i++) s += d[i];
            } else {
                for (int i = 0; i <= x - lo; i++) s += d[i];
            }
            return s;
        }

        double mle() {
            if (x == lo) return 0;
            if (x == hi) return Double.POSITIVE_INFINITY;
            double mu = mnhyper(1);
            if (mu > x) return root(t -> mnhyper(t) - x, 0);
            if (mu < x) return 1 / root(t -> mnhyper(1 / t) - x, EPS);
            return 1;
        }

        double ncpUpper() {
            if (x == hi) return Double.POSITIVE_INFINITY;
            double p = pnhyper(1, false);
            if (p < ALPHA) return root(t -> pnhyper(t, false) - ALPHA, 0);
            if (p > ALPHA) return 1 / root(t -> pnhyper(1 / t, false) - ALPHA, EPS);
            return 1;
        }

        double ncpLower() {
            if (x == lo) return 0;
            double p = pnhyper(1, true);
            if (p > ALPHA) return root(t -> pnhyper(t, true) - ALPHA, 0);
            if (p < ALPHA) return 1 / root(t -> pnhyper(1 / t, true) - ALPHA, EPS);
            return 1;
        }

        private static double root(DoubleUnaryOperator f, double lower) {
            return Zeroin.uniroot(f, lower, 1);
        }
    }
}
