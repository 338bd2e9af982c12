package org.msct.stats.survival.cif;

/**
 * Σ U_c² over the subjects that have left the initial state's risk set, for the infinitesimal-jackknife variance
 * of {@link AalenJohansen}. After leaving, survfitci only applies U ← U·H to a subject's influence vector U: with
 * one initial state, U_0 ← U_0·f and U_c ← U_0·h_c + U_c, where f = 1 − d/n and h_c = d_c/n.
 */
sealed interface DepartedSums {

    /** Applies U ← U·H to every departed subject (an event time). */
    void transport(double f, double[] h);

    /** Σ U_c² over the departed subjects, c = 0..K-1 for cause c + 1. */
    double sumSquares(int c);

    /**
     * Adds {@code count} subjects whose U is (u0, u) except U_{cause} = u[cause] + a ({@code cause} = -1 for none).
     */
    void depart(int count, double u0, double[] u, int cause, double a);

    /**
     * Every group of subjects that left at the same time into the same state shares one U, updated with the very
     * operations of survfitci, so each U is R's to the bit and only the final sum of squares is grouped; this
     * reproduces R even where the SE is rounding noise (a CIF of 1). O(groups) per event time.
     */
    final class Exact implements DepartedSums {
        private final int k;
        private int size;
        private int[] count = new int[16];
        private double[] u0 = new double[16];
        private double[][] u;

        Exact(int k) {
            this.k = k;
            this.u = new double[k][16];
        }

        @Override
        public void transport(double f, double[] h) {
            for (int c = 0; c < k; c++) {
                double hc = h[c];
                double[] uc = u[c];
                for (int g = 0; g < size; g++) uc[g] = u0[g] * hc + uc[g];
            }
            for (int g = 0; g < size; g++) u0[g] = u0[g] * f;
        }

        @Override
        public double sumSquares(int c) {
            double s = 0;
            double[] uc = u[c];
            for (int g = 0; g < size; g++) s += count[g] * (uc[g] * uc[g]);
            return s;
        }

        @Override
        public void depart(int cnt, double v0, double[] v, int cause, double a) {
            if (cnt == 0) return;
            if (size == count.length) {
                int cap = size * 2;
                count = java.util.Arrays.copyOf(count, cap);
                u0 = java.util.Arrays.copyOf(u0, cap);
                for (int c = 0; c < k; c++) u[c] = java.util.Arrays.copyOf(u[c], cap);
            }
            count[size] = cnt;
            u0[size] = v0;
            for (int c = 0; c < k; c++) u[c][size] = c == cause ? v[c] + a : v[c];
            size++;
        }
    }

    /**
     * Keeps, per cause c, the moments Σ U_c², Σ U_c R_c and Σ R_c² of the pair (U_c, R_c), R_c = Σ_{j≠c} U_j (the
     * other causes; U_0 = −U_c − R_c because each subject's influences sum to 0). U·H maps the pair by
     * [[1−h_c, −h_c], [−g_c, 1−g_c]] with g_c = Σ_{j≠c} h_j, so the moments update in O(K) per time. With this
     * parametrisation a cause that is alone (R_c ≡ 0) keeps Σ U_c² ← (1−h_c)² Σ U_c², without the cancellation
     * of the (U_0, U_c) form. Equal to R up to rounding, except where R's SE is pure rounding noise (true value 0,
     * a CIF of 1): there this gives 0.
     */
    final class Moments implements DepartedSums {
        private final double[] q;
        private final double[] x;
        private final double[] y;

        Moments(int k) {
            q = new double[k];
            x = new double[k];
            y = new double[k];
        }

        @Override
        public void transport(double f, double[] h) {
            double hs = 0;
            for (double v : h) hs += v;
            for (int c = 0; c < q.length; c++) {
                double hc = h[c];
                double gc = hs - hc; // exactly 0 when no other cause has an event now
                double a = 1 - hc;
                double b = 1 - gc;
                double q0 = q[c];
                double x0 = x[c];
                double y0 = y[c];
                q[c] = a * a * q0 - 2 * a * hc * x0 + hc * hc * y0;
                x[c] = -a * gc * q0 + (a * b + hc * gc) * x0 - hc * b * y0;
                y[c] = gc * gc * q0 - 2 * gc * b * x0 + b * b * y0;
            }
        }

        @Override
        public double sumSquares(int c) {
            return Math.max(q[c], 0);
        }

        @Override
        public void depart(int cnt, double v0, double[] v, int cause, double a) {
            if (cnt == 0) return;
            for (int c = 0; c < q.length; c++) {
                double uc = c == cause ? v[c] + a : v[c];
                double rc = 0;
                for (int j = 0; j < v.length; j++) if (j != c) rc += j == cause ? v[j] + a : v[j];
                q[c] += cnt * (uc * uc);
                x[c] += cnt * (uc * rc);
                y[c] += cnt * (rc * rc);
            }
        }
    }
}
