package org.msct.stats.survival.cif;

/**
 * R's {@code qr()} (LINPACK {@code dqrdc2}, tol 1e-7, limited column pivoting) of a small square matrix and
 * {@code qr.coef} ({@code dqrsl}), enough to evaluate cuminc's {@code s %*% qr.coef(qr(V), I) %*% s} with R's rank
 * decision and operation order.
 */
final class LinpackQr {
    private static final double TOL = 1e-7;

    private LinpackQr() {}

    /**
     * @param v symmetric m×m matrix (not modified)
     * @param s vector of length m
     * @return s' V⁻¹ s, or -1 when {@code qr(V)$rank < m} (cuminc's convention)
     */
    static double quadraticFormOfInverse(double[][] v, double[] s) {
        int m = s.length;
        double[][] x = new double[m][]; // x[col][row], Fortran's column-major layout
        for (int j = 0; j < m; j++) {
            x[j] = new double[m];
            for (int i = 0; i < m; i++) x[j][i] = v[i][j];
        }
        double[] qraux = new double[m];
        int rank = decompose(x, qraux);
        if (rank < m) return -1;
        double[][] inv = new double[m][]; // inv[col]
        for (int j = 0; j < m; j++) {
            double[] e = new double[m];
            e[j] = 1;
            inv[j] = solve(x, qraux, e);
        }
        double stat = 0;
        for (int j = 0; j < m; j++) {
            double row = 0;
            for (int l = 0; l < m; l++) row += s[l] * inv[j][l];
            stat += row * s[j];
        }
        return stat;
    }

    /** dqrdc2 with n = p; returns the rank. Full rank leaves the column order unchanged. */
    static int decompose(double[][] x, double[] qraux) {
        int n = x.length;
        int p = n;
        double[] work1 = new double[p];
        double[] work2 = new double[p];
        for (int j = 0; j < p; j++) {
            qraux[j] = nrm2(x[j], 0, n);
            work1[j] = qraux[j];
            work2[j] = qraux[j] == 0 ? 1 : qraux[j];
        }
        int k = p + 1; // 1-based, as the Fortran
        for (int l = 0; l < n; l++) {
            while (!(l + 1 >= k || qraux[l] >= work2[l] * TOL)) {
                double[] col = x[l];
                double q = qraux[l];
                double w1 = work1[l];
                double w2 = work2[l];
                for (int j = l + 1; j < p; j++) {
                    x[j - 1] = x[j];
                    qraux[j - 1] = qraux[j];
                    work1[j - 1] = work1[j];
                    work2[j - 1] = work2[j];
                }
                x[p - 1] = col;
                qraux[p - 1] = q;
                work1[p - 1] = w1;
                work2[p - 1] = w2;
                k--;
            }
            if (l == n - 1) continue;
            double[] xl = x[l];
            double nrmxl = nrm2(xl, l, n);
            if (nrmxl == 0) continue;
            if (xl[l] != 0) nrmxl = Math.copySign(nrmxl, xl[l]);
            double sc = 1.0 / nrmxl;
            for (int i = l; i < n; i++) xl[i] *= sc;
            xl[l] = 1.0 + xl[l];
            for (int j = l + 1; j < p; j++) {
                double[] xj = x[j];
                double t = -dot(xl, xj, l, n) / xl[l];
                for (int i = l; i < n; i++) xj[i] += t * xl[i];
                if (qraux[j] != 0) {
                    double r = Math.abs(xj[l]) / qraux[j];
                    double tt = 1.0 - r * r;
                    tt = Math.max(tt, 0.0);
                    if (Math.abs(tt) >= 1e-6) {
                        qraux[j] = qraux[j] * Math.sqrt(tt);
                    } else {
                        qraux[j] = nrm2(xj, l + 1, n);
                        work1[j] = qraux[j];
                    }
                }
            }
            qraux[l] = xl[l];
            xl[l] = -nrmxl;
        }
        return Math.min(k - 1, n);
    }

    /** dqrsl job 100 (coefficients) for a full-rank square decomposition. */
    static double[] solve(double[][] x, double[] qraux, double[] y) {
        int n = x.length;
        double[] qty = y.clone();
        for (int j = 0; j < n - 1; j++) {
            if (qraux[j] == 0) continue;
            double[] xj = x[j];
            double temp = xj[j];
            xj[j] = qraux[j];
            double t = -dot(xj, qty, j, n) / xj[j];
            for (int i = j; i < n; i++) qty[i] += t * xj[i];
            xj[j] = temp;
        }
        double[] b = qty;
        for (int j = n - 1; j >= 0; j--) {
            b[j] = b[j] / x[j][j];
            double t = -b[j];
            for (int i = 0; i < j; i++) b[i] += t * x[j][i];
        }
        return b;
    }

    private static double nrm2(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i] * a[i];
        return Math.sqrt(s);
    }

    private static double dot(double[] a, double[] b, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i] * b[i];
        return s;
    }
}
