package org.msct.stats.survival.cox;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.msct.core.json.JsonObject;

/**
 * Proportional-hazards test {@code cox.zph(fit, transform = "km")} of survival 3.5-3 (Grambsch &amp; Therneau 1994, as
 * implemented in {@code zph1.c}/{@code zph2.c}): g(t) = 1 - KM(t-) of all rows, centred over the events; the score
 * test that the coefficients of x*g(t) are 0, one step from the fitted beta, per term (all columns of a factor
 * together) and GLOBAL. Returns {@code null} when the 2p x 2p information is singular (R's tryCatch then drops it).
 */
final class CoxZph {
    private CoxZph() {}

    /** Test of the extended score {@code uExt} with information {@code imatExt} at the fitted beta. */
    static JsonObject table(CoxDesign d, double[] uExt, double[][] imatExt) {
        int p = d.p;
        int nt = d.termLabels.length;
        String[] term = new String[nt + 1];
        double[] chisq = new double[nt + 1];
        int[] df = new int[nt + 1];
        double[] pv = new double[nt + 1];
        try {
            for (int t = 0; t <= nt; t++) {
                int[] cols = t < nt ? d.assign[t] : range(p);
                int[] kk = new int[p + cols.length];
                for (int i = 0; i < p; i++) kk[i] = i;
                for (int i = 0; i < cols.length; i++) kk[p + i] = p + cols[i];
                double[][] sub = new double[kk.length][kk.length];
                double[] u = new double[kk.length];
                for (int i = 0; i < kk.length; i++) {
                    for (int j = 0; j < kk.length; j++) sub[i][j] = imatExt[kk[i]][kk[j]];
                    if (i >= p) u[i] = uExt[kk[i]];
                }
                RealVector uv = new ArrayRealVector(u, false);
                RealVector s = new LUDecomposition(new Array2DRowRealMatrix(sub, false), 1e-300)
                        .getSolver()
                        .solve(uv);
                term[t] = t < nt ? d.termLabels[t] : "GLOBAL";
                chisq[t] = s.dotProduct(uv);
                df[t] = cols.length;
                pv[t] = ChiSquaredDistribution.of(df[t]).survivalProbability(chisq[t]);
            }
        } catch (MathIllegalArgumentException singular) {
            return null;
        }
        return JsonObject.create()
                .put("term", term)
                .put("chisq", chisq)
                .put("df", df)
                .put("p", pv);
    }

    /** Recomputes the extension on a design restricted to the non-NA coefficients, at their fitted values. */
    static JsonObject table(CoxDesign restricted, double[] betaScaled, double[] g) {
        RiskSetPass pass = new RiskSetPass(restricted, true, g);
        pass.run(betaScaled);
        return table(restricted, pass.uExt, pass.imatExt);
    }

    private static int[] range(int p) {
        int[] r = new int[p];
        for (int i = 0; i < p; i++) r[i] = i;
        return r;
    }

    /**
     * 1 - S(t-) at each row's stop time, S the Kaplan-Meier of all rows ((start, stop] risk sets for counting-process
     * data), centred by its mean over the event rows.
     */
    static double[] kmTransform(CoxDesign d) {
        int n = d.n;
        double[] g = new double[n];
        double surv = 1;
        int k = 0;
        int starts = 0; // rows with start < current time (counting process)
        while (k < n) {
            double t = d.stop[k];
            int end = k;
            int deaths = 0;
            while (end < n && d.stop[end] == t) deaths += d.status[end++];
            for (int r = k; r < end; r++) g[r] = 1 - surv;
            if (deaths > 0) {
                long atRisk;
                if (d.countingProcess()) {
                    while (starts < n && d.start[d.startOrder[n - 1 - starts]] < t) starts++;
                    atRisk = starts - (long) k;
                } else {
                    atRisk = n - (long) k;
                }
                surv *= 1 - (double) deaths / atRisk;
            }
            k = end;
        }
        double sum = 0;
        int events = 0;
        for (int r = 0; r < n; r++) {
            if (d.status[r] == 1) {
                sum += g[r];
                events++;
            }
        }
        double mean = sum / events;
        for (int r = 0; r < n; r++) g[r] -= mean;
        return g;
    }
}
