package org.msct.stats.survival.logrank;

import org.msct.stats.survival.common.TimeFix;
import org.msct.stats.survival.common.TimeOrder;

/**
 * The G-rho family of k-sample tests as {@code survival::survdiff} (C routine survdiff2): weights S(t−)^rho with S the
 * left-continuous Kaplan–Meier of the pooled stratum (rho = 0 log-rank, rho = 1 Peto–Peto / Harrington–Fleming G¹),
 * observed and expected weighted events per group and stratum, and the hypergeometric covariance of O − E summed over
 * strata. Times are first merged by R's timefix over all rows.
 *
 * @param observed {@code [group][stratum]} weighted observed events
 * @param expected {@code [group][stratum]} weighted expected events
 * @param var covariance of O − E, {@code [row][col]} as R's {@code matrix(var.e, ngroup, ngroup)}
 */
public record SurvDiff(double[][] observed, double[][] expected, double[][] var) {

    /**
     * @param time times (≥ 0) of all rows
     * @param status 1 = event, 0 = censored
     * @param group group code 0..ngroup−1 per row
     * @param strata stratum code 0..nstrat−1 per row, or {@code null} for one stratum
     * @param rho weight exponent ≥ 0
     */
    public static SurvDiff fit(double[] time, int[] status, int[] group, int ngroup, int[] strata, int nstrat, double rho) {
        int n = time.length;
        int[] order = TimeOrder.of(time);
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) sorted[i] = time[order[i]];
        double[] fixed = TimeFix.fixSorted(sorted);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[order[i]] = fixed[i];
        double[][] obs = new double[ngroup][Math.max(1, nstrat)];
        double[][] exp = new double[ngroup][Math.max(1, nstrat)];
        double[] var = new double[ngroup * ngroup];
        for (int s = 0; s < Math.max(1, nstrat); s++) {
            int[] rows = strata == null ? order : TimeOrder.select(order, strata, s);
            stratum(rows, t, status, group, ngroup, rho, s, obs, exp, var);
        }
        double[][] v = new double[ngroup][ngroup];
        for (int j = 0; j < ngroup; j++) for (int k = 0; k < ngroup; k++) v[k][j] = var[j * ngroup + k];
        return new SurvDiff(obs, exp, v);
    }

    private static void stratum(
            int[] rows,
            double[] t,
            int[] status,
            int[] group,
            int ngroup,
            double rho,
            int s,
            double[][] obs,
            double[][] exp,
            double[] var) {
        int n = rows.length;
        double[] kaplan = null;
        if (rho != 0) {
            // left-continuous KM of the stratum: the value just before each time
            kaplan = new double[n];
            double km = 1;
            for (int i = 0; i < n; ) {
                double nrisk = n - i;
                double deaths = 0;
                int j = i;
                for (; j < n && t[rows[j]] == t[rows[i]]; j++) {
                    kaplan[j] = km;
                    deaths += status[rows[j]];
                }
                km = km * (nrisk - deaths) / nrisk;
                i = j;
            }
        }
        double[] risk = new double[ngroup];
        for (int i = n - 1; i >= 0; ) {
            double wt = rho == 0 ? 1 : Math.pow(kaplan[i], rho);
            double deaths = 0;
            double ti = t[rows[i]];
            int j = i;
            for (; j >= 0 && t[rows[j]] == ti; j--) {
                int r = rows[j];
                int k = group[r];
                deaths += status[r];
                risk[k] += 1;
                obs[k][s] += status[r] * wt;
            }
            i = j;
            double nrisk = n - (j + 1);
            if (deaths > 0) {
                // operation order of survdiff2.c
                for (int k = 0; k < ngroup; k++) exp[k][s] += wt * deaths * risk[k] / nrisk;
                if (nrisk == 1) continue;
                double w2 = wt * wt;
                for (int g = 0; g < ngroup; g++) {
                    double tmp = w2 * deaths * risk[g] * (nrisk - deaths) / (nrisk * (nrisk - 1));
                    var[g * ngroup + g] += tmp;
                    for (int k = 0; k < ngroup; k++) var[g * ngroup + k] -= tmp * risk[k] / nrisk;
                }
            }
        }
    }
}
