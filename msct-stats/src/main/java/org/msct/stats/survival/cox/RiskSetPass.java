package org.msct.stats.survival.cox;

import java.util.Arrays;

/**
 * One sweep over the risk sets at a given beta (the inner step of survival's {@code coxfit6} / {@code agfit4}):
 * partial log-likelihood, score vector and information matrix for Breslow or Efron ties, walking backwards in time and
 * accumulating the risk-set sums, O(n p^2). With (start, stop] data a row leaves the sums once the event time passes
 * its start. Given a time function g (cox.zph, {@code zph1.c}/{@code zph2.c}) each sweep also extends the score and
 * information by the products with g: {@code uExt = sum g (x - xbar)} and the 2p x 2p information; the fit's last
 * sweep, at the returned beta, then provides the proportional-hazards test without a sweep of its own.
 *
 * <p>Differences from the C code that change only rounding: divisions by the risk-set total are multiplications by
 * its reciprocal, and the logarithms of successive totals are taken of their product in batches. The sweep is one
 * loop over rows with the vector work in small methods, so that the JIT compiles it once, early and cheaply.
 */
final class RiskSetPass {
    private static final double BIG = 1e250;
    private static final double SMALL = 1e-250;
    /** Rows from which a right-censored sweep is split over two threads ({@link #run}). */
    private static final int PARALLEL_MIN = 200_000;

    /** First row of the later part swept by {@link #late}, or 0 when one thread sweeps everything. */
    private final int split;

    private final RiskSetPass late;

    private boolean extOn = true;
    private boolean extended;
    /**
     * Whether the sweep is at beta = 0 (the fit's first): every risk score is exp(0) = 1 exactly, so no exponential is
     * taken (a quarter of the exponentials of a four-sweep fit; the sums are the same numbers).
     */
    private boolean atZero;

    private final CoxDesign d;
    private final boolean efron;
    private final int p;
    final double[] u;
    /** Information; entries [j][i] with j <= i are filled (survival's layout). */
    final double[][] imat;

    double loglik;
    /** Flat information (index j * p + i, j <= i), risk-set sums and the deaths' sums at the current time. */
    private final double[] im;

    private final double[] a;
    private final double[] a2;
    private final double[] cmat;
    private final double[] cmat2;
    private final double[] risk;
    /** Log-likelihood and pending product of risk-set totals ({@link #logOf}). */
    private final double[] acc = new double[2];
    /** cox.zph time function per position, or {@code null}, and the extension it produces. */
    private final double[] g;

    final double[] uExt;
    final double[][] imatExt;
    /** Flat sums of g v and g^2 v over the information increments v (index j * p + i, j <= i). */
    private final double[] imG;

    private final double[] imGG;

    RiskSetPass(CoxDesign d, boolean efron) {
        this(d, efron, null);
    }

    RiskSetPass(CoxDesign d, boolean efron, double[] g) {
        // adding up a row's risk sums costs ~0.45 of sweeping it (1e6 rows: 20 ms for two thirds of them against
        // 20 ms to sweep one third), so this thread, which adds up the later rows first, sweeps 36 % of them
        this(d, efron, g, d.countingProcess() || d.n < PARALLEL_MIN ? 0 : timeBoundary(d, (int) (d.n * 0.36)));
    }

    /** One thread for every row, whatever the size (tests compare it with the split sweep). */
    static RiskSetPass serial(CoxDesign d, boolean efron, double[] g) {
        return new RiskSetPass(d, efron, g, 0);
    }

    boolean isSplit() {
        return split > 0;
    }

    private RiskSetPass(CoxDesign d, boolean efron, double[] g, int split) {
        this.split = split;
        this.late = split > 0 ? new RiskSetPass(d, efron, g, 0) : null;
        this.d = d;
        this.efron = efron;
        this.p = d.p;
        this.g = g;
        uExt = g == null ? null : new double[2 * p];
        imatExt = g == null ? null : new double[2 * p][2 * p];
        imG = g == null ? null : new double[p * p];
        imGG = g == null ? null : new double[p * p];
        u = new double[p];
        imat = new double[p][p];
        im = new double[p * p];
        a = new double[p];
        a2 = new double[p];
        cmat = new double[p * p];
        cmat2 = new double[p * p];
        risk = d.countingProcess() ? new double[d.n] : null;
    }

