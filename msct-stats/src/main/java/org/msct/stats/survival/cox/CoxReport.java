package org.msct.stats.survival.cox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.survival.common.Halves;

/**
 * Cox proportional hazards as R's {@code coxph} (survival 3.5-3) and the oracle cox.R report it, per tie method:
 * coefficients with model-based and (with {@code --cluster}) robust sandwich SE, Wald z, p and 95% hazard-ratio CI
 * (on the robust SE when clustered), null and final log partial likelihood, likelihood-ratio, Wald and score tests
 * (the Wald chi-square rounded to 2 decimals as {@code summary.coxph} prints it, its p from the unrounded value),
 * robust score test, concordance with its standard error, iterations, n, events, the variance matrix and, for Efron,
 * {@code cox.zph(transform = "km")}. Rows with a missing covariate are dropped. Breslow and Efron ties are fitted;
 * exact ties ({@code ties = "exact"}, right-censored data only) by the discrete conditional likelihood
 * ({@link CoxExact}).
 */
public final class CoxReport {
    /** R's {@code qnorm(0.975)}. */
    private static final double Z975 = 1.9599639845400536;

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** From this size on, independent parts of the computation run in parallel. */
    private static final int PARALLEL_ROWS = 100_000;

    private CoxReport() {}

    /**
     * @throws org.msct.core.error.InputDataException unknown reference arm, a covariate without variance, no events
     */
    public static JsonObject results(TteData data, CoxOptions options) {
        CoxDesign d = CoxDesign.of(data, options);
        JsonObject out = JsonObject.create()
                .put("formula", d.formula)
                .put("arm_levels", d.armLevels.toArray(String[]::new))
                .put("n_rows_used", d.n);
        // the tie methods share the frame and are independent: on large data they run side by side
        List<CoxOptions.Ties> ties = options.ties();
        List<JsonObject> fits = (d.n >= PARALLEL_ROWS ? ties.parallelStream() : ties.stream())
                .map(t -> fit(d, t))
                .toList();
        for (int i = 0; i < ties.size(); i++) out.put(ties.get(i).key(), fits.get(i));
        return out;
    }

    private static JsonObject fit(CoxDesign d, CoxOptions.Ties ties) {
        int p = d.p;
        boolean efron = ties == CoxOptions.Ties.EFRON;
        CoxNewton.Result r;
        if (ties == CoxOptions.Ties.EXACT) {
            if (d.countingProcess()) {
                return JsonObject.create().put("error", "ties = \"exact\" is not implemented for (start, stop] data");
            }
            if (d.cluster != null) {
                // coxph's robust variance needs dfbeta residuals, which R refuses for exact ties
                return JsonObject.create().put("error", "dfbeta residuals are not available for the exact method");
            }
            r = CoxExact.fit(d);
        } else {
            r = CoxNewton.fit(d, efron, efron ? CoxZph.kmTransform(d) : null);
        }
        double[] beta = new double[p];
        double[][] naive = new double[p][p];
        for (int i = 0; i < p; i++) {
            beta[i] = r.betaScaled()[i] * d.scale[i];
            for (int j = 0; j < p; j++) naive[i][j] = r.varScaled()[i][j] * d.scale[i] * d.scale[j];
        }
        double[] lp = linearPredictor(d, r.betaScaled());
        // with clusters the concordance overlaps the robust variance; without, it splits its own sweep over the cores
        // (run here, not in the pool, so that its second half gets the pool's thread)
        CompletableFuture<Concordance.Result> concordance = d.n >= PARALLEL_ROWS && d.cluster != null
                ? CompletableFuture.supplyAsync(() -> Concordance.of(d, lp))
                : CompletableFuture.completedFuture(Concordance.of(d, lp));
        double[][] var = naive;
        Double robustScore = null;
        if (d.cluster != null) {
            double[] res = ScoreResiduals.byCluster(d, r.betaScaled(), efron);
            var = crossProduct(multiply(res, naive, d.nCluster, p), d.nCluster, p);
            double[] res0 = ScoreResiduals.byCluster(d, new double[p], efron);
            double[] u0 = new double[p];
            for (int c = 0; c < d.nCluster; c++) for (int i = 0; i < p; i++) u0[i] += res0[c * p + i];
            robustScore = Chol.wtest(crossProduct(res0, d.nCluster, p), u0, Chol.TOLER);
        }
        // coxph: a column the Cholesky deemed redundant (zero variance) gets an NA coefficient and no test df
        int[] kept = java.util.stream.IntStream.range(0, p)
                .filter(i -> naive[i][i] != 0)
                .toArray();
        int df = kept.length;
        double[] shown = beta.clone();
        for (int i = 0; i < p; i++) if (naive[i][i] == 0) shown[i] = Double.NaN;
        JsonObject o = JsonObject.create().put("coefficients", coefficients(d, shown, naive, var));
        double lr = -2 * (r.loglik0() - r.loglik());
        double wald = Chol.wtest(sub(var, kept), sub(beta, kept), Chol.TOLER);
        o.put("loglik_null", r.loglik0())
                .put("loglik", r.loglik())
                .put("lr_test", test(lr, lr, df))
                .put("wald_test", test(round2(wald), wald, df))
                .put("score_test", test(r.scoreTest(), r.scoreTest(), df));
        // cox.zph drops the NA coefficients (their beta is 0 in the fit)
        JsonObject zph = !efron
                ? null
                : df == p
                        ? CoxZph.table(d, r.uZph(), r.imatZph())
                        : CoxZph.table(d.restrict(kept), sub(r.betaScaled(), kept), CoxZph.kmTransform(d));
        Concordance.Result c = concordance.join();
        o.put("concordance", c.concordance())
                .put("concordance_se", c.std())
                .put("iterations", r.iter())
                .put("n", d.n)
                .put("nevent", d.nEvent)
                .put("vcov", var);
        if (robustScore != null) o.put("robust_score_test", test(robustScore, robustScore, df));
        if (zph != null) o.put("cox_zph_km", zph);
        return o;
    }

