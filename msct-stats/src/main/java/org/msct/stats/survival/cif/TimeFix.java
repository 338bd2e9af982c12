package org.msct.stats.survival.cif;

/**
 * survfit's {@code timefix = TRUE}: times closer than {@code sqrt(.Machine$double.eps)}, absolutely or relative to
 * the mean absolute distinct time, are one time (R's {@code survival:::aeqSurv}). cmprsk does not do this, so only
 * the Aalen–Johansen part uses it.
 */
final class TimeFix {
    /** R's {@code sqrt(.Machine$double.eps)}. */
    static final double TOLERANCE = 1.4901161193847656e-08;

    private TimeFix() {}

    /**
     * @param sorted times in ascending order (finite)
     * @return the same array when nothing is tied, else a new array in which each time is replaced by the first
     *     distinct time of its chain of near-ties (aeqSurv's {@code cuts[findInterval(x, cuts)]})
     */
    static double[] apply(double[] sorted) {
        int n = sorted.length;
        if (n < 2) return sorted;
        double[] y = distinct(sorted);
        if (y.length < 2) return sorted;
        double mean = meanAbs(y);
        boolean[] tied = new boolean[y.length];
        boolean any = false;
        for (int i = 1; i < y.length; i++) {
            double dy = y[i] - y[i - 1];
            tied[i] = dy <= TOLERANCE || dy / mean <= TOLERANCE;
            any |= tied[i];
        }
        if (!any) return sorted;
        double[] out = new double[n];
        int k = 0;
        double cut = y[0];
        for (int i = 0; i < n; i++) {
            while (y[k] != sorted[i]) {
                k++;
                if (!tied[k]) cut = y[k];
            }
            out[i] = cut;
        }
        return out;
    }

    static double[] distinct(double[] sorted) {
        int m = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) m++;
        double[] y = new double[m];
        m = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) y[m++] = sorted[i];
        return y;
    }

    /** R's mean(): a sum, then one correction pass (R accumulates in long double; the cut-off is insensitive). */
    private static double meanAbs(double[] y) {
        double s = 0;
        for (double v : y) s += Math.abs(v);
        s /= y.length;
        double t = 0;
        for (double v : y) t += Math.abs(v) - s;
        return s + t / y.length;
    }
}
