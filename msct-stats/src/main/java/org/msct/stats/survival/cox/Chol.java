package org.msct.stats.survival.cox;

/**
 * survival's generalised Cholesky routines ({@code cholesky2.c}, {@code chsolve2.c}, {@code chinv2.c},
 * {@code coxph_wtest.c}), so that rank decisions, singular columns and rounding follow R. A matrix is
 * {@code m[a][b]} as the C code's {@code matrix[a][b]}; on input the entries {@code m[i][j]} with {@code i <= j} are
 * read.
 */
final class Chol {
    /** coxph.control's default {@code toler.chol = .Machine$double.eps^0.75}. */
    static final double TOLER = Math.pow(Math.ulp(1.0), 0.75);

    private Chol() {}

    /** FDF' factorisation in place; returns the rank (negative when not non-negative definite). */
    static int cholesky2(double[][] m, int n, double toler) {
        boolean nonneg = true;
        double eps = 0;
        for (int i = 0; i < n; i++) {
            if (m[i][i] > eps) eps = m[i][i];
            for (int j = i + 1; j < n; j++) m[j][i] = m[i][j];
        }
        if (eps == 0) return 0;
        eps *= toler;
        int rank = 0;
        for (int i = 0; i < n; i++) {
            double pivot = m[i][i];
            if (Double.isNaN(pivot) || Double.isInfinite(pivot) || pivot < eps) {
                m[i][i] = 0;
                if (pivot < -8 * eps) nonneg = false;
            } else {
                rank++;
                for (int j = i + 1; j < n; j++) {
                    double temp = m[j][i] / pivot;
                    m[j][i] = temp;
                    m[j][j] -= temp * temp * pivot;
                    for (int k = j + 1; k < n; k++) m[k][j] -= temp * m[k][i];
                }
            }
        }
        return nonneg ? rank : -rank;
    }

    /** Solves A b = y given the factorisation; y is overwritten with b. */
    static void chsolve2(double[][] m, int n, double[] y) {
        for (int i = 0; i < n; i++) {
            double temp = y[i];
            for (int j = 0; j < i; j++) temp -= y[j] * m[i][j];
            y[i] = temp;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (m[i][i] == 0) y[i] = 0;
            else {
                double temp = y[i] / m[i][i];
                for (int j = i + 1; j < n; j++) temp -= y[j] * m[j][i];
                y[i] = temp;
            }
        }
    }

    /** Inverse from the factorisation: upper triangle and diagonal hold (FDF')^-1 afterwards. */
    static void chinv2(double[][] m, int n) {
        for (int i = 0; i < n; i++) {
            if (m[i][i] > 0) {
                m[i][i] = 1 / m[i][i];
                for (int j = i + 1; j < n; j++) {
                    m[j][i] = -m[j][i];
                    for (int k = 0; k < i; k++) m[j][k] += m[j][i] * m[i][k];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (m[i][i] == 0) {
                for (int j = 0; j < i; j++) m[j][i] = 0;
                for (int j = i; j < n; j++) m[i][j] = 0;
            } else {
                for (int j = i + 1; j < n; j++) {
                    double temp = m[j][i] * m[j][j];
                    m[i][j] = temp;
                    for (int k = i; k < j; k++) m[i][k] += temp * m[j][k];
                }
            }
        }
    }

    /** Copies the upper triangle of an inverted matrix to the lower one. */
    static void symmetrise(double[][] m, int n) {
        for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) m[i][j] = m[j][i];
    }

    /** coxph.wtest: b' V^-1 b through cholesky2 (b*b/v for one coefficient). */
    static double wtest(double[][] v, double[] b, double toler) {
        int n = b.length;
        if (n == 1) return b[0] * b[0] / v[0][0];
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) w[i] = v[i].clone();
        cholesky2(w, n, toler);
        double[] s = b.clone();
        chsolve2(w, n, s);
        double sum = 0;
        for (int j = 0; j < n; j++) sum += b[j] * s[j];
        return sum;
    }
}
