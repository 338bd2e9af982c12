package org.msct.stats.survival.km;

import java.util.List;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.survival.common.TimeOrder;

/**
 * Kaplan–Meier estimates per arm (arm order) and pooled, as the oracle km.R built on {@code survival::survfit}
 * (survival 3.5-3): the per-time table with Greenwood and Nelson–Aalen standard errors and 95% limits of type log,
 * log-log and plain; quartiles with Brookmeyer–Crowley limits ({@code quantile.survfit}); landmark rows
 * ({@code summary(fit, times, extend = TRUE)}); restricted mean with its SE ({@code summary(fit, rmean = tau)}). Times
 * are in the input's unit; status 1 = event, anything else censored; a {@code tstart} column is ignored, as in km.R.
 * Times closer than R's timefix tolerance are merged, separately for each arm and for the pooled curve (km.R fits
 * each subset on its own). Non-finite values print as null (R's NA). See shared/spec/cli-contract.md for the layout.
 */
public final class KmReport {
    private static final double[] PROBS = {0.25, 0.5, 0.75};

    private KmReport() {}

    /**
     * @param times landmark times or {@code null}
     * @param tau restricted-mean horizon or {@code null}
     * @param withTable include the per-time {@code table}
     */
    public static JsonObject results(TteData data, double[] times, Double tau, boolean withTable) {
        int[] order = TimeOrder.of(data.time());
        List<String> arms = data.armLevels();
        JsonObject byArm = JsonObject.create();
        for (int a = 0; a < arms.size(); a++) {
            int[] rows = TimeOrder.select(order, data.arm(), a);
            byArm.put(arms.get(a), curve(data, rows, times, tau, withTable));
        }
        return JsonObject.create().put("by_arm", byArm).put("pooled", curve(data, order, times, tau, withTable));
    }

    private static JsonObject curve(TteData data, int[] rows, double[] times, Double tau, boolean withTable) {
        KmCurve c = KmCurve.fit(data.time(), data.status(), rows);
        ConfType[] types = ConfType.values();
        double[][][] limits = new double[types.length][][];
        for (ConfType ct : types) limits[ct.ordinal()] = ct.limits(c);
        JsonObject out = JsonObject.create().put("n", c.n()).put("n_event", c.events());
        if (withTable) out.put("table", table(c, limits));
        double[] est = KmQuantiles.find(c.time(), c.surv(), PROBS);
        JsonObject q = JsonObject.create();
        for (ConfType ct : types) {
            q.put(
                    ct.key(),
                    JsonObject.create()
                            .put("prob", PROBS.clone())
                            .put("estimate", est.clone())
                            .put("lower", KmQuantiles.find(c.time(), limits[ct.ordinal()][0], PROBS))
                            .put("upper", KmQuantiles.find(c.time(), limits[ct.ordinal()][1], PROBS)));
        }
        out.put("quantiles", q);
        KmSummary summary = new KmSummary(c);
        if (times != null && times.length > 0) out.put("landmarks", summary.landmarks(times, limits));
        if (tau != null) {
            double[] rm = summary.rmean(tau);
            out.put("rmean", JsonObject.create().put("tau", tau).put("rmean", rm[0]).put("se_rmean", rm[1]));
        }
        return out;
    }

    private static JsonObject table(KmCurve c, double[][][] limits) {
        int m = c.size();
        double[] seSurv = new double[m];
        for (int i = 0; i < m; i++) seSurv[i] = c.surv()[i] * c.stdErr()[i];
        JsonObject t = JsonObject.create()
                .put("time", c.time())
                .put("n_risk", c.nRisk())
                .put("n_event", c.nEvent())
                .put("n_censor", c.nCensor())
                .put("surv", c.surv())
                .put("se_surv", seSurv)
                .put("se_log_surv", c.stdErr())
                .put("cumhaz", c.cumhaz())
                .put("se_cumhaz", c.stdChaz());
        for (ConfType ct : ConfType.values()) {
            t.put("lower_" + ct.key(), limits[ct.ordinal()][0]);
            t.put("upper_" + ct.key(), limits[ct.ordinal()][1]);
        }
        return t;
    }
}
