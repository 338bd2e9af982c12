package org.msct.stats.survival.cif;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.core.json.JsonObject;
import org.msct.stats.survival.common.TimeFix;

/** The per-arm / pooled member of the cif results: {@code n, aalen_johansen, landmarks, cmprsk}. */
final class CifGroupJson {
    private CifGroupJson() {}

    /**
     * @param time raw times of the group, ascending
     * @param cause 0 = censored, 1..K (index into {@code labels}, plus one), aligned
     * @param labels cause labels in cause order
     * @param landmarks sorted finite landmark times, or {@code null} for none
     */
    static JsonObject of(double[] time, int[] cause, List<String> labels, double @Nullable [] landmarks) {
        int k = labels.size();
        AalenJohansen.Curve aj = AalenJohansen.fit(TimeFix.fixSorted(time), cause, k);
        JsonObject tab = JsonObject.create().put("time", aj.time()).put("n_risk", aj.nRisk());
        for (int c = 0; c < k; c++) tab.put("n_event_" + labels.get(c), aj.nEvent()[c]);
        tab.put("n_censor", aj.nCensor()).put("event_free", aj.eventFree());
        for (int c = 0; c < k; c++) {
            String lab = labels.get(c);
            double[][] ci = AalenJohansen.logLimits(aj.cif()[c], aj.se()[c]);
            tab.put("cif_" + lab, aj.cif()[c])
                    .put("se_cif_" + lab, aj.se()[c])
                    .put("lower_" + lab, ci[0])
                    .put("upper_" + lab, ci[1]);
        }
        JsonObject out = JsonObject.create().put("n", time.length).put("aalen_johansen", tab);
        if (landmarks != null) out.put("landmarks", landmarks(aj, labels, landmarks));
        JsonObject cm = JsonObject.create().put("time", TimeFix.distinct(time));
        for (int c = 0; c < k; c++) {
            double[][] g = GrayCuminc.at(time, cause, c + 1);
            cm.put("cif_" + labels.get(c), g[0]).put("var_" + labels.get(c), g[1]);
        }
        out.put("cmprsk", cm);
        return out;
    }

    /**
     * {@code summary(fit, times, extend = TRUE)}: the state at the last time ≤ t; before the first time the
     * starting row that survfit0 adds at time 0 (CIF 0, SE 0) unless the curve already starts at 0.
     */
    private static JsonObject landmarks(AalenJohansen.Curve aj, List<String> labels, double[] at) {
        int k = labels.size();
        double[] ft = aj.time();
        double[][] cif = new double[k][at.length];
        double[][] se = new double[k][at.length];
        for (int i = 0; i < at.length; i++) {
            int idx = countAtOrBefore(ft, at[i]);
            if (idx == 0 && ft[0] == 0) idx = 1;
            for (int c = 0; c < k; c++) {
                cif[c][i] = idx == 0 ? 0 : aj.cif()[c][idx - 1];
                se[c][i] = idx == 0 ? 0 : aj.se()[c][idx - 1];
            }
        }
        JsonObject lm = JsonObject.create().put("time", at);
        for (int c = 0; c < k; c++) lm.put("cif_" + labels.get(c), cif[c]).put("se_cif_" + labels.get(c), se[c]);
        return lm;
    }

    /** R's findInterval(t, x): the number of elements of ascending {@code x} that are ≤ t. */
    static int countAtOrBefore(double[] x, double t) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
