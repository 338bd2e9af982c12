package org.msct.stats.survival.cox;

/**
 * The exact (discrete, conditional-logistic) partial likelihood for tied event times, as survival's
 * {@code coxexact.c} ({@code coxph(ties = "exact")}, right-censored data): at an event time with d deaths among the
 * risk set the denominator is the elementary symmetric polynomial of degree d of the risk scores, computed by the
 * recursion E(d, n) = s_n E(d-1, n-1) + E(d, n-1) over the rows in decreasing time order, with its first and second
 * derivatives. The recursion only reaches back one row, so two columns of d values suffice (R memoises the whole
 * table); time O(n d_max p^2) per iteration. Newton-Raphson as coxexact: plain halving, stop when
 * {@code |1 - oldlik/newlik| <= eps} outside a halving step.
 */
final class CoxExact {
    private CoxExact() {}

    static CoxNewton.Result fit(CoxDesign d) {
        int p = d.p;
        Pass pass = new Pass(d);
        double[] beta = new double[p];
        double[] oldbeta = new double[p];
        double ll0 = pass.run(beta);
        double[] u0 = pass.u.clone();
        double[] u = pass.u;
        Chol.cholesky2(pass.imat, p, Chol.TOLER);
        Chol.chsolve2(pass.imat, p, u);
        double sctest = 0;
        for (int i = 0; i < p; i++) sctest += u[i] * u0[i];
        for (int i = 0; i < p; i++) {
            oldbeta[i] = beta[i];
            beta[i] += u[i];
        }
        double ll1 = ll0;
        double newlk = ll0;
        int halving = 0;
        int iter;
        for (iter = 1; iter <= CoxNewton.ITER_MAX; iter++) {
            newlk = pass.run(beta);
            Chol.cholesky2(pass.imat, p, Chol.TOLER);
            if (Math.abs(1 - ll1 / newlk) <= CoxNewton.EPS && halving == 0) break;
            if (iter == CoxNewton.ITER_MAX) break;
            if (newlk < ll1) {
                halving = 1;
                for (int i = 0; i < p; i++) beta[i] = (oldbeta[i] + beta[i]) / 2;
            } else {
                halving = 0;
                ll1 = newlk;
                Chol.chsolve2(pass.imat, p, pass.u);
                for (int i = 0; i < p; i++) {
                    oldbeta[i] = beta[i];
                    beta[i] += pass.u[i];
                }
            }
        }
        Chol.chinv2(pass.imat, p);
        Chol.symmetrise(pass.imat, p);
        double[][] var = new double[p][];
        for (int i = 0; i < p; i++) var[i] = pass.imat[i].clone();
        return new CoxNewton.Result(beta, var, ll0, newlk, sctest, Math.min(iter, CoxNewton.ITER_MAX), null, null);
    }

    /** One evaluation of the exact log-likelihood, score and information. */
    private static final class Pass {
        private final CoxDesign d;
        private final int p;
        private final int maxDeath;
        final double[] u;
        final double[][] imat;
        private final double[] e;
        private final double[][] d1;
        private final double[][] d2;

        Pass(CoxDesign d) {
            this.d = d;
            this.p = d.p;
            int md = 0;
            for (int k = d.n - 1; k >= 0; ) {
                int nd = 0;
                double t = d.stop[k];
                for (; k >= 0 && d.stop[k] == t; k--) nd += d.status[k];
                md = Math.max(md, nd);
            }
            maxDeath = md;
            u = new double[p];
            imat = new double[p][p];
            e = new double[md + 1];
            d1 = new double[p][md + 1];
            d2 = new double[p * (p + 1) / 2][md + 1];
        }

        double run(double[] beta) {
            java.util.Arrays.fill(u, 0);
            for (double[] r : imat) java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(e, 0);
            for (double[] r : d1) java.util.Arrays.fill(r, 0);
            for (double[] r : d2) java.util.Arrays.fill(r, 0);
            e[0] = 1;
            double ll = 0;
            double[] x = d.x;
            int nrisk = 0;
            int k = d.n - 1;
            double[] dd1 = new double[p];
            while (k >= 0) {
                double t = d.stop[k];
                int ndeath = 0;
                for (; k >= 0 && d.stop[k] == t; k--) {
                    int off = k * p;
                    double zbeta = 0;
                    for (int j = 0; j < p; j++) zbeta += x[off + j] * beta[j];
                    double s = Math.exp(zbeta);
                    if (d.status[k] == 1) {
                        ll += zbeta;
                        for (int j = 0; j < p; j++) u[j] += x[off + j];
                        ndeath++;
                    }
                    nrisk++;
                    addRow(s, off, nrisk);
                }
                if (ndeath == 0) continue;
                double d0 = e[ndeath];
                ll -= Math.log(d0);
                int m = 0;
                for (int j = 0; j < p; j++) {
                    dd1[j] = d1[j][ndeath] / d0;
                    u[j] -= dd1[j];
                    for (int q = 0; q <= j; q++) imat[q][j] += d2[m++][ndeath] / d0 - dd1[j] * dd1[q];
                }
            }
            return ll;
        }

        /** Moves the recursion from the first n-1 rows to the first n (descending d keeps the old values). */
        private void addRow(double s, int off, int n) {
            double[] x = d.x;
            int top = Math.min(n, maxDeath);
            for (int dd = top; dd >= 1; dd--) {
                double eOld = e[dd - 1];
                int m = 0;
                for (int j = 0; j < p; j++) {
                    double xj = x[off + j];
                    for (int q = 0; q <= j; q++) {
                        double xq = x[off + q];
                        double v = eOld * s * xj * xq;
                        if (dd < n) v += d2[m][dd];
                        if (dd > 1) v += s * (d2[m][dd - 1] + xj * d1[q][dd - 1] + xq * d1[j][dd - 1]);
                        d2[m++][dd] = v;
                    }
                }
                for (int j = 0; j < p; j++) {
                    double v = s * x[off + j] * eOld;
                    if (dd < n) v += d1[j][dd];
                    if (dd > 1) v += s * d1[j][dd - 1];
                    d1[j][dd] = v;
                }
                double v = s * eOld;
                if (dd < n) v += e[dd];
                e[dd] = v;
            }
        }
    }
}