    /**
     * Evaluates at {@code beta} (scaled coordinates); returns the log-likelihood. On large right-censored data the
     * rows from {@link #split} on are swept by a second pass on another thread while this one adds up their risk
     * sums (cheaper than sweeping them: no per-death work) and sweeps the earlier rows from those totals. The sums
     * are then added in another order than one sweep adds them: the results move in the last bits only (1e-15
     * relative on the benchmark cohort; the contract's Cox tolerance is 1e-6).
     */
    double run(double[] beta) {
        reset();
        boolean zero = true;
        for (double b : beta) zero &= b == 0;
        atZero = zero;
        if (late != null) late.atZero = zero;
        if (split == 0) {
            sweep(beta, 0, d.n, 0);
        } else {
            java.util.concurrent.CompletableFuture<Void> lateDone =
                    java.util.concurrent.CompletableFuture.runAsync(() -> {
                        late.reset();
                        late.sweep(beta, split, d.n, 0);
                    });
            double denom = totals(beta, split, d.n);
            sweep(beta, 0, split, denom);
            lateDone.join();
            addLate();
        }
        double ll = finish();
        if (ext()) finishExt();
        extended = ext();
        return ll;
    }

    /**
     * Whether the next runs compute the cox.zph extension (when there is a time function). Only the last Newton
     * sweep's extension is used, and it costs about a third of a sweep, so the fit asks for it when it expects to
     * converge ({@link CoxNewton}).
     */
    void extension(boolean on) {
        extOn = on;
        if (late != null) late.extOn = on;
    }

    /** Whether the last run computed the extension. */
    boolean extended() {
        return extended;
    }

    private boolean ext() {
        return g != null && extOn;
    }

    /** Risk-set sums of the rows [from, to): returns their total, leaves the weighted sums in a and cmat. */
    private double totals(double[] beta, int from, int to) {
        final double[] x = d.x;
        double denom = 0;
        for (int pos = to - 1; pos >= from; pos--) {
            int off = pos * p;
            double r = atZero ? 1 : Math.exp(dot(beta, x, off, p));
            denom += r;
            addOuter(a, cmat, r, x, off, p);
        }
        return denom;
    }

    /** Adds the later rows' score, information and log-likelihood (see {@link #run}). */
    private void addLate() {
        acc[0] += late.acc[0] - Math.log(late.acc[1]);
        for (int i = 0; i < u.length; i++) u[i] += late.u[i];
        for (int i = 0; i < im.length; i++) im[i] += late.im[i];
        if (ext()) {
            for (int i = p; i < 2 * p; i++) uExt[i] += late.uExt[i];
            for (int i = 0; i < imG.length; i++) {
                imG[i] += late.imG[i];
                imGG[i] += late.imGG[i];
            }
        }
    }

    /** A position near {@code at} where the time changes (0 when there is none): tied times stay together. */
    private static int timeBoundary(CoxDesign d, int at) {
        for (int q = Math.max(1, at); q < d.n; q++) if (d.stop[q] != d.stop[q - 1]) return q;
        return 0;
    }

