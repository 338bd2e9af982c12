package org.msct.stats.survival.cox;

import java.util.Arrays;

/**
 * One sweep over the risk sets at a given beta (the inner step of survival's {@code coxfit6} / {@code agfit4}):
 * partial log-likelihood, score vector and information matrix for Breslow or Efron ties, walking backwards in time and
 * accumulating the risk-set sums, O(n p^2). With (start, stop] data a row leaves the sums once the event time passes
 * its start. Optionally (cox.zph, {@code zph1.c}/{@code zph2.c}) the score and information are extended by the
 * products with a time function g given per position: {@code uExt = sum g (x - xbar)} and the 2p x 2p information.
 *
 * <p>Differences from the C code that change only rounding: divisions by the risk-set total are multiplications by
 * its reciprocal, and the logarithms of successive totals are taken of their product in batches.
 */
final class RiskSetPass {
    private static final double BIG = 1e250;
    private static final double SMALL = 1e-250;

    private final CoxDesign d;
    private final boolean efron;
    private final int p;
    final double[] u;
    /** Information; entries [j][i] with j <= i are filled (survival's layout). */
    final double[][] imat;
    double loglik;
    private final double[] im;
    private final double[] a;
    private final double[] a2;
    private final double[] cmat;
    private final double[] cmat2;
    private final double[] risk;
    /** Extension for cox.zph (allocated on demand). */
    double[] uExt;
    double[][] imatExt;

    RiskSetPass(CoxDesign d, boolean efron) {
        this.d = d;
        this.efron = efron;
        this.p = d.p;
        u = new double[p];
        imat = new double[p][p];
        im = new double[p * p];
        a = new double[p];
        a2 = new double[p];
        cmat = new double[p * p];
        cmat2 = new double[p * p];
        risk = d.countingProcess() ? new double[d.n] : null;
    }

    /** Evaluates at {@code beta} (scaled coordinates); returns the log-likelihood. */
    double run(double[] beta) {
        return run(beta, null);
    }

    // sums over the current risk set (denom, a, cmat) and over the deaths at the current time (denom2, a2, cmat2);
    // the work is split into small methods so that the JIT compiles each loop once and quickly
    private double denom;
    private double denom2;
    private int ndead;
    private int nrisk;
    private int rem;
    private double ll;
    private double logProd;

    /**
     * @param g time function per position (cox.zph's centred transform), or {@code null}
     */
    double run(double[] beta, double[] g) {
        Arrays.fill(u, 0);
        Arrays.fill(im, 0);
        Arrays.fill(a, 0);
        Arrays.fill(a2, 0);
        Arrays.fill(cmat, 0);
        Arrays.fill(cmat2, 0);
        if (g != null) {
            uExt = new double[2 * p];
            imatExt = new double[2 * p][2 * p];
        }
        ll = 0;
        logProd = 1; // product of risk-set totals whose log is still to be subtracted
        denom = 0;
        nrisk = 0;
        rem = 0;
        final double[] stop = d.stop;
        final boolean cp = d.start != null;
        int pos = d.n - 1;
        while (pos >= 0) {
            final double dtime = stop[pos];
            if (cp) leave(dtime);
            final double gt = g == null ? 0 : g[pos];
            pos = enter(beta, pos, dtime);
            if (ndead == 0) continue;
            if (!efron || ndead == 1) breslow(gt, g != null);
            else efron(gt, g != null);
        }
        ll -= Math.log(logProd);
        for (int i = 0; i < p; i++) for (int j = 0; j < p; j++) imat[i][j] = im[i * p + j];
        if (g != null) finishExt(g);
        loglik = ll;
        return ll;
    }

    /** Counting process: rows whose start is not before {@code dtime} have left every earlier risk set. */
    private void leave(double dtime) {
        final int[] startOrder = d.startOrder;
        final double[] start = d.start;
        final boolean[] atRisk = d.atRisk;
        final double[] x = d.x;
        for (; rem < startOrder.length; rem++) {
            int q = startOrder[rem];
            if (start[q] < dtime) break;
            if (!atRisk[q]) continue;
            if (--nrisk == 0) {
                denom = 0;
                Arrays.fill(a, 0);
                Arrays.fill(cmat, 0);
                continue;
            }
            double r = risk[q];
            int off = q * p;
            denom -= r;
            for (int i = 0; i < p; i++) {
                double rx = r * x[off + i];
                a[i] -= rx;
                int ci = i * p;
                for (int j = 0; j <= i; j++) cmat[ci + j] -= rx * x[off + j];
            }
        }
    }

