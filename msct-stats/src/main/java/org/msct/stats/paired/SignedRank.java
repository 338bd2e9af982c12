package org.msct.stats.paired;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Wilcoxon signed-rank statistic of differences d with mid-ranks for ties, and its null distributions.
 *
 * <p>Scores are kept doubled (2 x mid-rank, always an integer) so that the exact permutation distribution can be
 * built by convolution on integers; this is the distribution {@code exactRankTests::wilcox.exact} and
 * {@code coin::wilcoxsign_test(distribution = "exact")} compute, and without ties or zeros it is R's
 * {@code psignrank}.
 *
 * @param n number of non-zero differences (the scores used)
 * @param v2 2 x V, V = sum of the (mid-)ranks of the positive differences
 * @param score2 doubled scores of the non-zero differences, ascending
 * @param tieSum sum over tie groups of t^3 - t (R's {@code sum(NTIES^3 - NTIES)}) over the ranked values
 * @param ties whether two ranked absolute differences are equal
 */
record SignedRank(int n, long v2, int[] score2, double tieSum, boolean ties) {
    /**
     * Largest number of convolution steps (elements x distribution length) spent on one exact distribution; about 1 s.
     * Beyond it (roughly more than 1,300 non-zero differences) the exact p-value is reported as NA.
     */
    static final long EXACT_WORK_LIMIT = 1_500_000_000L;

    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    /**
     * Ranks |d| among the non-zero differences (R's zero method, {@code prattZeros = false}) or among all differences
     * with the zeros then given score 0 (Pratt's method, {@code prattZeros = true}).
     */
    static SignedRank of(double[] d, boolean prattZeros) {
        int np = 0;
        int nn = 0;
        for (double x : d) {
            if (x > 0) np++;
            else if (x < 0) nn++;
        }
        double[] pos = new double[np];
        double[] neg = new double[nn];
        int ip = 0;
        int in = 0;
        for (double x : d) {
            if (x > 0) pos[ip++] = x;
            else if (x < 0) neg[in++] = -x;
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        int zeros = d.length - np - nn;
        int[] scores = new int[np + nn];
        double tieSum = 0;
        boolean ties = false;
        long v2 = 0;
        int ranked = 0;
        if (prattZeros && zeros > 0) {
            // the zeros hold ranks 1..zeros and then drop out with score 0
            ranked = zeros;
            tieSum += (double) zeros * zeros * zeros - zeros;
            ties = zeros > 1;
        }
        int k = 0;
        ip = 0;
        in = 0;
        while (ip < np || in < nn) {
            double val = ip < np && (in >= nn || pos[ip] <= neg[in]) ? pos[ip] : neg[in];
            int cp = 0;
            while (ip < np && pos[ip] == val) {
                ip++;
                cp++;
            }
            int cn = 0;
            while (in < nn && neg[in] == val) {
                in++;
                cn++;
            }
            int g = cp + cn;
            int doubledMidRank = 2 * ranked + g + 1;
            v2 += (long) cp * doubledMidRank;
            for (int j = 0; j < g; j++) scores[k++] = doubledMidRank;
            if (g > 1) {
                ties = true;
                tieSum += (double) g * g * g - g;
            }
            ranked += g;
        }
        return new SignedRank(np + nn, v2, scores, tieSum, ties);
    }

    double v() {
        return v2 / 2.0;
    }

    /**
     * Two-sided p of the normal approximation with tie-corrected variance, as {@code wilcox.test(exact = FALSE)};
     * NaN when there is no non-zero difference.
     */
    double normalP(boolean continuityCorrection) {
        double nd = n;
        double z = v() - nd * (nd + 1) / 4;
        double sigma = Math.sqrt(nd * (nd + 1) * (2 * nd + 1) / 24 - tieSum / 48);
        double corr = continuityCorrection ? Math.signum(z) * 0.5 : 0;
        z = (z - corr) / sigma;
        if (Double.isNaN(z)) return Double.NaN;
        return 2 * Math.min(STD_NORMAL.cumulativeProbability(z), STD_NORMAL.survivalProbability(z));
    }

    /**
     * Exact two-sided p, {@code min(1, 2 P(T <= min(V, S - V)))} over the 2^n equally likely sign assignments of the
     * scores (S = sum of scores; the distribution is symmetric about S/2). NaN when too large to enumerate.
     */
    double exactP() {
        long s2 = 0;
        for (int s : score2) s2 += s;
        long c = Math.min(v2, s2 - v2);
        if (work(c) > EXACT_WORK_LIMIT) return Double.NaN;
        double tail = lowerTail(score2, (int) c);
        return Math.min(1.0, 2 * tail);
    }

    /** Standardised statistic (T - E T) / sd T of the conditional (permutation) null, as coin reports it. */
    double standardized() {
        double sum = 0;
        double sumSq = 0;
        for (int s : score2) {
            sum += s / 2.0;
            sumSq += (s / 2.0) * (s / 2.0);
        }
        return (v() - sum / 2) / Math.sqrt(sumSq / 4);
    }

    private long work(long c) {
        long w = 0;
        long reach = 0;
        for (int s : score2) {
            reach += s;
            w += Math.min(reach, c) + 1;
            if (w > EXACT_WORK_LIMIT) return w;
        }
        return w;
    }

    /** P(sum of a random subset of {@code scores} <= c), each score in the subset with probability 1/2. */
    static double lowerTail(int[] scores, int c) {
        double[] p = new double[c + 1];
        p[0] = 1;
        long reach = 0;
        for (int s : scores) {
            reach += s;
            int top = (int) Math.min(reach, c);
            for (int t = top; t >= s; t--) p[t] = 0.5 * (p[t] + p[t - s]);
            for (int t = Math.min(s - 1, top); t >= 0; t--) p[t] *= 0.5;
        }
        double sum = 0;
        for (double x : p) sum += x;
        return sum;
    }
}
