package org.msct.stats.survival.cox;

/**
 * The risk-set sweep's per-row arithmetic written out for three model columns (arm and two covariates, the
 * benchmark's model): the loops of {@link RiskSetPass} over p = 3 and j &le; i, unrolled in their own order, so every
 * sum sees the same operands in the same order and the results are bit for bit those of the loops. The JIT that
 * runs one-shot statistics (C1) does not unroll loops; on a million rows these three were ~40 % of a Cox fit's CPU.
 */
final class ThreeColumns {
    private ThreeColumns() {}

    static double dot(double[] beta, double[] x, int off) {
        double eta = 0;
        eta += beta[0] * x[off];
        eta += beta[1] * x[off + 1];
        eta += beta[2] * x[off + 2];
        return eta;
    }

    /** a += r x, cmat += r x x' (lower triangle, row-major 3 x 3). */
    static void addOuter(double[] a, double[] cmat, double r, double[] x, int off) {
        double x0 = x[off];
        double x1 = x[off + 1];
        double x2 = x[off + 2];
        double r0 = r * x0;
        a[0] += r0;
        cmat[0] += r0 * x0;
        double r1 = r * x1;
        a[1] += r1;
        cmat[3] += r1 * x0;
        cmat[4] += r1 * x1;
        double r2 = r * x2;
        a[2] += r2;
        cmat[6] += r2 * x0;
        cmat[7] += r2 * x1;
        cmat[8] += r2 * x2;
    }

    /**
     * A death alone at its time without the cox.zph extension ({@link RiskSetPass}'s loneDeath): score u, sums a and
     * cmat, information im (entries [j * 3 + i], j &le; i), given r and 1 / (risk-set total).
     */
    static void loneDeath(
            double[] u, double[] a, double[] cmat, double[] im, double r, double inv, double[] x, int off) {
        double x0 = x[off];
        double x1 = x[off + 1];
        double x2 = x[off + 2];

        u[0] += x0;
        double r0 = r * x0;
        a[0] += r0;
        double m0 = a[0] * inv;
        u[0] -= m0;
        cmat[0] += r0 * x0;
        im[0] += (cmat[0] - m0 * a[0]) * inv;

        u[1] += x1;
        double r1 = r * x1;
        a[1] += r1;
        double m1 = a[1] * inv;
        u[1] -= m1;
        cmat[3] += r1 * x0;
        im[1] += (cmat[3] - m1 * a[0]) * inv;
        cmat[4] += r1 * x1;
        im[4] += (cmat[4] - m1 * a[1]) * inv;

        u[2] += x2;
        double r2 = r * x2;
        a[2] += r2;
        double m2 = a[2] * inv;
        u[2] -= m2;
        cmat[6] += r2 * x0;
        im[2] += (cmat[6] - m2 * a[0]) * inv;
        cmat[7] += r2 * x1;
        im[5] += (cmat[7] - m2 * a[1]) * inv;
        cmat[8] += r2 * x2;
        im[8] += (cmat[8] - m2 * a[2]) * inv;
    }
}
