package org.msct.stats.survival.km;

import java.util.Arrays;

/**
 * Quantiles of a survival curve (or of one of its confidence limits) as {@code survival:::quantile.survfit} /
 * {@code findq}: with x = (0, t₁, …) and y = (0, 1 − v₁, …), duplicated y removed (first occurrence kept), the p-th
 * quantile is (x[i₁] + x[i₂]) / 2 where i₁ (i₂) is the point with the smallest y + tol (y − tol) that is ≥ p —
 * {@code approx(..., method = "constant", f = 1)}; this gives the midpoint of a flat segment where y equals p within
 * tol = √ε. If the last distinct y equals p within tol, the midpoint uses the last time instead. NaN (R's NA) when not
 * reached, and for every p when max(y) &lt; min(p). Applied to the lower (upper) limit this gives the
 * Brookmeyer–Crowley lower (upper) limit. Blocks whose bounds rule them out are not evaluated.
 */
final class KmQuantiles {
    /** quantile.survfit's default {@code tolerance = sqrt(.Machine$double.eps)}. */
    private static final double TOL = 0x1p-26;

    private static final int NONE = Integer.MIN_VALUE;
    private static final int PREPENDED = -1;

    private KmQuantiles() {}

    /**
     * @param time the curve's times, ascending
     * @param v S(t) or a confidence limit at each time, each ≤ 1
     * @param probs probabilities of F = 1 − S, in [0, 1]
     * @return one quantile per prob; NaN when not reached
     */
    static double[] find(double[] time, Curve v, double[] probs) {
        int m = v.size();
        int k = probs.length;
        double[] out = new double[k];
        Arrays.fill(out, Double.NaN);
        if (k == 0) return out;
        double minP = Arrays.stream(probs).min().getAsDouble();
        if (!reaches(v, minP)) return out;
        // searches j < k use y + tol, j ≥ k use y − tol; y ≥ 0 so the smallest candidate is the prepended point
        double[] thr = new double[2 * k];
        double[] off = new double[2 * k];
        double[] best = new double[2 * k];
        int[] arg = new int[2 * k];
        for (int j = 0; j < 2 * k; j++) {
            thr[j] = probs[j % k];
            off[j] = j < k ? TOL : -TOL;
            double a = 0 + off[j];
            if (thr[j] < a) {
                // below the smallest y ± tol: approx(rule = 1) gives NA
                best[j] = Double.NEGATIVE_INFINITY;
                arg[j] = NONE;
            } else {
                best[j] = a >= thr[j] ? a : Double.POSITIVE_INFINITY;
                arg[j] = a >= thr[j] ? PREPENDED : NONE;
            }
        }
        double[] bnd = new double[2];
        double[] buf = new double[Curve.BLOCK];
        for (int from = 0; from < m; from += Curve.BLOCK) {
            int to = Math.min(m, from + Curve.BLOCK);
            v.bounds(from, to, bnd);
            double yMin = 1 - bnd[1];
            double yMax = 1 - bnd[0];
            boolean needed = false;
            for (int j = 0; j < 2 * k && !needed; j++) {
                needed = yMax + off[j] >= thr[j] && yMin + off[j] < best[j];
            }
            if (!needed) continue;
            v.fill(from, to, buf);
            for (int i = from; i < to; i++) {
                double y = 1 - buf[i - from];
                if (Double.isNaN(y)) continue;
                for (int j = 0; j < 2 * k; j++) {
                    double a = y + off[j];
                    // strict < keeps the first occurrence, as duplicated() does
                    if (a >= thr[j] && a < best[j]) {
                        best[j] = a;
                        arg[j] = i;
                    }
                }
            }
        }
        double yLast = lastDistinct(v);
        double xmax = m == 0 ? 0 : time[m - 1];
        for (int j = 0; j < k; j++) {
            double x1 = x(time, arg[j]);
            out[j] = (x1 + x(time, arg[j + k])) / 2;
            if (!Double.isNaN(yLast) && Math.abs(probs[j] - yLast) < TOL) out[j] = (x1 + xmax) / 2;
        }
        return out;
    }

    private static double x(double[] time, int i) {
        if (i == NONE) return Double.NaN;
        return i == PREPENDED ? 0 : time[i];
    }

    /** Whether max(y) ≥ p, y including the prepended 0 and ignoring NaN. */
    private static boolean reaches(Curve v, double p) {
        if (0 >= p) return true;
        double[] bnd = new double[2];
        double[] buf = new double[Curve.BLOCK];
        for (int from = 0; from < v.size(); from += Curve.BLOCK) {
            int to = Math.min(v.size(), from + Curve.BLOCK);
            v.bounds(from, to, bnd);
            if (1 - bnd[0] < p) continue;
            v.fill(from, to, buf);
            for (int i = 0; i < to - from; i++) if (1 - buf[i] >= p) return true;
        }
        return false;
    }

    /** The last element of y = (0, 1 − v) after removing duplicated values (NaN matches NaN). */
    static double lastDistinct(Curve v) {
        double[] one = new double[1];
        for (int k = v.size() - 1; k >= 0; ) {
            int start = v.runStart(k);
            v.fill(start, start + 1, one);
            double y = 1 - one[0];
            if (!occursBefore(v, start, y)) return y;
            k = start - 1;
        }
        return 0;
    }

    private static boolean occursBefore(Curve v, int end, double y) {
        if (Double.isNaN(y)) return v.hasNaN(0, end);
        if (y == 0) return true; // the prepended point
        double[] bnd = new double[2];
        double[] buf = new double[Curve.BLOCK];
        for (int from = 0; from < end; from += Curve.BLOCK) {
            int to = Math.min(end, from + Curve.BLOCK);
            v.bounds(from, Math.min(v.size(), from + Curve.BLOCK), bnd);
            if (y < 1 - bnd[1] || y > 1 - bnd[0]) continue;
            v.fill(from, to, buf);
            for (int i = 0; i < to - from; i++) if (1 - buf[i] == y) return true;
        }
        return false;
    }
}
