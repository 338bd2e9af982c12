package org.msct.stats.survival.cif;

import org.msct.stats.survival.common.TimeFix;

/**
 * Aalen–Johansen estimate for competing risks (one initial state, K absorbing causes) with the
 * infinitesimal-jackknife standard error, as {@code survfit(Surv(time, factor(status)) ~ 1)} computes them in
 * survival 3.5-3 ({@code survfitCI} → C {@code survfitci}, unit weights, one row per subject).
 *
 * <p>The C code keeps one influence vector U per subject and, at each event time, replaces U by U·H and adds the
 * dH term for those at risk; the SE of state j is sqrt(Σ U_j²). Here the subjects still at risk all share one U,
 * the ones that leave at a time share one U per exit state, and those that have left only get U·H afterwards
 * ({@link DepartedSums}): per (exit time, state) group with R's exact operations while that costs at most
 * {@link #EXACT_WORK_LIMIT} group updates, else through running moments in O(K) per time (equal up to rounding,
 * but not where R's SE is pure rounding noise, i.e. a CIF of 1). The estimates themselves are always R's operations.
 */
final class AalenJohansen {
    private AalenJohansen() {}

    /**
     * One curve.
     *
     * @param time distinct (timefixed) times, ascending; every time with an event or a censoring
     * @param nRisk number in the initial state just before each time
     * @param nEvent [cause][time] number moving to each cause
     * @param nCensor censored at each time
     * @param eventFree probability of the initial state (the overall Kaplan–Meier)
     * @param cif [cause][time] cumulative incidence
     * @param se [cause][time] infinitesimal-jackknife standard error of the cumulative incidence
     */
    record Curve(
            double[] time,
            int[] nRisk,
            int[][] nEvent,
            int[] nCensor,
            double[] eventFree,
            double[][] cif,
            double[][] se) {}

    /** Largest number of group updates (event times × departed groups) done by {@link DepartedSums.Exact}. */
    static final long EXACT_WORK_LIMIT = 100_000_000L;

    /**
     * @param time timefixed times, ascending
     * @param cause 0 = censored, 1..k = cause, aligned with {@code time}
     * @param k number of causes (states besides the initial one)
     */
    static Curve fit(double[] time, int[] cause, int k) {
        boolean small = exactWork(time, cause, k) <= EXACT_WORK_LIMIT / (k + 1);
        return fit(time, cause, k, small ? new DepartedSums.Exact(k) : new DepartedSums.Moments(k));
    }

    static Curve fit(double[] time, int[] cause, int k, DepartedSums departed) {
        int n = time.length;
        int nt = TimeFix.distinct(time).length;
        double[] times = new double[nt];
        int[] nRisk = new int[nt];
        int[] nCensor = new int[nt];
        int[][] nEvent = new int[k][nt];
        double[] free = new double[nt];
        double[][] cif = new double[k][nt];
        double[][] se = new double[k][nt];

        double p0 = 1;
        double[] p = new double[k];
        double u0 = 0; // U of everyone still at risk: initial state ...
        double[] u = new double[k]; // ... and cause states
        double[] h = new double[k];
        int[] dk = new int[k];
        int atRisk = n;
        int i = 0;
        for (int it = 0; it < nt; it++) {
            double ct = time[i];
            java.util.Arrays.fill(dk, 0);
            int cens = 0;
            int j = i;
            for (; j < n && time[j] == ct; j++) {
                if (cause[j] == 0) cens++;
                else dk[cause[j] - 1]++;
            }
            int d = 0;
            for (int c = 0; c < k; c++) d += dk[c];
            times[it] = ct;
            nRisk[it] = atRisk;
            nCensor[it] = cens;
            double base0 = u0;
            double a = 0;
            if (d > 0) {
                double ws = atRisk;
                // survfitci: hmat[0][c] = d_c/n, hmat[0][0] = 1 - d/n, dH term p[0]/n, same operation order
                double f = 1 - d / ws;
                a = p0 / ws;
                base0 = u0 * f - f * p0 / ws;
                for (int c = 0; c < k; c++) {
                    h[c] = dk[c] / ws;
                    u[c] = (u0 * h[c] + u[c]) - h[c] * p0 / ws;
                    p[c] = p0 * h[c] + p[c];
                }
                departed.transport(f, h);
                p0 = p0 * f;
            }
            free[it] = p0;
            // at risk without an event (incl. censored now): U_0 = base0 + a, U_c = u[c];
            // an event of cause m: U_0 = base0, U_m = u[m] + a
            double ne0 = base0 + a;
            for (int c = 0; c < k; c++) {
                nEvent[c][it] = dk[c];
                cif[c][it] = p[c];
                double ev = u[c] + a;
                se[c][it] = Math.sqrt(departed.sumSquares(c) + (atRisk - dk[c]) * (u[c] * u[c]) + dk[c] * (ev * ev));
            }
            departed.depart(cens, ne0, u, -1, 0);
            for (int c = 0; c < k; c++) departed.depart(dk[c], base0, u, c, a);
            u0 = ne0;
            atRisk -= cens + d;
            i = j;
        }
        return new Curve(times, nRisk, nEvent, nCensor, free, cif, se);
    }

    /** Σ over event times of the departed groups existing then (bounded above): the cost of the exact sums. */
    private static long exactWork(double[] time, int[] cause, int k) {
        long work = 0;
        long groups = 0;
        int n = time.length;
        for (int i = 0; i < n; ) {
            int j = i;
            boolean event = false;
            for (; j < n && time[j] == time[i]; j++) event |= cause[j] != 0;
            if (event) work += groups;
            groups += Math.min(j - i, k + 1);
            i = j;
        }
        return work;
    }

    /** R's {@code qnorm(0.975)}. */
    static final double Z975 = 1.9599639845400536;

    /**
     * survfit's default {@code conf.type = "log"} for a state probability ({@code survfit_confint}, logse = FALSE):
     * NA when p = 0; limits equal p when the SE is 0; upper limit capped at 1.
     *
     * @return {lower, upper}, NaN for NA
     */
    static double[][] logLimits(double[] prob, double[] se) {
        double[] lo = new double[prob.length];
        double[] hi = new double[prob.length];
        for (int i = 0; i < prob.length; i++) {
            double pr = prob[i];
            if (pr == 0 || Double.isNaN(pr)) {
                lo[i] = Double.NaN;
                hi[i] = Double.NaN;
                continue;
            }
            double s = se[i] == 0 ? 0 : se[i] / pr;
            double w = Z975 * s;
            lo[i] = Math.exp(Math.log(pr) - w);
            hi[i] = Math.min(Math.exp(Math.log(pr) + w), 1);
        }
        return new double[][] {lo, hi};
    }
}
