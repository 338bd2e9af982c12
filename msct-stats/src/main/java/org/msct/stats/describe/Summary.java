package org.msct.stats.describe;

import java.util.Arrays;

/** Mean, variance and median computed the way R's {@code mean}, {@code var} and {@code median} do. */
public final class Summary {
    private Summary() {}

    /**
     * R's mean. R accumulates in long double; a compensated (Neumaier) sum followed by a corrected division gives the
     * same correctly rounded value where plain summation would not (e.g. differences that cancel to ~1e-16).
     */
    public static double mean(double[] x) {
        int n = x.length;
        if (n == 0) return Double.NaN;
        double hi = 0;
        double lo = 0;
        for (double v : x) {
            double t = hi + v;
            lo += Math.abs(hi) >= Math.abs(v) ? (hi - t) + v : (v - t) + hi;
            hi = t;
        }
        double m = hi / n;
        if (!Double.isFinite(m)) return m;
        // remainder of the division (hi + lo) - m * n, exact via fma
        double r = Math.fma(-m, n, hi) + lo;
        return m + r / n;
    }

    /** Sample variance (denominator n - 1), two-pass like R's {@code var}; NaN for n &lt; 2. */
    public static double var(double[] x) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            double e = v - m;
            ss += e * e;
        }
        return ss / (n - 1);
    }

    /** R's median: middle value, or the mean of the two middle values; NaN when empty. */
    public static double median(double[] x) {
        int n = x.length;
        if (n == 0) return Double.NaN;
        double[] s = x.clone();
        Arrays.sort(s);
        int half = (n + 1) / 2;
        if (n % 2 == 1) return s[half - 1];
        return mean2(s[half - 1], s[half]);
    }

    /** R's {@code mean(c(u, v))}: (u + v) / 2 with the refinement pass, exact when no overflow. */
    public static double mean2(double u, double v) {
        double s = (u + v) / 2;
        if (Double.isFinite(s)) s += ((u - s) + (v - s)) / 2;
        return s;
    }

    /** R's default ({@code type = 7}) quantile of ascending-sorted {@code x} at probability {@code p}; NaN when empty. */
    public static double quantile7(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
