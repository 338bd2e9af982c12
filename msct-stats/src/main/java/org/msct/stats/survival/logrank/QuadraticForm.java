package org.msct.stats.survival.logrank;

/**
 * x'V⁻x for a symmetric non-negative definite V, with a generalized inverse from a pivot-dropping Cholesky
 * decomposition (the approach of survival's cholesky2/chsolve2: a pivot below {@code 1e-9 ×} the largest diagonal
 * entry is treated as 0 and its direction contributes nothing). For positive definite V this equals R's
 * {@code sum(solve(V, x) * x)} to rounding; where R's {@code solve} stops with "system is exactly singular", this
 * gives the generalized-inverse value instead.
 */
final class QuadraticForm {
    private static final double TOLER = 1e-9;

    private QuadraticForm() {}

    static double of(double[][] v, double[] x) {
        int n = x.length;
        if (n == 1) return v[0][0] > 0 ? x[0] / v[0][0] * x[0] : 0;
        double[][] a = new double[n][];
        double eps = 0;
        for (int i = 0; i < n; i++) {
            a[i] = v[i].clone();
            eps = Math.max(eps, Math.abs(a[i][i]));
        }
        eps *= TOLER;
        // LDL' in place (lower triangle), as cholesky2: a[i][i] holds D, a[j][i] (j > i) holds L
        boolean[] zero = new boolean[n];
        for (int i = 0; i < n; i++) {
            double pivot = a[i][i];
            if (!(pivot > eps)) {
                zero[i] = true;
                a[i][i] = 0;
                for (int j = i + 1; j < n; j++) a[j][i] = 0;
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                double temp = a[j][i] / pivot;
                a[j][i] = temp;
                a[j][j] -= temp * temp * pivot;
                // a[k][i] for k > j is not yet scaled, so this is the Schur update a_kj − a_ki·a_ji / D_i
                for (int k = j + 1; k < n; k++) a[k][j] -= temp * a[k][i];
            }
        }
        // solve L y = x, then x'V⁻x = Σ y_i² / D_i over the kept pivots
        double[] y = x.clone();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < i; k++) y[i] -= a[i][k] * y[k];
        }
        double q = 0;
        for (int i = 0; i < n; i++) if (!zero[i]) q += y[i] * y[i] / a[i][i];
        return q;
    }
}
