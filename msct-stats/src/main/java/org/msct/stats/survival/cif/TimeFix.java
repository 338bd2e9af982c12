package org.msct.stats.survival.cif;

/**
 * survfit's {@code timefix = TRUE}: times closer than {@code sqrt(.Machine$double.eps)}, absolutely or relative to
 * the mean absolute distinct time, are one time (R's {@code survival:::aeqSurv}). cmprsk does not do this, so only
 * the Aalen–Johansen part uses it.
 */
final class TimeFix {
    private TimeFix() {}

    /**
     * @param sorted times in ascending order (finite)
     * @return the same array when nothing is tied, else a new array in which each time is replaced by the first
     *     distinct time of its chain of near-ties (aeqSurv's {@code cuts[findInterval(x, cuts)]})
     */
    static double[] apply(double[] sorted) {
        return org.msct.stats.survival.common.TimeFix.fixSorted(sorted);
    }

    static double[] distinct(double[] sorted) {
        int m = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) m++;
        double[] y = new double[m];
        m = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) y[m++] = sorted[i];
        return y;
    }
}