    /** The backward sweep over the rows [from, to), starting from the risk-set total {@code denom}. */
    private void sweep(double[] beta, int from, int to, double denom) {
        final double[] x = d.x;
        final double[] stop = d.stop;
        final int[] status = d.status;
        final boolean[] atRisk = d.atRisk;
        final boolean cp = d.start != null;
        final int p = this.p;
        final double[] g = this.g;
        final boolean ext = ext();
        double denom2 = 0;
        int ndead = 0;
        int nrisk = 0;
        int rem = 0;
        for (int pos = to - 1; pos >= from; pos--) {
            final double t = stop[pos];
            if (cp && (pos == d.n - 1 || stop[pos + 1] != t)) {
                leftDenom = denom;
                leftCount = nrisk;
                rem = leave(rem, t);
                denom = leftDenom;
                nrisk = leftCount;
            }
            if (!cp || atRisk[pos]) {
                final int off = pos * p;
                final double eta = atZero ? 0 : dot(beta, x, off, p);
                final double r = atZero ? 1 : Math.exp(eta);
                if (cp) {
                    risk[pos] = r;
                    nrisk++;
                }
                if (status[pos] == 0) {
                    denom += r;
                    addOuter(a, cmat, r, x, off, p);
                } else if (!cp && (pos == to - 1 || stop[pos + 1] != t) && (pos == from || stop[pos - 1] != t)) {
                    // the only row at its time, and a death: the common case with continuous times
                    acc[0] += eta;
                    if (ext) for (int i = 0; i < p; i++) uExt[p + i] += g[pos] * x[off + i];
                    denom = loneDeath(denom + r, r, x, off, ext ? g[pos] : 0, ext);
                } else {
                    ndead++;
                    denom2 += r;
                    acc[0] += eta;
                    addDeath(r, x, off);
                    if (ext) for (int i = 0; i < p; i++) uExt[p + i] += g[pos] * x[off + i];
                }
            }
            if (ndead > 0 && (pos == from || stop[pos - 1] != t)) {
                double gt = ext ? g[pos] : 0;
                denom = efron && ndead > 1
                        ? efron(denom, denom2, ndead, gt, ext)
                        : breslow(denom + denom2, ndead, gt, ext);
                ndead = 0;
                denom2 = 0;
            }
        }
    }

    private void reset() {
        Arrays.fill(u, 0);
        Arrays.fill(im, 0);
        Arrays.fill(a, 0);
        Arrays.fill(a2, 0);
        Arrays.fill(cmat, 0);
        Arrays.fill(cmat2, 0);
        acc[0] = 0;
        acc[1] = 1;
        leftDenom = 0;
        leftCount = 0;
        if (ext()) {
            Arrays.fill(uExt, 0);
            Arrays.fill(imG, 0);
            Arrays.fill(imGG, 0);
        }
    }

    private double finish() {
        acc[0] -= Math.log(acc[1]);
        for (int i = 0; i < p; i++) for (int j = 0; j < p; j++) imat[i][j] = im[i * p + j];
        loglik = acc[0];
        return loglik;
    }

    /** beta' x of the row at {@code off}; three columns written out ({@link ThreeColumns}), the same sum. */
    private static double dot(double[] beta, double[] x, int off, int p) {
        return p == 3 ? ThreeColumns.dot(beta, x, off) : dotLoop(beta, x, off, p);
    }

    private static double dotLoop(double[] beta, double[] x, int off, int p) {
        double eta = 0;
        for (int i = 0; i < p; i++) eta += beta[i] * x[off + i];
        return eta;
    }

    /** a += r x, cmat += r x x' (lower triangle); three columns written out ({@link ThreeColumns}), the same sums. */
    private static void addOuter(double[] a, double[] cmat, double r, double[] x, int off, int p) {
        if (p == 3) ThreeColumns.addOuter(a, cmat, r, x, off);
        else addOuterLoop(a, cmat, r, x, off, p);
    }

    private static void addOuterLoop(double[] a, double[] cmat, double r, double[] x, int off, int p) {
        for (int i = 0; i < p; i++) {
            double rx = r * x[off + i];
            a[i] += rx;
            int ci = i * p;
            for (int j = 0; j <= i; j++) cmat[ci + j] += rx * x[off + j];
        }
    }

    private void addDeath(double r, double[] x, int off) {
        for (int i = 0; i < p; i++) u[i] += x[off + i];
        addOuter(a2, cmat2, r, x, off, p);
    }

    // counting process: risk-set total and size handed to leave() and back
    private double leftDenom;
    private int leftCount;

