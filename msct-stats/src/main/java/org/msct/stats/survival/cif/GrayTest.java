package org.msct.stats.survival.cif;

/**
 * Gray's (1988) K-sample test for equality of the cumulative incidence of one cause across groups, rho = 0, one
 * stratum: the score vector and its covariance from cmprsk 2.2-11's Fortran {@code crstm}/{@code crst}, then
 * {@code cuminc}'s statistic s' V⁻¹ s (via R's {@code qr}; -1 when V is rank deficient, giving p = 1).
 *
 * <p>Departure from R: crst forms {@code nd1*rs(i)} and {@code rs(k)**2} in 32-bit integers, which overflow once a
 * group has more than 46,340 subjects at risk; they are formed in double here.
 */
final class GrayTest {
    private GrayTest() {}

    /**
     * @param time raw times of all subjects, ascending
     * @param cause 0 = censored, 1..K, aligned
     * @param group 0..ng-1, aligned; every group non-empty
     * @param target the cause tested
     * @return the chi-square statistic on ng - 1 df, or -1 when V is singular (as cuminc)
     */
    static double statistic(double[] time, int[] cause, int[] group, int ng, int target) {
        int n = time.length;
        int ng1 = ng - 1;
        double rho = 0;
        int[] rs = new int[ng];
        for (int g : group) rs[g]++;
        double[] s = new double[ng1];
        double[][] v = new double[ng1][ng1]; // lower triangle used, as crst's packed v
        double[] f1m = new double[ng];
        double[] f1 = new double[ng];
        double[] skmm = new double[ng];
        double[] skm = new double[ng];
        double[] v3 = new double[ng];
        double[][] v2 = new double[ng1][ng];
        double[][] c = new double[ng][ng];
        double[][] a = new double[ng][ng];
        java.util.Arrays.fill(skmm, 1);
        java.util.Arrays.fill(skm, 1);
        int[][] d = new int[3][ng];
        double fm = 0;
        double f = 0;
        int ll = 0;
        while (ll < n) {
            int lu = ll;
            while (lu + 1 < n && !(time[lu + 1] > time[ll])) lu++;
            for (int[] row : d) java.util.Arrays.fill(row, 0);
            for (int i = ll; i <= lu; i++) {
                int m = cause[i] == 0 ? 0 : cause[i] == target ? 1 : 2;
                d[m][group[i]]++;
            }
            int nd1 = 0;
            int nd2 = 0;
            for (int i = 0; i < ng; i++) {
                nd1 += d[1][i];
                nd2 += d[2][i];
            }
            if (nd1 != 0 || nd2 != 0) {
                double tr = 0;
                double tq = 0;
                for (int i = 0; i < ng; i++) {
                    if (rs[i] <= 0) continue;
                    double td = d[1][i] + d[2][i];
                    skm[i] = skmm[i] * (rs[i] - td) / rs[i];
                    f1[i] = f1m[i] + (skmm[i] * d[1][i]) / rs[i];
                    tr = tr + rs[i] / skmm[i];
                    tq = tq + rs[i] * (1 - f1m[i]) / skmm[i];
                }
                f = fm + nd1 / tr;
                double fb = Math.pow(1 - fm, rho);
                for (int i = 0; i < ng; i++) {
                    for (int j = i; j < ng; j++) a[i][j] = 0;
                    if (rs[i] <= 0) continue;
                    double t1 = rs[i] / skmm[i];
                    a[i][i] = fb * t1 * (1 - t1 / tr);
                    c[i][i] = c[i][i] + a[i][i] * nd1 / (tr * (1 - fm));
                    for (int j = i + 1; j < ng; j++) {
                        if (rs[j] <= 0) continue;
                        a[i][j] = -fb * t1 * rs[j] / (skmm[j] * tr);
                        c[i][j] = c[i][j] + a[i][j] * nd1 / (tr * (1 - fm));
                    }
                }
                for (int i = 1; i < ng; i++) {
                    for (int j = 0; j < i; j++) {
                        a[i][j] = a[j][i];
                        c[i][j] = c[j][i];
                    }
                }
                for (int i = 0; i < ng1; i++) {
                    if (rs[i] <= 0) continue;
                    s[i] = s[i] + fb * (d[1][i] - (double) nd1 * rs[i] * (1 - f1m[i]) / (skmm[i] * tq));
                }
                if (nd1 > 0) {
                    for (int k = 0; k < ng; k++) {
                        if (rs[k] <= 0) continue;
                        double t4 = skm[k] > 0 ? 1 - (1 - f) / skm[k] : 1;
                        double t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[k] - 1) : 1;
                        double t3 = t5 * skmm[k] * nd1 / (tr * rs[k]);
                        v3[k] = v3[k] + t4 * t4 * t3;
                        for (int i = 0; i < ng1; i++) {
                            double t1 = a[i][k] - t4 * c[i][k];
                            v2[i][k] = v2[i][k] + t1 * t4 * t3;
                            for (int j = 0; j <= i; j++) {
                                double t2 = a[j][k] - t4 * c[j][k];
                                v[i][j] = v[i][j] + t1 * t2 * t3;
                            }
                        }
                    }
                }
                if (nd2 != 0) {
                    for (int k = 0; k < ng; k++) {
                        if (skm[k] <= 0 || d[2][k] <= 0) continue;
                        double t4 = (1 - f) / skm[k];
                        double t5 = d[2][k] > 1 ? 1 - (d[2][k] - 1.0) / (rs[k] - 1.0) : 1;
                        double rk = rs[k];
                        double t3 = t5 * ((skmm[k] * skmm[k]) * d[2][k]) / (rk * rk);
                        v3[k] = v3[k] + t4 * t4 * t3;
                        for (int i = 0; i < ng1; i++) {
                            double t1 = t4 * c[i][k];
                            v2[i][k] = v2[i][k] - t1 * t4 * t3;
                            for (int j = 0; j <= i; j++) {
                                double t2 = t4 * c[j][k];
                                v[i][j] = v[i][j] + t1 * t2 * t3;
                            }
                        }
                    }
                }
            }
            if (lu >= n - 1) break;
            for (int i = ll; i <= lu; i++) rs[group[i]]--;
            fm = f;
            System.arraycopy(f1, 0, f1m, 0, ng);
            System.arraycopy(skm, 0, skmm, 0, ng);
            ll = lu + 1;
        }
        for (int i = 0; i < ng1; i++) {
            for (int j = 0; j <= i; j++) {
                for (int k = 0; k < ng; k++) {
                    v[i][j] = v[i][j] + c[i][k] * c[j][k] * v3[k];
                    v[i][j] = v[i][j] + c[i][k] * v2[j][k];
                    v[i][j] = v[i][j] + c[j][k] * v2[i][k];
                }
                v[j][i] = v[i][j];
            }
        }
        return LinpackQr.quadraticFormOfInverse(v, s);
    }
}
