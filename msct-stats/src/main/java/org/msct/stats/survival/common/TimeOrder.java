package org.msct.stats.survival.common;

import java.util.concurrent.CompletableFuture;

/**
 * Stable ascending sort of rows by time (any finite doubles; the name is from its first use), carrying an int payload
 * per row (e.g. status and group codes packed by the caller) and, on request, each row's index, so that later passes
 * read memory sequentially. An MSD bucket sort on the values themselves: one scatter pass into up to 2¹² buckets
 * spanning [min, max] linearly ((t − lo)·scale is monotone in t, so bucket order is value order), then, per bucket, one
 * scatter into about as many sub-buckets as rows and an insertion pass. Expected O(n) for smooth distributions; 10⁶
 * continuous times take a few tens of milliseconds. A bucket with more than half of its range's rows is split again by
 * its own range (a heavy tail) unless its values are all equal; what linear buckets cannot split (subnormal ranges,
 * infinite values, a bucket still holding most rows after its own split) goes to {@link KeyOrder}, which buckets by
 * bit pattern.
 */
public final class TimeOrder {
    private static final int SMALL = 16;
    private static final int FIRST_BITS = 12;
    // below this many rows a second thread costs more than it saves
    private static final int PARALLEL_MIN = 200_000;

    private TimeOrder() {}

    /**
     * Rows in ascending order of time, with their times and payloads.
     *
     * @param time times of the rows in ascending order (−0.0 read as 0)
     * @param payload the caller's payload of each row, permuted alongside
     * @param row the original row index of each position; {@code null} when not asked for
     */
    public record Sorted(double[] time, int[] payload, int[] row) {
        public int size() {
            return time.length;
        }
    }

    /** Row indices sorted by {@code time}, ties kept in row order. */
    public static int[] of(double[] time) {
        return sort(time, new int[time.length]).row();
    }

    /** {@link #sort(double[], int[], boolean)} with the row indices. */
    public static Sorted sort(double[] time, int[] payload) {
        return sort(time, payload, true);
    }

