package org.msct.stats.survival.km;

import org.msct.stats.survival.common.TimeFix;
import org.msct.stats.survival.common.TimeOrder;

/**
 * One Kaplan–Meier curve as {@code survival::survfit(Surv(time, status) ~ 1)} (survival 3.5-3, C routine survfitkm,
 * type 1: KM survival, Nelson–Aalen hazard), one row per distinct time (after {@link TimeFix}), censor-only times
 * included.
 *
 * @param n subjects in the curve
 * @param events total number of events
 * @param time distinct times, ascending
 * @param nRisk number at risk just before each time
 * @param nEvent events at each time
 * @param nCensor censorings at each time
 * @param surv KM estimate S(t), in [0, 1]
 * @param stdErr Greenwood standard error of log S ({@code std.err}); +∞ once S = 0, 0 before the first event
 * @param cumhaz Nelson–Aalen cumulative hazard
 * @param stdChaz its standard error, sqrt(Σ d/n²) ({@code std.chaz})
 */
public record KmCurve(
        int n,
        int events,
        double[] time,
        int[] nRisk,
        int[] nEvent,
        int[] nCensor,
        double[] surv,
        double[] stdErr,
        double[] cumhaz,
        double[] stdChaz) {

    public int size() {
        return time.length;
    }

    /**
     * Fits the curve of sorted rows.
     *
     * @param rows the curve's rows in ascending order of time; bit 0 of the payload is the event indicator
     */
    public static KmCurve fit(TimeOrder.Sorted rows) {
        int n = rows.size();
        double[] t = TimeFix.fixSorted(rows.time());
        int[] pay = rows.payload();
        int m = 0;
        for (int i = 0; i < n; i++) if (i == 0 || t[i] != t[i - 1]) m++;
        double[] ut = new double[m];
        int[] risk = new int[m];
        int[] ev = new int[m];
        int[] cens = new int[m];
        int events = 0;
        int j = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || t[i] != t[i - 1]) {
                j++;
                ut[j] = t[i];
                risk[j] = n - i;
            }
            if ((pay[i] & 1) == 1) {
                ev[j]++;
                events++;
            } else {
                cens[j]++;
            }
        }
        double[] surv = new double[m];
        double[] se = new double[m];
        double[] ch = new double[m];
        double[] sch = new double[m];
        double km = 1;
        double nelson = 0;
        double v1 = 0;
        double v2 = 0;
        for (int i = 0; i < m; i++) {
            double d = ev[i];
            double nr = risk[i];
            if (d > 0) {
                // the operation order of survfitkm.c, so that the digits agree with R's
                nelson += d / nr;
                v2 += d / (nr * nr);
                km *= (nr - d) / nr;
                v1 += d / (nr * (nr - d));
            }
            surv[i] = km;
            se[i] = Math.sqrt(v1);
            ch[i] = nelson;
            sch[i] = Math.sqrt(v2);
        }
        return new KmCurve(n, events, ut, risk, ev, cens, surv, se, ch, sch);
    }
}
