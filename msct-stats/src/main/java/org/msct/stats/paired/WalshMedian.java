package org.msct.stats.paired;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.msct.stats.describe.Summary;

/**
 * Hodges-Lehmann one-sample estimate: the median of the n(n+1)/2 Walsh averages (x_i + x_j)/2, i &lt;= j, exactly as
 * R's {@code median(o[upper.tri(o, diag = TRUE)])} with {@code o = outer(x, x, "+") / 2}.
 *
 * <p>Instead of materialising the O(n^2) averages it selects the k-th smallest pair sum in expected O(n log n) time
 * (randomised pivot within per-row candidate ranges; Monahan, ACM TOMS 10:265, 1984). Sums are compared as the
 * floating-point values fl(x_i + x_j) that R sorts, so the selected values are R's.
 */
final class WalshMedian {
    private WalshMedian() {}

    /** NaN for an empty sample. */
    static double of(double[] values) {
        int n = values.length;
        if (n == 0) return Double.NaN;
        double[] x = values.clone();
        Arrays.sort(x);
        long total = (long) n * (n + 1) / 2;
        long k = (total + 1) / 2;
        double lo = kthSum(x, k) / 2;
        if (total % 2 == 1) return lo;
        return Summary.mean2(lo, kthSum(x, k + 1) / 2);
    }

    /** k-th smallest (1-based) of fl(x[i] + x[j]), 0 &lt;= i &lt;= j &lt; n, for ascending x. */
    static double kthSum(double[] x, long k) {
        int n = x.length;
        int[] left = new int[n]; // candidates of row i are columns left[i]..right[i]
        int[] right = new int[n];
        for (int i = 0; i < n; i++) {
            left[i] = i;
            right[i] = n - 1;
        }
        int[] below = new int[n];
        int[] notAbove = new int[n];
        long before = 0; // sums known to be smaller than every remaining candidate
        SplittableRandom rnd = new SplittableRandom(0x5eed);
        while (true) {
            long active = 0;
            for (int i = 0; i < n; i++) active += Math.max(0, right[i] - left[i] + 1);
            if (active <= Math.max(64, n)) return smallSelect(x, left, right, (int) active, (int) (k - before));
            double pivot = pick(x, left, right, rnd.nextLong(active));
            // per row: how many columns j >= i have sum < pivot and <= pivot (monotone two-pointer sweeps)
            long lt = count(x, pivot, false, below);
            long le = count(x, pivot, true, notAbove);
            if (k <= lt) {
                for (int i = 0; i < n; i++) right[i] = Math.min(right[i], i + below[i] - 1);
            } else if (k <= le) {
                return pivot;
            } else {
                for (int i = 0; i < n; i++) left[i] = Math.max(left[i], i + notAbove[i]);
            }
            before = countBefore(left);
        }
    }

    /** Sums discarded as smaller than the target: columns i..left[i]-1 of every row. */
    private static long countBefore(int[] left) {
        long c = 0;
        for (int i = 0; i < left.length; i++) c += left[i] - i;
        return c;
    }

    /** Number of columns j &gt;= i with fl(x[i] + x[j]) below the pivot (or not above it), per row; returns the sum. */
    private static long count(double[] x, double pivot, boolean inclusive, int[] out) {
        int n = x.length;
        long total = 0;
        int j = n; // first column whose sum is >= pivot (> pivot when inclusive), non-increasing in i
        for (int i = 0; i < n; i++) {
            while (j > 0 && (inclusive ? x[i] + x[j - 1] > pivot : x[i] + x[j - 1] >= pivot)) j--;
            int c = Math.max(0, j - i);
            out[i] = c;
            total += c;
        }
        return total;
    }

    private static double pick(double[] x, int[] left, int[] right, long r) {
        for (int i = 0; i < x.length; i++) {
            int w = right[i] - left[i] + 1;
            if (w <= 0) continue;
            if (r < w) return x[i] + x[left[i] + (int) r];
            r -= w;
        }
        throw new IllegalStateException("pivot index out of range");
    }

    private static double smallSelect(double[] x, int[] left, int[] right, int active, int rank) {
        double[] s = new double[active];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = left[i]; j <= right[i]; j++) s[m++] = x[i] + x[j];
        }
        Arrays.sort(s);
        return s[rank - 1];
    }
}
