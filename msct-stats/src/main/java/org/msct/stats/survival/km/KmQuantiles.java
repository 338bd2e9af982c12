package org.msct.stats.survival.km;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Quantiles of a survival curve (or of one of its confidence bands) as {@code survival:::quantile.survfit} /
 * {@code findq}: with x = (0, t₁, …) and y = (0, 1 − v₁, …), duplicated y removed (first occurrence kept), the p-th
 * quantile is (x[i₁] + x[i₂]) / 2 where i₁ (i₂) is the point with the smallest y + tol (y − tol) that is ≥ p —
 * {@code approx(..., method = "constant", f = 1)}; this gives the midpoint of a flat segment where y equals p within
 * tol = √ε. If the last distinct y equals p within tol, the midpoint uses the last time instead. NaN (R's NA) when not
 * reached. Applied to the lower (upper) band this gives the Brookmeyer–Crowley lower (upper) limit.
 */
public final class KmQuantiles {
    /** quantile.survfit's default {@code tolerance = sqrt(.Machine$double.eps)}. */
    private static final double TOL = 0x1p-26;

    private KmQuantiles() {}

    /**
     * @param time the curve's times, ascending
     * @param value S(t) or a confidence limit at each time; NaN = NA
     * @param probs probabilities of F = 1 − S, in [0, 1]
     * @return one quantile per prob; NaN when not reached
     */
    public static double[] find(double[] time, double[] value, double[] probs) {
        int m = time.length;
        int k = probs.length;
        double[] out = new double[k];
        Arrays.fill(out, Double.NaN);
        if (k == 0) return out;
        double minP = Double.POSITIVE_INFINITY;
        for (double p : probs) minP = Math.min(minP, p);
        double maxY = 0; // the prepended y = 0
        for (int i = 0; i < m; i++) {
            double y = 1 - value[i];
            if (y > maxY) maxY = y;
        }
        if (maxY < minP) return out;
        // index -1 stands for the prepended point (x = 0, y = 0)
        int[] i1 = new int[k];
        int[] i2 = new int[k];
        double[] b1 = new double[k];
        double[] b2 = new double[k];
        Arrays.fill(i1, Integer.MIN_VALUE);
        Arrays.fill(i2, Integer.MIN_VALUE);
        Arrays.fill(b1, Double.POSITIVE_INFINITY);
        Arrays.fill(b2, Double.POSITIVE_INFINITY);
        for (int i = -1; i < m; i++) {
            double y = i < 0 ? 0 : 1 - value[i];
            if (Double.isNaN(y)) continue;
            double a = y + TOL;
            double b = y - TOL;
            for (int j = 0; j < k; j++) {
                double p = probs[j];
                // strict < keeps the first occurrence, as duplicated() does
                if (a >= p && a < b1[j]) {
                    b1[j] = a;
                    i1[j] = i;
                }
                if (b >= p && b < b2[j]) {
                    b2[j] = b;
                    i2[j] = i;
                }
            }
        }
        double yLast = lastDistinct(value);
        double xmax = m == 0 ? 0 : time[m - 1];
        for (int j = 0; j < k; j++) {
            double x1 = x(time, i1[j]);
            out[j] = (x1 + x(time, i2[j])) / 2;
            if (!Double.isNaN(yLast) && Math.abs(probs[j] - yLast) < TOL) out[j] = (x1 + xmax) / 2;
        }
        return out;
    }

    private static double x(double[] time, int i) {
        if (i == Integer.MIN_VALUE) return Double.NaN;
        return i < 0 ? 0 : time[i];
    }

    private static boolean same(double a, double b) {
        return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }

    /** The last element of y = (0, 1 − value) after removing duplicated values (NaN matches NaN). */
    static double lastDistinct(double[] value) {
        int m = value.length;
        if (m == 0) return 0;
        double y = 1 - value[m - 1];
        int start = m - 1;
        while (start > 0 && same(1 - value[start - 1], y)) start--;
        // usual case: the final run of equal values starts with a new value
        return occursBefore(value, start, y) ? fallback(value) : y;
    }

    private static boolean occursBefore(double[] value, int end, double y) {
        if (same(y, 0)) return true;
        for (int i = 0; i < end; i++) if (same(1 - value[i], y)) return true;
        return false;
    }

    /** O(n) with hashing, for curves whose tail repeats an earlier value. */
    private static double fallback(double[] value) {
        Map<Long, Boolean> seen = new HashMap<>();
        seen.put(Double.doubleToLongBits(0.0), Boolean.TRUE);
        double last = 0;
        for (double v : value) {
            double y = 1 - v;
            long key = Double.doubleToLongBits(y == 0 ? 0.0 : y);
            if (seen.putIfAbsent(key, Boolean.TRUE) == null) last = y;
        }
        return last;
    }
}
