package org.msct.stats.survival.logrank;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/**
 * Log-rank (rho = 0) and Peto–Peto (rho = 1) tests across arms, as the oracle logrank.R built on
 * {@code survival::survdiff} (survival 3.5-3), stratified when {@code data.strata()} is present. Per test: arms (arm
 * order), n, observed and expected (weighted) events summed over strata, the covariance matrix of O − E, chisq =
 * (O − E)'V⁻(O − E) over the arms with expected &gt; 0 less the first, df, p = P(χ²_df &gt; chisq), and z = (O₁ −
 * E₁)/√V₁₁ with two arms. A {@code tstart} column is ignored (survdiff takes right-censored data only).
 */
public final class LogRankReport {
    /** From this many rows the two tests run on two threads. */
    private static final int PARALLEL_ROWS = 100_000;

    private LogRankReport() {}

    /** Log-rank and Peto-Peto tests across arms, stratified when {@code data.strata()} is present. */
    public static JsonObject results(TteData data) {
        List<String> arms = data.armLevels();
        int k = arms.size();
        if (k < 2) {
            throw new InputDataException(
                    data.file(),
                    0,
                    "arm",
                    "the log-rank test needs at least two arms; the file has only "
                            + (k == 0 ? "none" : "'" + arms.get(0) + "'"));
        }
        int[] n = new int[k];
        for (int a : data.arm()) n[a]++;
        int nstrat = data.strata() == null ? 1 : data.strataLevels().size();
        SurvDiff.Prepared prepared = SurvDiff.prepare(data.time(), data.status(), data.arm(), k, data.strata(), nstrat);
        // the two tests read the same prepared rows: on large data the Peto-Peto pass runs beside the log-rank one
        java.util.concurrent.CompletableFuture<SurvDiff> peto = prepared.time().length >= PARALLEL_ROWS
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> SurvDiff.fit(prepared, k, 1))
                : null;
        SurvDiff logrank = SurvDiff.fit(prepared, k, 0);
        JsonObject out = JsonObject.create();
        out.put("logrank", test(logrank, arms, n));
        out.put("peto_rho1", test(peto != null ? peto.join() : SurvDiff.fit(prepared, k, 1), arms, n));
        return out;
    }

    private static JsonObject test(SurvDiff f, List<String> arms, int[] n) {
        int k = arms.size();
        double[] o = new double[k];
        double[] e = new double[k];
        for (int g = 0; g < k; g++) {
            for (int s = 0; s < f.observed()[g].length; s++) {
                o[g] += f.observed()[g][s];
                e[g] += f.expected()[g][s];
            }
        }
        int[] keep =
                java.util.stream.IntStream.range(0, k).filter(g -> e[g] > 0).toArray();
        double chisq = 0;
        if (keep.length >= 2) {
            int m = keep.length - 1;
            double[] d = new double[m];
            double[][] v = new double[m][m];
            for (int i = 0; i < m; i++) {
                d[i] = o[keep[i + 1]] - e[keep[i + 1]];
                for (int j = 0; j < m; j++) v[i][j] = f.var()[keep[i + 1]][keep[j + 1]];
            }
            chisq = QuadraticForm.of(v, d);
        }
        // df = arms with expected > 0, less one, as print.survdiff and survdiff's own $pvalue have it. The oracle
        // script logrank.R applies sum(s$exp > 0) - 1 to the arm x stratum matrix of a stratified fit and so counts
        // cells (df 5 instead of 1 for pbc_death_logrank_strat); that is a defect of the script, not R's answer.
        int df = keep.length - 1;
        JsonObject r = JsonObject.create()
                .put("arms", arms.toArray(String[]::new))
                .put("n", n.clone())
                .put("observed", o)
                .put("expected", e)
                .put("var", f.var())
                .put("chisq", chisq)
                .put("df", df)
                .put("p", upperChiSquare(chisq, df));
        if (k == 2) r.put("z_first_arm", (o[0] - e[0]) / Math.sqrt(f.var()[0][0]));
        return r;
    }

    /** {@code pchisq(x, df, lower.tail = FALSE)}, including R's df = 0 point mass at 0. */
    static double upperChiSquare(double x, int df) {
        if (df < 0 || Double.isNaN(x)) return Double.NaN;
        if (df == 0) return x > 0 ? 0 : 1;
        return ChiSquaredDistribution.of(df).survivalProbability(x);
    }
}
