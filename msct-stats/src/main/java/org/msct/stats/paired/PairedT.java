package org.msct.stats.paired;

import org.apache.commons.statistics.distribution.TDistribution;
import org.msct.core.json.JsonObject;
import org.msct.stats.describe.Summary;

/**
 * Paired t-test on the differences d = b - a, as R's {@code t.test(b, a, paired = TRUE)}: two-sided p from the t
 * distribution with n - 1 df, 95% CI computed as R does, {@code (t -/+ qt(0.975, df)) * se}.
 *
 * @param meanDiff mean of d
 * @param sd standard deviation of d (n - 1 denominator)
 * @param se sd / sqrt(n)
 * @param t meanDiff / se
 * @param df n - 1
 * @param p two-sided p-value
 * @param lower lower 95% limit
 * @param upper upper 95% limit
 */
record PairedT(double meanDiff, double sd, double se, double t, double df, double p, double lower, double upper) {

    /** Requires n &gt;= 2 (R stops otherwise). */
    static PairedT of(double[] d) {
        int n = d.length;
        double m = Summary.mean(d);
        double v = Summary.var(d);
        double se = Math.sqrt(v / n);
        double t = m / se;
        double df = n - 1.0;
        TDistribution dist = TDistribution.of(df);
        double p = 2 * dist.cumulativeProbability(-Math.abs(t));
        double q = dist.inverseCumulativeProbability(0.975);
        return new PairedT(m, Math.sqrt(v), se, t, df, p, (t - q) * se, (t + q) * se);
    }

    /** R's t.test stops with "data are essentially constant" in this case. */
    boolean essentiallyConstant() {
        return se < 10 * Math.ulp(1.0) * Math.abs(meanDiff);
    }

    JsonObject json() {
        return JsonObject.create()
                .put("mean_diff", meanDiff)
                .put("sd_diff", sd)
                .put("se", se)
                .put("t", t)
                .put("df", df)
                .put("p", p)
                .put("ci95_lower", lower)
                .put("ci95_upper", upper);
    }
}