    /**
     * Sorts rows by time, ties kept in row order.
     *
     * @param time finite values (−0.0 read as 0); NaN gives an unspecified order
     * @param payload one int per row, returned in sorted order; not modified
     * @param rows whether to return each position's row index (a third array moved with every row)
     */
    public static Sorted sort(double[] time, int[] payload, boolean rows) {
        int n = time.length;
        int h = n >= PARALLEL_MIN ? n / 2 : n;
        double[] range = range(time, h, n);
        double lo = range[0] + 0.0;
        double hi = range[1] + 0.0;
        int nb = 1 << Math.min(FIRST_BITS, Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, n)) - 1));
        double scale = (nb - 1) / (hi - lo);
        // NaN, or a range too narrow for doubles (subnormals): bit patterns serve (an infinite value puts every row
        // in one bucket, and the check of the largest bucket below sends those there too)
        if (n > 1 && lo != hi && !Double.isFinite(scale)) return withoutRows(KeyOrder.sort(time, payload), rows);
        double[] t = new double[n];
        int[] p = new int[n];
        int[] row = rows ? new int[n] : null;
        if (n <= 1 || lo == hi) {
            for (int i = 0; i < n; i++) {
                t[i] = time[i] + 0.0;
                p[i] = payload[i];
                if (row != null) row[i] = i;
            }
            return new Sorted(t, p, row);
        }
        Halves.Pair<int[]> counts = Halves.run(h, n, (from, to) -> {
            int[] c = new int[nb];
            for (int i = from; i < to; i++) c[Math.min((int) ((time[i] - lo) * scale), nb - 1)]++;
            return c;
        });
        int[] start = new int[nb + 1];
        int[] pos1 = new int[nb];
        int[] pos2 = new int[nb];
        int largest = 0;
        for (int b = 0; b < nb; b++) {
            pos1[b] = start[b];
            pos2[b] = start[b] + counts.first()[b];
            start[b + 1] = pos2[b] + counts.second()[b];
            largest = Math.max(largest, start[b + 1] - start[b]);
        }
        // a bucket holding more than half of the rows is either one repeated value (many rows censored at the end of
        // follow-up: nothing left to do) or a heavy tail, which the bucket's own linear range splits, or else
        // KeyOrder; but every row in one bucket means an infinite value or a range the scale cannot resolve
        if (largest == n) return withoutRows(KeyOrder.sort(time, payload), rows);
        // the first half's rows go first in each bucket, so ties keep their order
        Halves.run(h, n, (from, to) -> {
            int[] pos = from == 0 ? pos1 : pos2;
            for (int i = from; i < to; i++) {
                double x = time[i] + 0.0;
                int at = pos[Math.min((int) ((x - lo) * scale), nb - 1)]++;
                t[at] = x;
                p[at] = payload[i];
                if (row != null) row[at] = i;
            }
            return null;
        });
        int half = 0;
        while (half < nb && start[half] < h) half++;
        int last = half;
        int scratch = largest;
        CompletableFuture<Void> second = h < n
                ? CompletableFuture.runAsync(() -> buckets(t, p, row, start, last, nb, new Scratch(scratch, rows)))
                : CompletableFuture.completedFuture(null);
        buckets(t, p, row, start, 0, h < n ? half : nb, new Scratch(scratch, rows));
        second.join();
        return new Sorted(t, p, row);
    }

    private static Sorted withoutRows(Sorted s, boolean rows) {
        return rows ? s : new Sorted(s.time(), s.payload(), null);
    }

    /** min and max over both halves (NaN when any value is NaN). */
    private static double[] range(double[] time, int h, int n) {
        Halves.Pair<double[]> r = Halves.run(h, n, (from, to) -> rangeOf(time, from, to));
        return new double[] {Math.min(r.first()[0], r.second()[0]), Math.max(r.first()[1], r.second()[1])};
    }

    private static double[] rangeOf(double[] t, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (int i = from; i < to; i++) {
            double x = t[i];
            nan |= x != x;
            if (x < min) min = x;
            if (x > max) max = x;
        }
        return nan ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }

    /** Per-thread scratch for the second level, as long as the largest first-level bucket. */
    private static final class Scratch {
        final double[] t;
        final int[] p;
        final int[] row;

        Scratch(int n, boolean rows) {
            t = new double[n];
            p = new int[n];
            row = rows ? new int[n] : null;
        }
    }

    private static void buckets(double[] t, int[] p, int[] row, int[] start, int b0, int b1, Scratch s) {
        for (int b = b0; b < b1; b++) {
            int l = start[b];
            int h = start[b + 1];
            if (h - l > SMALL) bucket(t, p, row, l, h, s);
            else if (h - l > 1) insertion(t, p, row, l, h);
        }
    }

    /**
     * Sorts rows [l, h): one scatter into about as many linear sub-buckets as rows, sub-buckets still large sorted
     * the same way, then one insertion pass, which only reorders rows within a sub-bucket.
     */
    private static void bucket(double[] t, int[] p, int[] row, int l, int h, Scratch s) {
        double min = t[l];
        double max = t[l];
        for (int i = l + 1; i < h; i++) {
            double x = t[i];
            if (x < min) min = x;
            if (x > max) max = x;
        }
        if (min == max) return;
        int n = h - l;
        // about as many sub-buckets as rows, but no more write streams than the first level's (a large bucket)
        int nb = Math.min(Integer.highestOneBit(n), 1 << FIRST_BITS);
        double scale = (nb - 1) / (max - min);
        if (!Double.isFinite(scale)) {
            KeyOrder.sortSegment(t, p, row, l, h);
            return;
        }
        int[] end = new int[nb + 1];
        for (int i = l; i < h; i++) end[Math.min((int) ((t[i] - min) * scale), nb - 1) + 1]++;
        int largest = 0;
        for (int b = 0; b < nb; b++) {
            largest = Math.max(largest, end[b + 1]);
            end[b + 1] += end[b];
        }
        if (largest > n / 2) {
            KeyOrder.sortSegment(t, p, row, l, h);
            return;
        }
        double[] st = s.t;
        int[] sp = s.p;
        int[] sr = s.row;
        for (int i = l; i < h; i++) {
            double x = t[i];
            int at = end[Math.min((int) ((x - min) * scale), nb - 1)]++;
            st[at] = x;
            sp[at] = p[i];
            if (sr != null) sr[at] = row[i];
        }
        System.arraycopy(st, 0, t, l, n);
        System.arraycopy(sp, 0, p, l, n);
        if (sr != null) System.arraycopy(sr, 0, row, l, n);
        if (largest > SMALL) {
            // end[b] is now where sub-bucket b ends
            int from = l;
            for (int b = 0; b < nb; b++) {
                int to = l + end[b];
                if (to - from > SMALL) bucket(t, p, row, from, to, s);
                from = to;
            }
        }
        insertion(t, p, row, l, h);
    }

    private static void insertion(double[] t, int[] p, int[] row, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double k = t[i];
            if (t[i - 1] <= k) continue;
            int pk = p[i];
            int rk = row == null ? 0 : row[i];
            int j = i - 1;
            while (j >= from && t[j] > k) {
                t[j + 1] = t[j];
                p[j + 1] = p[j];
                if (row != null) row[j + 1] = row[j];
                j--;
            }
            t[j + 1] = k;
            p[j + 1] = pk;
            if (row != null) row[j + 1] = rk;
        }
    }

    /**
     * Splits sorted rows by the group code {@code payload >>> shift} (0..groups−1) in one pass, keeping the order.
     */
    public static Sorted[] split(Sorted sorted, int shift, int groups) {
        int[] p = sorted.payload();
        int[] count = new int[groups];
        for (int v : p) count[v >>> shift]++;
        double[][] t = new double[groups][];
        int[][] pay = new int[groups][];
        int[][] row = new int[groups][];
        boolean rows = sorted.row() != null;
        for (int g = 0; g < groups; g++) {
            t[g] = new double[count[g]];
            pay[g] = new int[count[g]];
            row[g] = rows ? new int[count[g]] : null;
        }
        int[] k = new int[groups];
        double[] st = sorted.time();
        int[] sr = sorted.row();
        for (int i = 0; i < p.length; i++) {
            int g = p[i] >>> shift;
            int j = k[g]++;
            t[g][j] = st[i];
            pay[g][j] = p[i];
            if (rows) row[g][j] = sr[i];
        }
        Sorted[] out = new Sorted[groups];
        for (int g = 0; g < groups; g++) out[g] = new Sorted(t[g], pay[g], row[g]);
        return out;
    }
}
