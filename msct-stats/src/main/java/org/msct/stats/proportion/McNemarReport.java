package org.msct.stats.proportion;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.paired.Pairs;

/**
 * McNemar's test for paired 0/1 values at two visits, as the oracle mcnemar.R, per arm (arms with at least one pair,
 * byte order; arm of the visit-A row) and pooled. Cells n_ab count pairs with value a at visit A and b at visit B.
 *
 * <ul>
 *   <li>{@code mcnemar.test} with continuity correction, (|n01 - n10| - 1)^2 / (n01 + n10) (0 when n01 = n10), and
 *       without; both null when n01 + n10 = 0;
 *   <li>exact conditional p = {@code binom.test(n01, n01 + n10, 0.5)}, and mid-p = exact p - P(X = min(n01, n10))
 *       (Fagerland, Lydersen &amp; Laake, BMC Med Res Methodol 13:91, 2013); both 1 when n01 + n10 = 0;
 *   <li>difference of paired proportions (n01 - n10)/n with Wald CI, se = sqrt(n01 + n10 - (n01 - n10)^2/n) / n.
 * </ul>
 */
public final class McNemarReport {
    private static final ChiSquaredDistribution CHISQ1 = ChiSquaredDistribution.of(1);

    private McNemarReport() {}

    /**
     * @throws InputDataException if no subject has both values, or a paired value is not 0/1 (the row is named)
     */
    public static JsonObject results(LongData data, String param, String paramB, double visitA, double visitB) {
        Pairs all = Pairs.of(data, param, visitA, paramB, visitB);
        check(data, all.a(), all.rowA(), param, visitA);
        check(data, all.b(), all.rowB(), paramB, visitB);
        JsonObject byArm = JsonObject.create();
        int[] counts = all.countByArm(data.armLevels().size());
        for (int arm = 0; arm < counts.length; arm++) {
            if (counts[arm] > 0) byArm.put(data.armLevels().get(arm), one(all.ofArm(arm)));
        }
        return JsonObject.create().put("by_arm", byArm).put("pooled", one(all));
    }

    private static void check(LongData data, double[] v, int[] rows, String param, double visit) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0 && v[i] != 1) {
                throw new InputDataException(
                        data.file(),
                        rows[i] + 1,
                        "value",
                        "value of param '" + param + "' at visit " + Pairs.visitLabel(visit)
                                + " must be 0 or 1 for McNemar, got '" + v[i] + "'");
            }
        }
    }

    static JsonObject one(Pairs p) {
        int n = p.size();
        int[] cell = new int[4]; // n00, n01, n10, n11
        for (int i = 0; i < n; i++) cell[(int) (2 * p.a()[i] + p.b()[i])]++;
        return table(cell[0], cell[1], cell[2], cell[3]);
    }

    /** The report for a table of counts (first index = value at visit A). */
    static JsonObject table(int n00, int n01, int n10, int n11) {
        int n = n00 + n01 + n10 + n11;
        int nd = n01 + n10;
        double diffCount = (double) n01 - n10;
        JsonObject cc = null;
        JsonObject nocc = null;
        double exact = 1;
        double mid = 1;
        if (nd > 0) {
            double corrected = n01 != n10 ? Math.abs(diffCount) - 1 : 0;
            double sCc = corrected * corrected / nd;
            double sNo = diffCount * diffCount / nd;
            cc = JsonObject.create().put("chisq", sCc).put("p", CHISQ1.survivalProbability(sCc));
            nocc = JsonObject.create().put("chisq", sNo).put("p", CHISQ1.survivalProbability(sNo));
            exact = BinomTest.twoSidedP(n01, nd, 0.5);
            mid = exact - BinomialDistribution.of(nd, 0.5).probability(Math.min(n01, n10));
        }
        double est = diffCount / n;
        double se = Math.sqrt(nd - diffCount * diffCount / n) / n;
        double z = BinomialCis.Z;
        return JsonObject.create()
                .put("n_pairs", n)
                .put("n00", n00)
                .put("n01", n01)
                .put("n10", n10)
                .put("n11", n11)
                .put("mcnemar_cc", cc)
                .put("mcnemar_nocc", nocc)
                .put("exact_p", exact)
                .put("mid_p", mid)
                .put(
                        "diff_paired_prop",
                        JsonObject.create()
                                .put("estimate", est)
                                .put("se", se)
                                .put("wald_lower", est - z * se)
                                .put("wald_upper", est + z * se));
    }
}