    /** Adds the rows with stop time {@code dtime} (from {@code pos} down); returns the next position. */
    private int enter(double[] beta, int pos, double dtime) {
        final int p = this.p;
        final double[] x = d.x;
        final double[] stop = d.stop;
        final int[] status = d.status;
        final boolean[] atRisk = d.atRisk;
        final boolean cp = atRisk != null;
        final double[] a = this.a;
        final double[] a2 = this.a2;
        final double[] cmat = this.cmat;
        final double[] cmat2 = this.cmat2;
        final double[] u = this.u;
        int dead = 0;
        double dsum = 0;
        double rsum = 0;
        double lsum = 0;
        for (; pos >= 0 && stop[pos] == dtime; pos--) {
            if (cp && !atRisk[pos]) continue;
            final int off = pos * p;
            double eta = 0;
            for (int i = 0; i < p; i++) eta += beta[i] * x[off + i];
            final double r = Math.exp(eta);
            if (cp) {
                risk[pos] = r;
                nrisk++;
            }
            if (status[pos] == 0) {
                rsum += r;
                for (int i = 0; i < p; i++) {
                    double rx = r * x[off + i];
                    a[i] += rx;
                    int ci = i * p;
                    for (int j = 0; j <= i; j++) cmat[ci + j] += rx * x[off + j];
                }
            } else {
                dead++;
                dsum += r;
                lsum += eta;
                for (int i = 0; i < p; i++) {
                    double xi = x[off + i];
                    u[i] += xi;
                    double rx = r * xi;
                    a2[i] += rx;
                    int ci = i * p;
                    for (int j = 0; j <= i; j++) cmat2[ci + j] += rx * x[off + j];
                }
            }
        }
        denom += rsum;
        denom2 = dsum;
        ll += lsum;
        ndead = dead;
        return pos;
    }

    /** Breslow (or a single death): every death sees the whole risk set. */
    private void breslow(double gt, boolean ext) {
        final int p = this.p;
        final double[] a = this.a;
        final double[] a2 = this.a2;
        final double[] cmat = this.cmat;
        final double[] cmat2 = this.cmat2;
        final double[] im = this.im;
        denom += denom2;
        if (ndead == 1) {
            double np = logProd * denom;
            if (np < BIG && np > SMALL) logProd = np;
            else {
                ll -= Math.log(logProd) + Math.log(denom);
                logProd = 1;
            }
        } else {
            ll -= ndead * Math.log(denom);
        }
        double inv = 1 / denom;
        for (int i = 0; i < p; i++) {
            a[i] += a2[i];
            double mean = a[i] * inv;
            u[i] -= ndead * mean;
            if (ext) uExt[p + i] -= gt * ndead * mean;
            int ci = i * p;
            for (int j = 0; j <= i; j++) {
                cmat[ci + j] += cmat2[ci + j];
                double v = ndead * (cmat[ci + j] - mean * a[j]) * inv;
                im[j * p + i] += v;
                if (ext) addExt(j, i, v, gt);
            }
            a2[i] = 0;
            for (int j = 0; j <= i; j++) cmat2[ci + j] = 0;
        }
    }

    /** Efron: the k-th of the tied deaths sees (ndead - k)/ndead of the dying risk. */
    private void efron(double gt, boolean ext) {
        final int p = this.p;
        for (int k = 0; k < ndead; k++) {
            denom += denom2 / ndead;
            ll -= Math.log(denom);
            double inv = 1 / denom;
            for (int i = 0; i < p; i++) {
                a[i] += a2[i] / ndead;
                double mean = a[i] * inv;
                u[i] -= mean;
                if (ext) uExt[p + i] -= gt * mean;
                int ci = i * p;
                for (int j = 0; j <= i; j++) {
                    cmat[ci + j] += cmat2[ci + j] / ndead;
                    double v = (cmat[ci + j] - mean * a[j]) * inv;
                    im[j * p + i] += v;
                    if (ext) addExt(j, i, v, gt);
                }
            }
        }
        Arrays.fill(a2, 0);
        Arrays.fill(cmat2, 0);
    }

    private void addExt(int j, int i, double v, double gt) {
        imatExt[j][i] += v;
        imatExt[j][i + p] += v * gt;
        imatExt[j + p][i + p] += v * gt * gt;
    }

    /** Adds the deaths' g x to uExt, fills the symmetric 2p x 2p matrix and the first half of uExt (the score). */
    private void finishExt(double[] g) {
        for (int k = 0; k < d.n; k++) {
            if (d.status[k] == 1 && (d.atRisk == null || d.atRisk[k])) {
                for (int i = 0; i < p; i++) uExt[p + i] += g[k] * d.x[k * p + i];
            }
        }
        for (int i = 0; i < p; i++) {
            uExt[i] = u[i];
            for (int j = 0; j < i; j++) {
                imatExt[i][j] = imatExt[j][i];
                imatExt[i][j + p] = imatExt[j][i + p];
                imatExt[i + p][j + p] = imatExt[j + p][i + p];
            }
        }
        for (int i = 0; i < p; i++) for (int j = 0; j < p; j++) imatExt[i + p][j] = imatExt[j][i + p];
    }
}