    private static JsonObject coefficients(CoxDesign d, double[] beta, double[][] naive, double[][] var) {
        int p = d.p;
        double[] se = new double[p];
        double[] rse = new double[p];
        double[] z = new double[p];
        double[] pv = new double[p];
        double[] hr = new double[p];
        double[] lo = new double[p];
        double[] hi = new double[p];
        for (int i = 0; i < p; i++) {
            se[i] = Math.sqrt(naive[i][i]);
            rse[i] = d.cluster != null ? Math.sqrt(var[i][i]) : Double.NaN;
            double s = d.cluster != null ? rse[i] : se[i];
            z[i] = beta[i] / s;
            pv[i] = 2 * NORMAL.cumulativeProbability(-Math.abs(z[i]));
            hr[i] = Math.exp(beta[i]);
            lo[i] = Math.exp(beta[i] - Z975 * s);
            hi[i] = Math.exp(beta[i] + Z975 * s);
        }
        return JsonObject.create()
                .put("term", d.coefNames.clone())
                .put("coef", beta)
                .put("se", se)
                .put("robust_se", rse)
                .put("z", z)
                .put("p", pv)
                .put("hr", hr)
                .put("hr_lower95", lo)
                .put("hr_upper95", hi);
    }

    private static double[] sub(double[] v, int[] keep) {
        double[] out = new double[keep.length];
        for (int i = 0; i < keep.length; i++) out[i] = v[keep[i]];
        return out;
    }

    private static double[][] sub(double[][] m, int[] keep) {
        double[][] out = new double[keep.length][keep.length];
        for (int i = 0; i < keep.length; i++) for (int j = 0; j < keep.length; j++) out[i][j] = m[keep[i]][keep[j]];
        return out;
    }

    private static JsonObject test(double shown, double stat, int df) {
        return JsonObject.create()
                .put("chisq", shown)
                .put("df", df)
                .put("p", ChiSquaredDistribution.of(df).survivalProbability(stat));
    }

    /** R's {@code round(x, 2)} (the decimal expansion of the double, ties to even). */
    static double round2(double x) {
        if (!Double.isFinite(x)) return x;
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Linear predictor per position, centred as coxph's {@code linear.predictors}. */
    static double[] linearPredictor(CoxDesign d, double[] betaScaled) {
        double[] lp = new double[d.n];
        Halves.each(d.n, PARALLEL_ROWS, (from, to) -> linearPredictor(d, betaScaled, lp, from, to));
        return lp;
    }

    /** Each row's value is its own sum: the rows split in halves give the same numbers. */
    private static void linearPredictor(CoxDesign d, double[] betaScaled, double[] lp, int from, int to) {
        int p = d.p;
        for (int k = from; k < to; k++) {
            double s = 0;
            for (int i = 0; i < p; i++) s += betaScaled[i] * d.x[k * p + i];
            lp[k] = s;
        }
    }

    private static double[] multiply(double[] rows, double[][] m, int nr, int p) {
        double[] out = new double[nr * p];
        for (int c = 0; c < nr; c++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int i = 0; i < p; i++) s += rows[c * p + i] * m[i][j];
                out[c * p + j] = s;
            }
        }
        return out;
    }

    private static double[][] crossProduct(double[] rows, int nr, int p) {
        double[][] out = new double[p][p];
        for (int c = 0; c < nr; c++) {
            for (int i = 0; i < p; i++) {
                double ri = rows[c * p + i];
                for (int j = 0; j < p; j++) out[i][j] += ri * rows[c * p + j];
            }
        }
        return out;
    }
}
