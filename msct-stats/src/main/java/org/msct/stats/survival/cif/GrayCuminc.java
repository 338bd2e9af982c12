package org.msct.stats.survival.cif;

import org.msct.stats.survival.common.TimeFix;

/**
 * Cumulative incidence of one cause with Gray's (Aalen-type delta-method) variance, as cmprsk 2.2-11's Fortran
 * {@code cinc} (called by {@code cuminc}), read off at every distinct time as the step function that jumps at the
 * times of that cause. Raw times: cmprsk compares times exactly (no timefix).
 */
final class GrayCuminc {
    private GrayCuminc() {}

    /**
     * @param time raw times, ascending
     * @param cause 0 = censored, 1..K, aligned with {@code time}
     * @param target the cause estimated
     * @return {est, var} at each distinct time of {@code time}; 0 before the first event of {@code target} (and
     *     everywhere when the cause does not occur, as the oracle fills a cause absent from a group)
     */
    static double[][] at(double[] time, int[] cause, int target) {
        int n = time.length;
        int nt = TimeFix.distinct(time).length;
        double[] est = new double[nt];
        double[] var = new double[nt];
        double fk = 1;
        double v1 = 0;
        double v2 = 0;
        double v3 = 0;
        double f = 0;
        double v = 0;
        double rs = n;
        int l = 0;
        for (int it = 0; it < nt; it++) {
            double ty = time[l];
            int nd1 = 0;
            int nd2 = 0;
            int e = l;
            for (; e < n && time[e] == ty; e++) {
                if (cause[e] == target) nd1++;
                else if (cause[e] != 0) nd2++;
            }
            int nd = nd1 + nd2;
            if (nd > 0) {
                double fkn = fk * (rs - nd) / rs;
                if (nd1 > 0) f = f + fk * nd1 / rs;
                if (nd2 > 0 && fkn > 0) {
                    double t5 = nd2 > 1 ? 1 - (nd2 - 1.0) / (rs - 1.0) : 1;
                    double t6 = fk * fk * t5 * nd2 / (rs * rs);
                    double t3 = 1. / fkn;
                    double t4 = f / fkn;
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                }
                if (nd1 > 0) {
                    double t5 = nd1 > 1 ? 1 - (nd1 - 1.0) / (rs - 1.0) : 1;
                    double t6 = fk * fk * t5 * nd1 / (rs * rs);
                    double t3 = fkn > 0 ? 1 / fkn : 0;
                    double t4 = 1 + t3 * f;
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                    v = v1 + f * f * v3 - 2 * f * v2;
                }
                fk = fkn;
            }
            est[it] = f;
            var[it] = v;
            rs = n - e;
            l = e;
        }
        return new double[][] {est, var};
    }
}
