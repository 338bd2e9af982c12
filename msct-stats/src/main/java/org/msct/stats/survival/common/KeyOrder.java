package org.msct.stats.survival.common;

import java.util.concurrent.CompletableFuture;

/**
 * The general path of {@link TimeOrder}: rows sorted by 64-bit keys that order like the doubles (IEEE-754 bit
 * patterns, {@link #ordered}). An MSD bucket sort: a scatter pass into up to 2¹² buckets spanning [min, max] linearly
 * or, when that scale overflows or one bucket would hold more than half of the rows, by bit pattern (which cuts the
 * key range by 2^(bits−1) per level), then the same step on large buckets and insertion sort on small ones. TimeOrder
 * sorts the doubles themselves when linear buckets serve, and hands the rest here.
 */
final class KeyOrder {
    private static final int SMALL = 40;
    private static final int MAX_BITS = 12;
    // below this many rows a second thread costs more than it saves
    private static final int PARALLEL_MIN = 200_000;

    private KeyOrder() {}

    /**
     * Sorts rows by time, ties kept in row order.
     *
     * @param time finite values (−0.0 read as 0); NaN gives an unspecified order
     * @param payload one int per row, returned in sorted order; not modified
     */
    static TimeOrder.Sorted sort(double[] time, int[] payload) {
        int n = time.length;
        if (n >= PARALLEL_MIN) return sortOnTwoThreads(time, payload);
        long[] key = new long[n];
        int[] row = new int[n];
        int[] pay = new int[n];
        keys(time, payload, key, row, pay, 0, n);
        sortRange(key, row, pay, 0, n, new long[n], new int[n], new int[n]);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = value(key[i]);
        return new TimeOrder.Sorted(t, pay, row);
    }

    private static void keys(double[] time, int[] payload, long[] key, int[] row, int[] pay, int from, int to) {
        for (int i = from; i < to; i++) {
            key[i] = ordered(Double.doubleToRawLongBits(time[i] + 0.0));
            row[i] = i;
            pay[i] = payload[i];
        }
    }

    /**
     * The same sort with every pass over all rows in two halves on two threads: keys, range, bucket counts and the
     * scatter (the first half's rows go first in each bucket, so ties keep their order), then the buckets in two
     * groups. One thread took ~100 ms for a million continuous times, ~40 of them in the first scatter.
     */
    private static TimeOrder.Sorted sortOnTwoThreads(double[] time, int[] payload) {
        int n = time.length;
        int h = n / 2;
        long[] key = new long[n];
        int[] row = new int[n];
        int[] pay = new int[n];
        Halves.Pair<long[]> range = Halves.run(h, n, (from, to) -> {
            keys(time, payload, key, row, pay, from, to);
            return range(key, from, to);
        });
        long min = Math.min(range.first()[0], range.second()[0]);
        long max = Math.max(range.first()[1], range.second()[1]);
        if (min == max) return new TimeOrder.Sorted(values(key, 0, n), pay, row);
        long[] tk = new long[n];
        int[] tr = new int[n];
        int[] tp = new int[n];
        Plan plan = Plan.linear(min, max, n);
        Halves.Pair<int[]> counts = counts(key, h, n, plan);
        if (plan.linear && largest(sum(counts)) > n / 2) {
            plan = Plan.bits(min, max, n);
            counts = counts(key, h, n, plan);
        }
        int nb = plan.nb;
        int[] start = new int[nb + 1];
        int[] pos1 = new int[nb];
        int[] pos2 = new int[nb];
        for (int b = 0; b < nb; b++) {
            pos1[b] = start[b];
            pos2[b] = start[b] + counts.first()[b];
            start[b + 1] = pos2[b] + counts.second()[b];
        }
        Plan p = plan;
        Halves.run(h, n, (from, to) -> {
            int[] pos = from == 0 ? pos1 : pos2;
            for (int i = from; i < to; i++) {
                long k = key[i];
                int at = pos[p.bucket(k)]++;
                tk[at] = k;
                tr[at] = row[i];
                tp[at] = pay[i];
            }
            return null;
        });
        // the scattered rows are in tk, tr, tp now; key, row, pay serve as scratch
        int mid = 0;
        while (mid < nb && start[mid] < h) mid++;
        int half = mid;
        CompletableFuture<Void> second =
                CompletableFuture.runAsync(() -> sortBuckets(tk, tr, tp, 0, start, half, nb, key, row, pay));
        sortBuckets(tk, tr, tp, 0, start, 0, half, key, row, pay);
        second.join();
        double[] t = new double[n];
        Halves.run(h, n, (from, to) -> {
            for (int i = from; i < to; i++) t[i] = value(tk[i]);
            return null;
        });
        return new TimeOrder.Sorted(t, tp, tr);
    }

