package org.msct.stats.proportion;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.msct.core.json.JsonObject;

/**
 * Difference of two independent proportions, p(other) - p(reference), as binom.R: Wald CI; Newcombe's hybrid score
 * CI (method 10 of Newcombe, Stat Med 17:873, 1998) from the Wilson limits; R's 2-sample {@code prop.test} with and
 * without Yates' correction (chi-square, p and its CI clipped to [-1, 1]); Fisher's exact test on the 2x2 table.
 */
final class ProportionDifference {
    private static final ChiSquaredDistribution CHISQ1 = ChiSquaredDistribution.of(1);

    private ProportionDifference() {}

    static JsonObject json(String refName, BinomialCis ref, String otherName, BinomialCis other) {
        BinomialCis t = other;
        BinomialCis r = ref;
        double z = BinomialCis.Z;
        double dif = t.phat() - r.phat();
        double se = Math.sqrt(t.phat() * (1 - t.phat()) / t.n() + r.phat() * (1 - r.phat()) / r.n());
        double nl = dif - Math.sqrt(sq(t.phat() - t.wilson()[0]) + sq(r.wilson()[1] - r.phat()));
        double nu = dif + Math.sqrt(sq(t.wilson()[1] - t.phat()) + sq(r.phat() - r.wilson()[0]));
        FisherExact f = FisherExact.of(t.x(), r.x(), t.n() - t.x(), r.n() - r.x());
        return JsonObject.create()
                .put("definition", "p(" + otherName + ") - p(" + refName + ")")
                .put("estimate", dif)
                .put(
                        "wald",
                        JsonObject.create()
                                .put("lower", dif - z * se)
                                .put("upper", dif + z * se)
                                .put("se", se))
                .put(
                        "newcombe_hybrid_score",
                        JsonObject.create().put("lower", nl).put("upper", nu))
                .put("chisq_yates", propTest2(t, r, true))
                .put("chisq_uncorrected", propTest2(t, r, false))
                .put(
                        "fisher_exact",
                        JsonObject.create()
                                .put("p", f.p())
                                .put("odds_ratio_cmle", f.oddsRatio())
                                .put("or_lower", f.lower())
                                .put("or_upper", f.upper()));
    }

    /** R's {@code prop.test(c(x1, x2), c(n1, n2), correct)}: statistic, p and the CI of p1 - p2. */
    static JsonObject propTest2(BinomialCis g1, BinomialCis g2, boolean correct) {
        double n1 = g1.n();
        double n2 = g2.n();
        double e1 = g1.x() / n1;
        double e2 = g2.x() / n2;
        double delta = e1 - e2;
        double invN = 1 / n1 + 1 / n2;
        double yates = Math.min(correct ? 0.5 : 0, Math.abs(delta) / invN);
        double width = BinomialCis.Z * Math.sqrt(e1 * (1 - e1) / n1 + e2 * (1 - e2) / n2) + yates * invN;
        double p = (g1.x() + (double) g2.x()) / (n1 + n2);
        // cells in R's column-major order: successes of both groups, then failures
        double stat = cell(g1.x(), n1 * p, yates)
                + cell(g2.x(), n2 * p, yates)
                + cell(n1 - g1.x(), n1 * (1 - p), yates)
                + cell(n2 - g2.x(), n2 * (1 - p), yates);
        return JsonObject.create()
                .put("statistic", stat)
                .put("p", Double.isNaN(stat) ? Double.NaN : CHISQ1.survivalProbability(stat))
                .put("ci_lower", Math.max(delta - width, -1))
                .put("ci_upper", Math.min(delta + width, 1));
    }

    private static double cell(double obs, double expected, double yates) {
        return sq(Math.abs(obs - expected) - yates) / expected;
    }

    private static double sq(double v) {
        return v * v;
    }
}
