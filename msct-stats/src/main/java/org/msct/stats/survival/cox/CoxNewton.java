package org.msct.stats.survival.cox;

/**
 * Newton-Raphson for the Cox partial likelihood exactly as survival's {@code coxfit6} (right-censored) and
 * {@code agfit4} (counting process) iterate: start at beta = 0, stop when {@code |1 - oldlik/newlik| <= eps}, halve the
 * step towards the last good beta when the log-likelihood decreases, at most {@code iterMax} iterations. Mirroring the
 * path (not only the optimum) matters: R returns the beta of the iteration where it stopped.
 */
final class CoxNewton {
    static final double EPS = 1e-9;
    static final int ITER_MAX = 20;

    private CoxNewton() {}

    /** Fit result in the scaled coordinates of {@link CoxDesign#x}; {@code var} is the inverse information. */
    record Result(
            double[] betaScaled,
            double[][] varScaled,
            double loglik0,
            double loglik,
            double scoreTest,
            int iter,
            double[] uZph,
            double[][] imatZph) {}

    /** @param g cox.zph time function per position (its score test comes from the last sweep), or {@code null} */
    static Result fit(CoxDesign d, boolean efron, double[] g) {
        RiskSetPass pass = new RiskSetPass(d, efron, g);
        return d.countingProcess() ? agfit(d, pass) : coxfit(d, pass);
    }

    /**
     * A relative change of the log-likelihood below this makes the next step the likely last one (Newton converges
     * quadratically: on the oracle cases and the benchmark cohort the step before the last changed it by 1.5e-7 to
     * 8e-5, the one before that by more than 3e-4).
     */
    private static final double LIKELY_LAST = 1e-4;

    private static Result coxfit(CoxDesign d, RiskSetPass pass) {
        int p = d.p;
        double[] beta = new double[p];
        pass.extension(false);
        double ll0 = pass.run(beta);
        double[] a = pass.u.clone();
        Chol.cholesky2(pass.imat, p, Chol.TOLER);
        Chol.chsolve2(pass.imat, p, a);
        double sctest = 0;
        for (int i = 0; i < p; i++) sctest += pass.u[i] * a[i];
        double ll1 = ll0;
        double[] newbeta = new double[p];
        for (int i = 0; i < p; i++) newbeta[i] = beta[i] + a[i];
        int halving = 0;
        double change = Double.POSITIVE_INFINITY;
        for (int iter = 1; iter <= ITER_MAX; iter++) {
            pass.extension(change <= LIKELY_LAST);
            double newlk = pass.run(newbeta);
            change = Math.abs(1 - ll1 / newlk);
            Chol.cholesky2(pass.imat, p, Chol.TOLER);
            boolean notfinite = !Double.isFinite(newlk);
            for (int i = 0; i < p; i++) {
                if (!Double.isFinite(pass.u[i])) notfinite = true;
                for (int j = 0; j < p; j++) if (!Double.isFinite(pass.imat[i][j])) notfinite = true;
            }
            if (!notfinite && change <= EPS) {
                if (!pass.extended()) {
                    // the same sweep again with the extension: identical sums, so the same matrix to factor
                    pass.extension(true);
                    pass.run(newbeta);
                    Chol.cholesky2(pass.imat, p, Chol.TOLER);
                }
                return done(pass, newbeta, ll0, newlk, sctest, iter);
            }
            if (notfinite || newlk < ll1) {
                halving++;
                for (int i = 0; i < p; i++) newbeta[i] = (newbeta[i] + halving * beta[i]) / (halving + 1.0);
            } else {
                halving = 0;
                ll1 = newlk;
                Chol.chsolve2(pass.imat, p, pass.u);
                for (int i = 0; i < p; i++) {
                    beta[i] = newbeta[i];
                    newbeta[i] = newbeta[i] + pass.u[i];
                }
            }
        }
        // out of iterations: coxfit6 recomputes at the last good beta and inverts that (unfactored) matrix as is
        pass.extension(true);
        ll1 = pass.run(beta);
        Chol.chinv2(pass.imat, p);
        Chol.symmetrise(pass.imat, p);
        return new Result(beta, pass.imat, ll0, ll1, sctest, ITER_MAX, pass.uExt, pass.imatExt);
    }

    private static Result agfit(CoxDesign d, RiskSetPass pass) {
        int p = d.p;
        double[] beta = new double[p];
        double[] oldbeta = new double[p];
        double ll0 = 0;
        double ll1 = 0;
        double newlk = 0;
        double sctest = 0;
        int rank = 0;
        int halving = 0;
        int iter;
        for (iter = 0; iter <= ITER_MAX; iter++) {
            newlk = pass.run(beta);
            if (iter == 0) {
                ll0 = newlk;
                ll1 = newlk;
                double[] a = pass.u.clone();
                rank = Chol.cholesky2(pass.imat, p, Chol.TOLER);
                Chol.chsolve2(pass.imat, p, a);
                for (int i = 0; i < p; i++) sctest += pass.u[i] * a[i];
                if (!Double.isFinite(newlk)) break;
                for (int i = 0; i < p; i++) {
                    oldbeta[i] = beta[i];
                    beta[i] += a[i];
                }
                continue;
            }
            int fail = 0;
            for (int i = 0; i < p; i++) if (!Double.isFinite(pass.imat[i][i])) fail++;
            int rank2 = Chol.cholesky2(pass.imat, p, Chol.TOLER);
            fail += (Double.isNaN(newlk) ? 1 : 0) + (Double.isInfinite(newlk) ? 1 : 0) + Math.abs(rank - rank2);
            if (fail == 0 && halving == 0 && Math.abs(1 - ll1 / newlk) <= EPS) break;
            if (iter == ITER_MAX) {
                if ((newlk - ll1) / Math.abs(ll1) < -EPS) {
                    System.arraycopy(oldbeta, 0, beta, 0, p);
                    newlk = pass.run(beta);
                    Chol.cholesky2(pass.imat, p, Chol.TOLER);
                }
                break;
            }
            if (fail > 0 || newlk < ll1) {
                halving++;
                for (int i = 0; i < p; i++) beta[i] = (oldbeta[i] * halving + beta[i]) / (halving + 1.0);
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
        return done(pass, beta, ll0, newlk, sctest, Math.min(iter, ITER_MAX + 1));
    }

    private static Result done(RiskSetPass pass, double[] beta, double ll0, double ll, double sctest, int iter) {
        int p = beta.length;
        Chol.chinv2(pass.imat, p);
        Chol.symmetrise(pass.imat, p);
        double[][] var = new double[p][];
        for (int i = 0; i < p; i++) var[i] = pass.imat[i].clone();
        return new Result(beta.clone(), var, ll0, ll, sctest, iter, pass.uExt, pass.imatExt);
    }
}
