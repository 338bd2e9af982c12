package org.msct.reports.figure;

import java.util.Objects;

/**
 * One series of a {@link MeanSdChart}: mean ± SD of a variable at each visit, with n and an optional p-value versus
 * baseline per point. Arrays are copied on construction and on access.
 *
 * @param label series label (legend, n table), e.g. "SLEDAI-2K" or an arm
 * @param x visit positions (months or visit index), finite, increasing
 * @param mean mean per visit; NaN = no data (no point, the line is interrupted)
 * @param sd standard deviation per visit, &ge; 0; NaN = no error bar
 * @param n number of observations per visit (printed under the axis), or empty for no n row
 * @param p p-value versus baseline per visit in [0, 1], NaN where no test (e.g. baseline), or empty; drawn as
 *     {@link org.msct.reports.table.Fmt#stars(double) stars} above the error bar
 */
public record MeanSdSeries(String label, double[] x, double[] mean, double[] sd, int[] n, double[] p) {
    public MeanSdSeries {
        Objects.requireNonNull(label, "label");
        x = x.clone();
        mean = mean.clone();
        sd = sd.clone();
        n = n.clone();
        p = p.clone();
        String where = "series '" + label + "': ";
        int k = x.length;
        if (mean.length != k
                || sd.length != k
                || (n.length != 0 && n.length != k)
                || (p.length != 0 && p.length != k)) {
            throw new IllegalArgumentException(where + "mean, sd (and n, p when given) must have one entry per x");
        }
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(x[i]) || (i > 0 && x[i] <= x[i - 1])) {
                throw new IllegalArgumentException(where + "x must be finite and increasing; x[" + i + "] = " + x[i]);
            }
            if (Double.isInfinite(mean[i]) || sd[i] < 0 || Double.isInfinite(sd[i])) {
                throw new IllegalArgumentException(where + "invalid mean/sd at x = " + x[i]);
            }
            if (n.length != 0 && n[i] < 0) throw new IllegalArgumentException(where + "negative n at x = " + x[i]);
            if (p.length != 0 && !Double.isNaN(p[i]) && !(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException(where + "p must be in [0, 1]; p at x = " + x[i] + " is " + p[i]);
            }
        }
    }

    /** A series without n and p-values. */
    public MeanSdSeries(String label, double[] x, double[] mean, double[] sd) {
        this(label, x, mean, sd, new int[0], new double[0]);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }

    @Override
    public int[] n() {
        return n.clone();
    }

    @Override
    public double[] p() {
        return p.clone();
    }
}
