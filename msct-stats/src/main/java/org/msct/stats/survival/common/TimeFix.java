package org.msct.stats.survival.common;

/**
 * R's {@code timefix} (survival {@code aeqSurv}, used by {@code survfit}, {@code survdiff} and {@code coxph}): among the
 * sorted distinct finite times y, consecutive values whose gap dy satisfies {@code dy <= tol} or
 * {@code dy / mean(|y|) <= tol} (tol = √ε = 2⁻²⁶ ≈ 1.49e-8) are tied, and every time is replaced by the first value of
 * its chain of ties ({@code cuts[findInterval(x, cuts)]}).
 */
public final class TimeFix {
    /** {@code sqrt(.Machine$double.eps)}. */
    public static final double TOLERANCE = 0x1p-26;

    private TimeFix() {}

    /**
     * Applies aeqSurv to an ascending array of times.
     *
     * @param sorted finite times in ascending order (duplicates allowed); not modified
     * @return {@code sorted} itself when no two distinct times are tied, else a new ascending array
     */
    public static double[] fixSorted(double[] sorted) {
        int n = sorted.length;
        if (n < 2) return sorted;
        // mean(abs(y)) over the distinct values, as R's mean: (long double) sum / m, then one refinement pass;
        // compensated sums stand in for the x87 long double accumulator
        int m = 0;
        double s = 0;
        double c = 0;
        double prev = Double.NaN;
        // the smallest gap between distinct times: "tied" grows with the gap (dy / mean is monotone in dy), so some
        // times are tied exactly when the smallest gap is
        double minGap = Double.POSITIVE_INFINITY;
        for (double x : sorted) {
            if (x == prev) continue;
            if (x - prev < minGap) minGap = x - prev;
            prev = x;
            m++;
            double a = Math.abs(x);
            double t = s + a;
            c += Math.abs(s) >= a ? (s - t) + a : (a - t) + s;
            s = t;
        }
        if (m < 2) return sorted;
        double mean = (s + c) / m;
        double s2 = 0;
        double c2 = 0;
        prev = Double.NaN;
        for (double x : sorted) {
            if (x == prev) continue;
            prev = x;
            double a = Math.abs(x) - mean;
            double t = s2 + a;
            c2 += Math.abs(s2) >= Math.abs(a) ? (s2 - t) + a : (a - t) + s2;
            s2 = t;
        }
        mean += (s2 + c2) / m;
        if (!tied(minGap, mean)) return sorted;
        double[] out = new double[n];
        double cut = sorted[0];
        prev = sorted[0];
        for (int i = 0; i < n; i++) {
            double x = sorted[i];
            if (x != prev) {
                if (!tied(x - prev, mean)) cut = x;
                prev = x;
            }
            out[i] = cut;
        }
        return out;
    }

    private static boolean tied(double dy, double mean) {
        return dy <= TOLERANCE || dy / mean <= TOLERANCE;
    }

    /** The distinct values of an ascending array, in order. */
    public static double[] distinct(double[] sorted) {
        int m = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) m++;
        double[] y = new double[m];
        m = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) y[m++] = sorted[i];
        return y;
    }
}
