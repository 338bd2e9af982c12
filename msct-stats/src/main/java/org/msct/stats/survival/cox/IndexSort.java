package org.msct.stats.survival.cox;

/**
 * Stable ascending index sort of double keys (LSD radix sort on the IEEE-754 bit pattern, 8-bit digits), so equal
 * keys keep their input order as R's {@code order()} does. O(n) time, no boxing; NaN must not occur.
 */
final class IndexSort {
    private static final int BITS = 8;
    private static final int BUCKETS = 1 << BITS;

    private IndexSort() {}

    /** Positions {@code 0..keys.length-1} ordered by ascending key (ties in input order). */
    static int[] ascending(double[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        if (n < 2) return idx;
        long[] k = new long[n];
        for (int i = 0; i < n; i++) k[i] = unsignedKey(keys[i]);
        long[] k2 = new long[n];
        int[] idx2 = new int[n];
        int[] count = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += BITS) {
            // a digit shared by every key cannot change the order
            if (!offsets(k, shift, count)) continue;
            scatter(k, idx, k2, idx2, shift, count);
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
        return idx;
    }

    /** Bucket start offsets of one digit; false when all keys share it. */
    private static boolean offsets(long[] k, int shift, int[] count) {
        java.util.Arrays.fill(count, 0);
        for (long v : k) count[(int) ((v >>> shift) & (BUCKETS - 1))]++;
        if (count[(int) ((k[0] >>> shift) & (BUCKETS - 1))] == k.length) return false;
        int sum = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int c = count[b];
            count[b] = sum;
            sum += c;
        }
        return true;
    }

    private static void scatter(long[] k, int[] idx, long[] k2, int[] idx2, int shift, int[] count) {
        for (int i = 0; i < k.length; i++) {
            int to = count[(int) ((k[i] >>> shift) & (BUCKETS - 1))]++;
            k2[to] = k[i];
            idx2[to] = idx[i];
        }
    }

    /** Maps a double to a long whose unsigned order is the numeric order (-0.0 equals 0.0). */
    static long unsignedKey(double d) {
        long b = Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
        return b < 0 ? ~b : b | Long.MIN_VALUE;
    }
}