    /** The smallest and the largest key of [from, to). */
    private static long[] range(long[] key, int from, int to) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            long k = key[i];
            if (k < min) min = k;
            if (k > max) max = k;
        }
        return new long[] {min, max};
    }

    private static double[] values(long[] key, int from, int to) {
        double[] t = new double[to - from];
        for (int i = from; i < to; i++) t[i - from] = value(key[i]);
        return t;
    }

    private static Halves.Pair<int[]> counts(long[] key, int h, int n, Plan plan) {
        return Halves.run(h, n, (from, to) -> {
            int[] c = new int[plan.nb];
            for (int i = from; i < to; i++) c[plan.bucket(key[i])]++;
            return c;
        });
    }

    private static int[] sum(Halves.Pair<int[]> counts) {
        int[] s = counts.first().clone();
        for (int b = 0; b < s.length; b++) s[b] += counts.second()[b];
        return s;
    }

    /**
     * Sorts the rows [l, h) of arrays filled by TimeOrder, stably: a bucket its linear buckets could not split (a
     * heavy tail or subnormal values).
     *
     * @param row null when the caller keeps no row indices
     */
    static void sortSegment(double[] t, int[] p, int[] row, int l, int h) {
        int n = h - l;
        long[] key = new long[n];
        int[] r = new int[n];
        int[] pay = new int[n];
        for (int i = 0; i < n; i++) {
            key[i] = ordered(Double.doubleToRawLongBits(t[l + i] + 0.0));
            r[i] = row == null ? 0 : row[l + i];
            pay[i] = p[l + i];
        }
        sortRange(key, r, pay, 0, n, new long[n], new int[n], new int[n]);
        for (int i = 0; i < n; i++) {
            t[l + i] = value(key[i]);
            p[l + i] = pay[i];
            if (row != null) row[l + i] = r[i];
        }
    }

    private static void sortRange(long[] key, int[] row, int[] pay, int from, int to, long[] tk, int[] tr, int[] tp) {
        int n = to - from;
        if (n <= SMALL) {
            insertion(key, row, pay, from, to);
            return;
        }
        long[] range = range(key, from, to);
        long min = range[0];
        long max = range[1];
        if (min == max) return;
        Plan plan = Plan.linear(min, max, n);
        int[] start = new int[plan.nb + 1];
        for (int i = from; i < to; i++) start[plan.bucket(key[i]) + 1]++;
        if (plan.linear && largest(start) > n / 2) {
            plan = Plan.bits(min, max, n);
            start = new int[plan.nb + 1];
            for (int i = from; i < to; i++) start[plan.bucket(key[i]) + 1]++;
        }
        int nb = plan.nb;
        for (int b = 0; b < nb; b++) start[b + 1] += start[b];
        int[] pos = start.clone();
        for (int i = from; i < to; i++) {
            long k = key[i];
            int p = from + pos[plan.bucket(k)]++;
            tk[p] = k;
            tr[p] = row[i];
            tp[p] = pay[i];
        }
        System.arraycopy(tk, from, key, from, n);
        System.arraycopy(tr, from, row, from, n);
        System.arraycopy(tp, from, pay, from, n);
        sortBuckets(key, row, pay, from, start, 0, nb, tk, tr, tp);
    }

    /**
     * How keys of one range fall into buckets: a few thousand buckets keep the scatter's write streams in cache, and
     * large buckets are split again. Buckets linear in the value spread smooth distributions evenly ((t − lo)·scale
     * is monotone in t, so the bucket order is the value order); bit-pattern buckets serve when the scale overflows
     * (subnormal ranges) or a heavy tail leaves more than half of the rows in one linear bucket (they cut the key
     * range by 2^(bits−1) per level).
     */
    private record Plan(boolean linear, double lo, double scale, long min, int shift, int nb) {
        static Plan linear(long min, long max, int n) {
            int bits = bits(n);
            int nb = 1 << bits;
            double lo = value(min);
            double scale = (nb - 1) / (value(max) - lo);
            return Double.isFinite(scale) ? new Plan(true, lo, scale, min, 0, nb) : bits(min, max, n);
        }

        static Plan bits(long min, long max, int n) {
            long range = max - min;
            int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - bits(n));
            return new Plan(false, 0, 0, min, shift, (int) (range >>> shift) + 1);
        }

        private static int bits(int n) {
            return Math.min(MAX_BITS, 31 - Integer.numberOfLeadingZeros(n) - 1);
        }

        int bucket(long k) {
            if (!linear) return (int) ((k - min) >>> shift);
            int b = (int) ((value(k) - lo) * scale);
            return Math.min(b, nb - 1);
        }
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
