package org.msct.stats.survival.km;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.msct.core.error.InputDataException;
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

    /** From this many rows the pooled curve is fitted on a second thread. */
    private static final int PARALLEL_ROWS = 100_000;

    private KmReport() {}

    /**
     * @param times landmark times or {@code null}
     * @param tau restricted-mean horizon or {@code null}
     * @param withTable include the per-time {@code table}
     */
    public static JsonObject results(TteData data, double[] times, Double tau, boolean withTable) {
        return results(data, times, tau, withTable, PARALLEL_ROWS);
    }

    /** As {@link #results(TteData, double[], Double, boolean)}, the pooled curve beside the arms' from {@code parallelRows}. */
    static JsonObject results(TteData data, double[] times, Double tau, boolean withTable, int parallelRows) {
        int n = data.size();
        if (n == 0) throw new InputDataException(data.file(), 0, null, "the file has no data rows");
        int[] pay = new int[n];
        for (int i = 0; i < n; i++) pay[i] = data.arm()[i] << 1 | (data.status()[i] == 1 ? 1 : 0);
        TimeOrder.Sorted all = TimeOrder.sort(data.time(), pay, false);
        List<String> arms = data.armLevels();
        // the pooled curve and the arms' curves are independent: on large data the pooled one is fitted beside them
        CompletableFuture<JsonObject> pooled =
                n >= parallelRows ? CompletableFuture.supplyAsync(() -> curve(all, times, tau, withTable)) : null;
        JsonObject byArm = JsonObject.create();
        TimeOrder.Sorted[] byCode = TimeOrder.split(all, 1, arms.size());
        for (int a = 0; a < arms.size(); a++) byArm.put(arms.get(a), curve(byCode[a], times, tau, withTable));
        return JsonObject.create()
                .put("by_arm", byArm)
                .put("pooled", pooled != null ? pooled.join() : curve(all, times, tau, withTable));
    }

    private static JsonObject curve(TimeOrder.Sorted rows, double[] times, Double tau, boolean withTable) {
        KmCurve c = KmCurve.fit(rows);
        ConfType[] types = ConfType.values();
        double[][][] limits = new double[types.length][][];
        JsonObject out = JsonObject.create().put("n", c.n()).put("n_event", c.events());
        if (withTable) {
            for (ConfType ct : types) limits[ct.ordinal()] = ct.limits(c);
            out.put("table", table(c, limits));
        }
        double[] est = KmQuantiles.find(c.time(), Curve.nonIncreasing(c.surv()), PROBS);
        JsonObject q = JsonObject.create();
        for (ConfType ct : types) {
            // with the table the limits exist already; without it they are computed only where a search looks
            double[][] lim = limits[ct.ordinal()];
            Curve lower = lim != null ? Curve.of(lim[0]) : new BandCurve(c, ct, false);
            Curve upper = lim != null ? Curve.of(lim[1]) : new BandCurve(c, ct, true);
            q.put(
                    ct.key(),
                    JsonObject.create()
                            .put("prob", PROBS.clone())
                            .put("estimate", est.clone())
                            .put("lower", KmQuantiles.find(c.time(), lower, PROBS))
                            .put("upper", KmQuantiles.find(c.time(), upper, PROBS)));
        }
        out.put("quantiles", q);
        KmSummary summary = new KmSummary(c);
        if (times != null && times.length > 0) out.put("landmarks", summary.landmarks(times));
        if (tau != null) {
            double[] rm = summary.rmean(tau);
            out.put(
                    "rmean",
                    JsonObject.create().put("tau", tau).put("rmean", rm[0]).put("se_rmean", rm[1]));
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
