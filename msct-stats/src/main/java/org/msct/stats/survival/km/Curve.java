package org.msct.stats.survival.km;

/**
 * A step function sampled at a KM curve's times, read in blocks of {@link #BLOCK} rows, with cheap conservative bounds
 * per block so that searches (quantiles) can skip blocks without computing their values. NaN is R's NA.
 */
interface Curve {
    int BLOCK = 256;

    int size();

    /** Values of rows {@code [from, to)} into {@code out[0 .. to-from)}, exactly as R computes them. */
    void fill(int from, int to, double[] out);

    /**
     * Bounds on the non-NaN values of rows {@code [from, to)}, wide enough to cover rounding: {@code out[0] ≤ v ≤
     * out[1]}; {@code out[0] = +∞, out[1] = −∞} when every value is NaN.
     */
    void bounds(int from, int to, double[] out);

    /** Whether any of rows {@code [from, to)} is NaN. */
    boolean hasNaN(int from, int to);

    /** First row of the run of rows equal to row {@code k} that ends at {@code k}. */
    int runStart(int k);

    /** A curve over precomputed values. */
    static Curve of(double[] v) {
        return new ArrayCurve(v, false);
    }

    /** A curve over precomputed non-increasing values without NaN (S itself), bounded by each block's end points. */
    static Curve nonIncreasing(double[] v) {
        return new ArrayCurve(v, true);
    }

    /** The curve's values, bounded per block by their exact minimum and maximum. */
    final class ArrayCurve implements Curve {
        private final double[] v;
        private final double[] lo;
        private final double[] hi;

        ArrayCurve(double[] v, boolean nonIncreasing) {
            this.v = v;
            int nb = (v.length + BLOCK - 1) / BLOCK;
            lo = new double[nb];
            hi = new double[nb];
            for (int b = 0; b < nb; b++) {
                if (nonIncreasing) {
                    lo[b] = v[Math.min(v.length, (b + 1) * BLOCK) - 1];
                    hi[b] = v[b * BLOCK];
                    continue;
                }
                double l = Double.POSITIVE_INFINITY;
                double h = Double.NEGATIVE_INFINITY;
                for (int i = b * BLOCK; i < Math.min(v.length, (b + 1) * BLOCK); i++) {
                    if (v[i] < l) l = v[i];
                    if (v[i] > h) h = v[i];
                }
                lo[b] = l;
                hi[b] = h;
            }
        }

        @Override
        public int size() {
            return v.length;
        }

        @Override
        public void fill(int from, int to, double[] out) {
            System.arraycopy(v, from, out, 0, to - from);
        }

        @Override
        public void bounds(int from, int to, double[] out) {
            // searches ask for whole blocks (from a multiple of BLOCK)
            out[0] = lo[from / BLOCK];
            out[1] = hi[from / BLOCK];
        }

        @Override
        public boolean hasNaN(int from, int to) {
            for (int i = from; i < to; i++) if (Double.isNaN(v[i])) return true;
            return false;
        }

        @Override
        public int runStart(int k) {
            int j = k;
            while (j > 0 && same(v[j - 1], v[k])) j--;
            return j;
        }
    }

    static boolean same(double a, double b) {
        return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }
}
