package org.msct.stats.survival.common;

/**
 * Stable ascending sort of rows by time (any finite doubles; the name is from its first use), carrying each row's index and an int payload
 * (e.g. status and group codes packed by the caller) so that later passes read memory sequentially. It is an MSD
 * bucket sort: a scatter pass into up to 2¹² buckets spanning [min, max] linearly (or, when that scale overflows, by
 * IEEE-754 bit pattern, made to order like the value: {@link #ordered}), then the same step on large buckets and insertion
 * sort on small ones. Expected O(n) for smooth distributions; 10⁶ continuous times take a few tens of milliseconds.
 */
public final class TimeOrder {
    private static final int SMALL = 40;
    private static final int MAX_BITS = 12;
    // below this many rows a second thread costs more than it saves
    private static final int PARALLEL_MIN = 200_000;

    private TimeOrder() {}

    /**
     * Rows in ascending order of time, with their times and payloads.
     *
     * @param time times of the rows in ascending order (−0.0 read as 0)
     * @param payload the caller's payload of each row, permuted alongside
     * @param row the original row index of each position
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

    /**
     * Sorts rows by time, ties kept in row order.
     *
     * @param time finite values (−0.0 read as 0); NaN gives an unspecified order
     * @param payload one int per row, returned in sorted order; not modified
     */
    public static Sorted sort(double[] time, int[] payload) {
        int n = time.length;
        long[] key = new long[n];
        int[] row = new int[n];
        int[] pay = new int[n];
        for (int i = 0; i < n; i++) {
            key[i] = ordered(Double.doubleToRawLongBits(time[i] + 0.0));
            row[i] = i;
            pay[i] = payload[i];
        }
        sortRange(key, row, pay, 0, n, new long[n], new int[n], new int[n], n >= PARALLEL_MIN);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = value(key[i]);
        return new Sorted(t, pay, row);
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
        for (int g = 0; g < groups; g++) {
            t[g] = new double[count[g]];
            pay[g] = new int[count[g]];
            row[g] = new int[count[g]];
        }
        int[] k = new int[groups];
        double[] st = sorted.time();
        int[] sr = sorted.row();
        for (int i = 0; i < p.length; i++) {
            int g = p[i] >>> shift;
            int j = k[g]++;
            t[g][j] = st[i];
            pay[g][j] = p[i];
            row[g][j] = sr[i];
        }
        Sorted[] out = new Sorted[groups];
        for (int g = 0; g < groups; g++) out[g] = new Sorted(t[g], pay[g], row[g]);
        return out;
    }

    private static void sortRange(long[] key, int[] row, int[] pay, int from, int to, long[] tk, int[] tr, int[] tp) {
        sortRange(key, row, pay, from, to, tk, tr, tp, false);
    }

    /**
     * With {@code parallel}, the buckets of the first scatter (disjoint ranges of the arrays) are finished in two
     * halves on two threads: the result is the same, the bucket sort of a million times takes half the wall time.
     */
    private static void sortRange(
            long[] key, int[] row, int[] pay, int from, int to, long[] tk, int[] tr, int[] tp, boolean parallel) {
        int n = to - from;
        if (n <= SMALL) {
            insertion(key, row, pay, from, to);
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            long k = key[i];
            if (k < min) min = k;
            if (k > max) max = k;
        }
        if (min == max) return;
        // a few thousand buckets keep the scatter's write streams in cache; large buckets are split again
        int bits = Math.min(MAX_BITS, 31 - Integer.numberOfLeadingZeros(n) - 1);
        int nb = 1 << bits;
        // buckets linear in the value spread smooth distributions evenly; (t − lo)·scale is monotone in t, so the
        // bucket order is the value order. Bit-pattern buckets serve when the scale overflows (subnormal ranges).
        double lo = value(min);
        double scale = (nb - 1) / (value(max) - lo);
        boolean linear = Double.isFinite(scale);
        long range = max - min;
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - bits);
        if (!linear) nb = (int) (range >>> shift) + 1;
        int[] start = new int[nb + 1];
        for (int i = from; i < to; i++) start[bucket(key[i], linear, lo, scale, min, shift, nb) + 1]++;
        if (linear && largest(start) > n / 2) {
            // heavy tail: linear buckets barely split, bit-pattern buckets cut the key range by 2^(bits-1) per level
            linear = false;
            nb = (int) (range >>> shift) + 1;
            start = new int[nb + 1];
            for (int i = from; i < to; i++) start[bucket(key[i], false, lo, scale, min, shift, nb) + 1]++;
        }
        for (int b = 0; b < nb; b++) start[b + 1] += start[b];
        int[] pos = start.clone();
        for (int i = from; i < to; i++) {
            long k = key[i];
            int p = from + pos[bucket(k, linear, lo, scale, min, shift, nb)]++;
            tk[p] = k;
            tr[p] = row[i];
            tp[p] = pay[i];
        }
        System.arraycopy(tk, from, key, from, n);
        System.arraycopy(tr, from, row, from, n);
        System.arraycopy(tp, from, pay, from, n);
        if (!parallel) {
            sortBuckets(key, row, pay, from, start, 0, nb, tk, tr, tp);
            return;
        }
        int mid = 0;
        while (mid < nb && start[mid] < n / 2) mid++;
        int half = mid;
        int[] bounds = start;
        java.util.concurrent.CompletableFuture<Void> second = java.util.concurrent.CompletableFuture.runAsync(
                () -> sortBuckets(key, row, pay, from, bounds, half, bounds.length - 1, tk, tr, tp));
        sortBuckets(key, row, pay, from, start, 0, half, tk, tr, tp);
        second.join();
    }

    private static void sortBuckets(
            long[] key,
            int[] row,
            int[] pay,
            int from,
            int[] start,
            int firstBucket,
            int endBucket,
            long[] tk,
            int[] tr,
            int[] tp) {
        for (int b = firstBucket; b < endBucket; b++) {
            int l = from + start[b];
            int h = from + start[b + 1];
            if (h - l > 1) sortRange(key, row, pay, l, h, tk, tr, tp);
        }
    }

    private static int largest(int[] counts) {
        int m = 0;
        for (int c : counts) m = Math.max(m, c);
        return m;
    }

    private static int bucket(long k, boolean linear, double lo, double scale, long min, int shift, int nb) {
        if (!linear) return (int) ((k - min) >>> shift);
        int b = (int) ((value(k) - lo) * scale);
        return Math.min(b, nb - 1);
    }

    /**
     * A long whose signed order is the numeric order of the double with IEEE-754 bits {@code b}: non-negative
     * doubles keep their bits, negative ones have all but the sign bit flipped. Its own inverse.
     */
    private static long ordered(long b) {
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    private static double value(long key) {
        return Double.longBitsToDouble(ordered(key));
    }

    private static void insertion(long[] key, int[] row, int[] pay, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long k = key[i];
            if (key[i - 1] <= k) continue;
            int r = row[i];
            int p = pay[i];
            int j = i - 1;
            while (j >= from && key[j] > k) {
                key[j + 1] = key[j];
                row[j + 1] = row[j];
                pay[j + 1] = pay[j];
                j--;
            }
            key[j + 1] = k;
            row[j + 1] = r;
            pay[j + 1] = p;
        }
    }
}
