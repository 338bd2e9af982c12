package org.msct.stats.survival.cif;

/**
 * Aalen–Johansen estimate for competing risks (one initial state, K absorbing causes) with the
 * infinitesimal-jackknife standard error, as {@code survfit(Surv(time, factor(status)) ~ 1)} computes them in
 * survival 3.5-3 ({@code survfitCI} → C {@code survfitci}, unit weights, one row per subject).
 *
 * <p>The C code keeps one influence vector U per subject and, at each event time, replaces U by U·H and adds the
 * dH term for those at risk; the SE of state j is sqrt(Σ U_j²). Here the subjects still at risk all share one U,
 * the ones that leave at a time share one U per exit state, and those that have left only get U·H afterwards, so
 * Σ U_0², Σ U_0 U_k and Σ U_k² over the departed are updated in closed form. That is O(K) per time instead of
 * O(n) and gives the same sums up to rounding.
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

    /**
     * @param time timefixed times, ascending
     * @param cause 0 = censored, 1..k = cause, aligned with {@code time}
     * @param k number of causes (states besides the initial one)
     */
    static Curve fit(double[] time, int[] cause, int k) {
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
        double u0 = 0; // U of everyone still at risk, initial state
        double[] u = new double[k]; // ... and cause states
        double q0 = 0; // Σ U_0² over subjects that have left
        double[] pk = new double[k]; // Σ U_0 U_k over them
        double[] qk = new double[k]; // Σ U_k² over them
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
                // survfitci: hmat[0][k] = d_k/n, hmat[0][0] = 1 - d/n, dH term p[0]/n (same operation order)
                double f = 1 - d / ws;
                a = p0 / ws;
                base0 = u0 * f - f * p0 / ws;
                for (int c = 0; c < k; c++) {
                    h[c] = dk[c] / ws;
                    u[c] = (u0 * h[c] + u[c]) - h[c] * p0 / ws;
                    qk[c] = qk[c] + 2 * h[c] * pk[c] + h[c] * h[c] * q0;
                    pk[c] = f * (pk[c] + h[c] * q0);
                    p[c] = p0 * h[c] + p[c];
                }
                q0 = f * f * q0;
                p0 = p0 * f;
            }
            free[it] = p0;
            // at risk without an event (incl. censored now) have U_0 = base0 + a, U_c = u[c];
            // an event of cause m has U_0 = base0 and U_m = u[m] + a
            double ne0 = base0 + a;
            for (int c = 0; c < k; c++) {
                nEvent[c][it] = dk[c];
                cif[c][it] = p[c];
                double ev = u[c] + a;
                double b2 = u[c] * u[c];
                se[c][it] = Math.sqrt(qk[c] + (atRisk - dk[c]) * b2 + dk[c] * (ev * ev));
                qk[c] += (cens + d - dk[c]) * b2 + dk[c] * (ev * ev);
                pk[c] += cens * ne0 * u[c] + d * base0 * u[c] + dk[c] * base0 * a;
            }
            q0 += cens * ne0 * ne0 + d * base0 * base0;
            u0 = ne0;
            atRisk -= cens + d;
            i = j;
        }
        return new Curve(times, nRisk, nEvent, nCensor, free, cif, se);
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
