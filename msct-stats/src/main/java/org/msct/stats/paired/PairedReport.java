package org.msct.stats.paired;

import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.describe.Summary;

/**
 * Paired comparison of (param, visitA) with (paramB, visitB), d = b - a, as the oracle paired.R: paired t-test
 * ({@code t.test}); Wilcoxon signed-rank with the normal approximation with and without continuity correction
 * ({@code wilcox.test(exact = FALSE)}, zeros dropped, tie-corrected variance), R's exact p ({@code psignrank}, only
 * without ties and zeros, else null), the exact permutation p with ties ({@code exactRankTests::wilcox.exact}), coin's
 * exact {@code wilcoxsign_test} with zero methods Wilcoxon and Pratt, and the Hodges-Lehmann median of the Walsh
 * averages of the non-zero d.
 *
 * <p>Results per arm with at least 2 pairs (arm of the visit-A row, byte order) and pooled. Exact p-values are NA
 * (null) when the permutation distribution is too large to enumerate (more than about 1,300 non-zero differences).
 * Differences that are all equal make the t-test undefined: R stops ("data are essentially constant", or
 * exactRankTests fails when all are 0), and so does msct with an {@link InputDataException}.
 */
public final class PairedReport {
    private PairedReport() {}

    /** Pairs (param, visitA) with (paramB, visitB); d = b - a; per arm (at least 2 pairs) and pooled. */
    public static JsonObject results(LongData data, String param, String paramB, double visitA, double visitB) {
        Pairs all = Pairs.of(data, param, visitA, paramB, visitB);
        String what = "param '" + param + "' at visit " + Pairs.visitLabel(visitA) + " vs param '" + paramB
                + "' at visit " + Pairs.visitLabel(visitB);
        if (all.size() < 2) {
            throw new InputDataException(
                    data.file(), 0, "value", "only " + all.size() + " pair of " + what + "; the paired tests need 2");
        }
        JsonObject byArm = JsonObject.create();
        int[] counts = all.countByArm(data.armLevels().size());
        for (int arm = 0; arm < counts.length; arm++) {
            if (counts[arm] < 2) continue;
            String name = data.armLevels().get(arm);
            byArm.put(name, one(all.ofArm(arm), data.file(), what + " in arm '" + name + "'"));
        }
        return JsonObject.create().put("by_arm", byArm).put("pooled", one(all, data.file(), what + " (pooled)"));
    }

    static JsonObject one(Pairs p, String file, String what) {
        double[] a = p.a();
        double[] b = p.b();
        int n = a.length;
        double[] d = new double[n];
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
            if (d[i] == 0) zeros++;
        }
        PairedT t = PairedT.of(d);
        if (zeros == n || t.essentiallyConstant()) {
            throw new InputDataException(
                    file,
                    0,
                    "value",
                    "the " + n + " differences of " + what
                            + " are all equal (" + d[0] + "): the paired t-test and signed-rank tests are undefined"
                            + " (R: data are essentially constant)");
        }
        SignedRank w = SignedRank.of(d, false);
        double exact = w.exactP();
        // without zeros Pratt's scores are Wilcoxon's: skip the second enumeration
        SignedRank pratt = zeros == 0 ? w : SignedRank.of(d, true);
        double prattP = zeros == 0 ? exact : pratt.exactP();
        JsonObject stats = zeros == 0 && !w.ties() ? test("V", w.v(), exact) : null;
        double[] nonZero = new double[n - zeros];
        int k = 0;
        for (double x : d) if (x != 0) nonZero[k++] = x;
        return JsonObject.create()
                .put("n_pairs", n)
                .put("n_zero_diff", zeros)
                .put("has_ties", w.ties())
                .put("mean_a", Summary.mean(a))
                .put("mean_b", Summary.mean(b))
                .put("median_diff", Summary.median(d))
                .put("t_test", t.json())
                .put("wilcoxon_normal_cc", test("V", w.v(), w.normalP(true)))
                .put("wilcoxon_normal_nocc", test("V", w.v(), w.normalP(false)))
                .put("wilcoxon_exact_stats", stats)
                .put("wilcoxon_exact_ties", test("V", w.v(), exact))
                .put(
                        "wilcoxon_exact_coin",
                        JsonObject.create()
                                .put("wilcoxon_zero", test("Z", w.standardized(), exact))
                                .put("pratt_zero", test("Z", pratt.standardized(), prattP)))
                .put("hodges_lehmann", JsonObject.create().put("walsh_median", WalshMedian.of(nonZero)));
    }

    private static JsonObject test(String statName, double stat, double p) {
        return JsonObject.create().put(statName, stat).put("p", p);
    }
}