    /** Rows whose start is not before t have left every earlier risk set; returns the new removal index. */
    private int leave(int rem, double t) {
        final int[] startOrder = d.startOrder;
        final double[] start = d.start;
        final boolean[] atRisk = d.atRisk;
        final double[] x = d.x;
        int removed = 0;
        double denom = leftDenom;
        for (; rem < startOrder.length; rem++) {
            int q = startOrder[rem];
            if (start[q] < t) break;
            if (!atRisk[q]) continue;
            removed++;
            if (leftCount - removed == 0) {
                // everyone left: start the sums afresh, as agfit4 does
                denom = 0;
                Arrays.fill(a, 0);
                Arrays.fill(cmat, 0);
                continue;
            }
            denom -= risk[q];
            addOuter(a, cmat, -risk[q], x, q * p, p);
        }
        leftDenom = denom;
        leftCount -= removed;
        return rem;
    }

    /** Breslow (or a single death): every death sees the whole risk set. Returns the new risk-set total. */
    private double breslow(double denom, int ndead, double gt, boolean ext) {
        logOf(denom, ndead);
        final int p = this.p;
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
                if (ext) {
                    imG[j * p + i] += v * gt;
                    imGG[j * p + i] += v * gt * gt;
                }
            }
            a2[i] = 0;
            for (int j = 0; j <= i; j++) cmat2[ci + j] = 0;
        }
        return denom;
    }

    /**
     * A death alone at its time: {@link #addDeath} and then {@link #breslow} with one death, fused into one loop
     * without the deaths' sums a2 and cmat2. Every sum sees the same operands in the same order, so the result is
     * bit for bit that of the two steps.
     */
    private double loneDeath(double denom, double r, double[] x, int off, double gt, boolean ext) {
        logOf(denom, 1);
        final int p = this.p;
        double inv = 1 / denom;
        if (p == 3 && !ext) {
            ThreeColumns.loneDeath(u, a, cmat, im, r, inv, x, off);
            return denom;
        }
        for (int i = 0; i < p; i++) {
            double xi = x[off + i];
            u[i] += xi;
            double rx = r * xi;
            a[i] += rx;
            double mean = a[i] * inv;
            u[i] -= mean;
            if (ext) uExt[p + i] -= gt * mean;
            int ci = i * p;
            for (int j = 0; j <= i; j++) {
                cmat[ci + j] += rx * x[off + j];
                double v = (cmat[ci + j] - mean * a[j]) * inv;
                im[j * p + i] += v;
                if (ext) {
                    imG[j * p + i] += v * gt;
                    imGG[j * p + i] += v * gt * gt;
                }
            }
        }
        return denom;
    }

    /** Efron: the k-th of the tied deaths sees (ndead - k)/ndead of the dying risk. Returns the new total. */
    private double efron(double denom, double denom2, int ndead, double gt, boolean ext) {
        final int p = this.p;
        for (int k = 0; k < ndead; k++) {
            denom += denom2 / ndead;
            logOf(denom, 1);
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
                    if (ext) {
                        imG[j * p + i] += v * gt;
                        imGG[j * p + i] += v * gt * gt;
                    }
                }
            }
        }
        Arrays.fill(a2, 0);
        Arrays.fill(cmat2, 0);
        return denom;
    }

    /** Subtracts w log(denom) from the log-likelihood, batching single deaths into one product. */
    private void logOf(double denom, int w) {
        if (w == 1) {
            double np = acc[1] * denom;
            if (np < BIG && np > SMALL) {
                acc[1] = np;
                return;
            }
            acc[0] -= Math.log(acc[1]) + Math.log(denom);
            acc[1] = 1;
        } else {
            acc[0] -= w * Math.log(denom);
        }
    }

    /** Fills the symmetric 2p x 2p matrix and the first half of uExt (the ordinary score). */
    private void finishExt() {
        for (int j = 0; j < p; j++) {
            for (int i = j; i < p; i++) {
                imatExt[j][i] = im[j * p + i];
                imatExt[j][i + p] = imG[j * p + i];
                imatExt[j + p][i + p] = imGG[j * p + i];
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
