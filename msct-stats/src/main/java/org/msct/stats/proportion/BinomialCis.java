package org.msct.stats.proportion;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.msct.core.json.JsonObject;

/**
 * One proportion x/n with its 95% confidence intervals, as the oracle binom.R computes them:
 *
 * <ul>
 *   <li>Clopper-Pearson: {@code binom.test} (beta quantiles; 0 at x = 0, 1 at x = n);
 *   <li>Wilson and Wilson with continuity correction: {@code prop.test(x, n, correct = FALSE/TRUE)}, whose null p is
 *       0.5, so the correction is {@code min(0.5, |x - n/2|)}, and whose limits are clipped to [0, 1];
 *   <li>Jeffreys: beta(x + 1/2, n - x + 1/2) quantiles, lower = 0 at x = 0 and upper = 1 at x = n;
 *   <li>Agresti-Coull (x + z^2/2 over n + z^2) and Wald, both clipped to [0, 1];
 *   <li>the exact two-sided binomial test p against p0 ({@code binom.test}).
 * </ul>
 *
 * @param x successes, 0 &lt;= x &lt;= n
 * @param n trials, n &gt;= 1
 */
record BinomialCis(
        int x,
        int n,
        double phat,
        double[] clopperPearson,
        double[] wilson,
        double[] wilsonCc,
        double[] jeffreys,
        double[] agrestiCoull,
        double[] wald,
        double binomTestP) {

    /** qnorm(0.975). */
    static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    static BinomialCis of(int x, int n, double p0) {
        double ph = (double) x / n;
        ClopperPearson exact = ClopperPearson.of(x, n);
        double[] cp = {exact.lower(), exact.upper()};
        double[] jf = {
            x == 0 ? 0 : BetaDistribution.of(x + 0.5, n - x + 0.5).inverseCumulativeProbability(0.025),
            x == n ? 1 : BetaDistribution.of(x + 0.5, n - x + 0.5).inverseCumulativeProbability(0.975)
        };
        double z2 = Z * Z;
        double nt = n + z2;
        double pt = (x + z2 / 2) / nt;
        double hac = Z * Math.sqrt(pt * (1 - pt) / nt);
        double hw = Z * Math.sqrt(ph * (1 - ph) / n);
        return new BinomialCis(
                x,
                n,
                ph,
                cp,
                score(x, n, 0),
                score(x, n, Math.min(0.5, Math.abs(x - n * 0.5))),
                jf,
                new double[] {clip(pt - hac), clip(pt + hac)},
                new double[] {clip(ph - hw), clip(ph + hw)},
                BinomTest.twoSidedP(x, n, p0));
    }

    /** The one-sample {@code prop.test} interval with continuity correction {@code yates}. */
    static double[] score(int x, int n, double yates) {
        double est = (double) x / n;
        double z22n = Z * Z / (2 * n);
        double pc = est + yates / n;
        double upper = pc >= 1 ? 1 : (pc + z22n + Z * Math.sqrt(pc * (1 - pc) / n + z22n / (2 * n))) / (1 + 2 * z22n);
        pc = est - yates / n;
        double lower = pc <= 0 ? 0 : (pc + z22n - Z * Math.sqrt(pc * (1 - pc) / n + z22n / (2 * n))) / (1 + 2 * z22n);
        return new double[] {Math.max(lower, 0), Math.min(upper, 1)};
    }

    /** R's {@code pmin(pmax(v, 0), 1)}. */
    private static double clip(double v) {
        return Math.min(Math.max(v, 0), 1);
    }

    JsonObject json() {
        return JsonObject.create()
                .put("x", x)
                .put("n", n)
                .put("phat", phat)
                .put("clopper_pearson", interval(clopperPearson))
                .put("wilson", interval(wilson))
                .put("wilson_cc", interval(wilsonCc))
                .put("jeffreys", interval(jeffreys))
                .put("agresti_coull", interval(agrestiCoull))
                .put("wald", interval(wald))
                .put("binom_test_p", binomTestP);
    }

    private static JsonObject interval(double[] ci) {
        return JsonObject.create().put("lower", ci[0]).put("upper", ci[1]);
    }
}
