package org.msct.stats.survival.common;

/**
 * Stable ascending order of rows by time, computed with an LSD radix sort on the IEEE-754 bit patterns (which are
 * ordered like the values for non-negative doubles). At most six 11-bit passes, and passes whose digit is the same for
 * every key are skipped, so 10⁶ continuous times sort in a few tens of milliseconds without boxing.
 */
public final class TimeOrder {
    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    private TimeOrder() {}

    /**
     * Row indices sorted by {@code time}, ties kept in row order.
     *
     * @param time finite times ≥ 0 (−0.0 counts as 0); NaN or negative values give an unspecified order
     */
    public static int[] of(double[] time) {
        int n = time.length;
        long[] key = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            key[i] = Double.doubleToRawLongBits(time[i] + 0.0);
            idx[i] = i;
        }
        return n < 2 ? idx : radix(key, idx);
    }

    /** The rows of {@code order} whose {@code code} equals {@code c}, keeping their order. */
    public static int[] select(int[] order, int[] code, int c) {
        int m = 0;
        for (int r : order) if (code[r] == c) m++;
        int[] out = new int[m];
        int k = 0;
        for (int r : order) if (code[r] == c) out[k++] = r;
        return out;
    }

    private static int[] radix(long[] key, int[] idx) {
        int n = key.length;
        int[][] count = new int[PASSES][RADIX];
        for (long k : key) {
            for (int p = 0; p < PASSES; p++) count[p][(int) (k >>> (p * BITS)) & MASK]++;
        }
        long[] kOut = new long[n];
        int[] iOut = new int[n];
        for (int p = 0; p < PASSES; p++) {
            int[] c = count[p];
            int shift = p * BITS;
            if (c[(int) (key[0] >>> shift) & MASK] == n) continue; // digit constant: pass would not move anything
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int t = c[b];
                c[b] = sum;
                sum += t;
            }
            for (int i = 0; i < n; i++) {
                long k = key[i];
                int pos = c[(int) (k >>> shift) & MASK]++;
                kOut[pos] = k;
                iOut[pos] = idx[i];
            }
            long[] tk = key;
            key = kOut;
            kOut = tk;
            int[] ti = idx;
            idx = iOut;
            iOut = ti;
        }
        return idx;
    }
}
