package org.msct.stats.paired;

import java.util.Optional;

/**
 * The two tests a by-visit table reports for paired values (after − before): the paired t-test ({@code t.test(after,
 * before, paired = TRUE)}) and the Wilcoxon signed-rank test with R's defaults ({@code wilcox.test(after, before,
 * paired = TRUE)}): zero differences dropped; the exact null distribution ({@code psignrank}) when fewer than 50
 * non-zero differences remain and there are neither ties nor zeros, otherwise the normal approximation with continuity
 * correction and the tie-corrected variance.
 *
 * @param n pairs
 * @param meanDiff mean of after − before
 * @param tP two-sided p of the paired t-test
 * @param v Wilcoxon V (sum of the ranks of the positive differences)
 * @param wilcoxonP two-sided p of the signed-rank test
 * @param wilcoxonExact true when {@code wilcoxonP} is the exact p
 */
public record PairedTests(int n, double meanDiff, double tP, double v, double wilcoxonP, boolean wilcoxonExact) {
    /** R's {@code wilcox.test} computes the exact p by default below this many non-zero differences. */
    static final int EXACT_BELOW = 50;

    /**
     * Tests of {@code after[i] − before[i]}; empty with fewer than 2 pairs or when the differences are all equal
     * (R stops: "data are essentially constant").
     */
    public static Optional<PairedTests> of(double[] before, double[] after) {
        if (before.length != after.length) throw new IllegalArgumentException("before and after differ in length");
        int n = before.length;
        if (n < 2) return Optional.empty();
        double[] d = new double[n];
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            d[i] = after[i] - before[i];
            if (d[i] == 0) zeros++;
        }
        PairedT t = PairedT.of(d);
        if (zeros == n || t.essentiallyConstant()) return Optional.empty();
        SignedRank w = SignedRank.of(d, false);
        boolean exact = n - zeros < EXACT_BELOW && zeros == 0 && !w.ties();
        double p = exact ? w.exactP() : w.normalP(true);
        return Optional.of(new PairedTests(n, t.meanDiff(), t.p(), w.v(), p, exact));
    }
}
