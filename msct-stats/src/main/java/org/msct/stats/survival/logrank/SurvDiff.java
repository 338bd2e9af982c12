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
record SurvDiff(double[][] observed, double[][] expected, double[][] var) {

    /**
     * Rows ordered by (stratum, time) with timefix applied, ready for {@link #fit}.
     *
     * @param time fixed times
     * @param code {@code status | group << 1} of each row (status 0/1)
     * @param start first position of each stratum, plus the end
     */
    record Prepared(double[] time, int[] code, int[] start) {}

    /**
     * @param time times ≥ 0 of all rows
     * @param status 1 = event, otherwise censored
     * @param group group code 0..ngroup−1 of each row (ngroup ≤ 2³⁰, so that the code fits an int)
     * @param ngroup number of groups
     * @param strata stratum code 0..nstrat−1 of each row, or {@code null}
     */
    static Prepared prepare(double[] time, int[] status, int[] group, int ngroup, int[] strata, int nstrat) {
        if (ngroup > 1 << 30) throw new IllegalArgumentException("more than 2^30 groups");
        int n = time.length;
        int ns = strata == null ? 1 : nstrat;
        int gBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, ngroup - 1));
        int sBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, ns - 1));
        // status, group and stratum travel with the sort when they fit in one int; otherwise the row index does
        boolean packed = 1 + gBits + sBits <= 31;
        int[] pay = new int[n];
        if (!packed) {
            for (int i = 0; i < n; i++) pay[i] = i;
        } else if (strata == null) {
            for (int i = 0; i < n; i++) pay[i] = (status[i] == 1 ? 1 : 0) | group[i] << 1;
        } else {
            for (int i = 0; i < n; i++) pay[i] = (status[i] == 1 ? 1 : 0) | group[i] << 1 | strata[i] << (1 + gBits);
        }
        TimeOrder.Sorted s = TimeOrder.sort(time, pay, false);
        double[] fixed = TimeFix.fixSorted(s.time());
        int[] sp = s.payload();
        // one stratum: the sorted codes are the rows' codes
        if (strata == null && packed) return new Prepared(fixed, sp, new int[] {0, n});
        int[] stratumOf = new int[n];
        int[] start = new int[ns + 1];
        for (int i = 0; i < n; i++) {
            int st = strata == null ? 0 : packed ? sp[i] >>> (1 + gBits) : strata[sp[i]];
            stratumOf[i] = st;
            start[st + 1]++;
        }
        for (int k = 0; k < ns; k++) start[k + 1] += start[k];
        int[] pos = start.clone();
        double[] t = new double[n];
        int[] code = new int[n];
        int codeMask = (1 << (1 + gBits)) - 1;
        for (int i = 0; i < n; i++) {
            int p = pos[stratumOf[i]]++;
            t[p] = fixed[i];
            code[p] = packed ? sp[i] & codeMask : (status[sp[i]] == 1 ? 1 : 0) | group[sp[i]] << 1;
        }
        return new Prepared(t, code, start);
    }

    static SurvDiff fit(Prepared d, int ngroup, double rho) {
        int ns = d.start().length - 1;
        double[][] obs = new double[ngroup][ns];
        double[][] exp = new double[ngroup][ns];
        double[] var = new double[ngroup * ngroup];
        for (int s = 0; s < ns; s++) stratum(d, d.start()[s], d.start()[s + 1], ngroup, rho, s, obs, exp, var);
        double[][] v = new double[ngroup][ngroup];
        for (int j = 0; j < ngroup; j++) for (int k = 0; k < ngroup; k++) v[k][j] = var[j * ngroup + k];
        return new SurvDiff(obs, exp, v);
    }

    private static void stratum(
            Prepared d, int from, int to, int ngroup, double rho, int s, double[][] obs, double[][] exp, double[] var) {
        double[] t = d.time();
        int[] code = d.code();
        double[] kaplan = null;
        if (rho != 0) {
            // left-continuous KM of the stratum: the value just before each time
            kaplan = new double[to - from];
            double km = 1;
            for (int i = from; i < to; ) {
                double nrisk = to - i;
                double deaths = 0;
                int j = i;
                for (; j < to && t[j] == t[i]; j++) {
                    kaplan[j - from] = km;
                    deaths += code[j] & 1;
                }
                km = km * (nrisk - deaths) / nrisk;
                i = j;
            }
        }
        double[] risk = new double[ngroup];
        for (int i = to - 1; i >= from; ) {
            // pow(x, 1) is x exactly, in C as in Java
            double wt = rho == 0 ? 1 : rho == 1 ? kaplan[i - from] : Math.pow(kaplan[i - from], rho);
            double deaths = 0;
            double ti = t[i];
            int j = i;
            for (; j >= from && t[j] == ti; j--) {
                int k = code[j] >>> 1;
                int status = code[j] & 1;
                deaths += status;
                risk[k] += 1;
                obs[k][s] += status * wt;
            }
            i = j;
            double nrisk = to - (j + 1);
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
