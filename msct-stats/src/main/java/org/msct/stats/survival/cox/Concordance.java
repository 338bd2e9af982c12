package org.msct.stats.survival.cox;

import org.msct.stats.survival.common.TimeOrder;

/**
 * Harrell's concordance of a Cox fit and its infinitesimal-jackknife standard error as coxph reports them
 * ({@code concordancefit(y, lp, reverse = TRUE, timefix = FALSE)}, survival's {@code concordance3.c} /
 * {@code concordance4.c}, unit weights, {@code timewt = "n"}). The C code's balanced binary tree over the ranks of the
 * linear predictor is replaced by {@link RankCounter} over the same ranks; with unit weights every count is an
 * integer, so the counts and influence values are exactly R's. O(n log n).
 *
 * <p>Pairs are comparable when the shorter time is an event; a row censored at an event time counts as having the
 * longer time; tied event times are not comparable; ties in the predictor count one half. With {@code --cluster} the
 * influence values are summed per subject before squaring.
 */
final class Concordance {
    /** concordance and its standard error ({@code fit$concordance[c("concordance", "std")]}). */
    record Result(double concordance, double std) {}

    private static final int ALL = RankCounter.ALL;
    private static final int DEAD = RankCounter.DEAD;

    /** Rows above which the sweep is split in two halves of time on two threads (not for counting-process data). */
    private static final int PARALLEL_MIN = 200_000;

    private final CoxDesign d;
    private final int[] rank;
    private final RankCounter tree;
    /** Per row: influence on concordant minus discordant (A), and on concordant + discordant + tied.x (B). */
    private final double[] infA;

    private final double[] infB;
    private final int[] deaths;
    private long conc;
    private long disc;
    private long tiedX;
    /** Counting process: rows removed so far, in {@link CoxDesign#startOrder}. */
    private int rem;

    private Concordance(CoxDesign d, int[] rank, RankCounter tree, double[] infA, double[] infB) {
        this.d = d;
        this.rank = rank;
        this.tree = tree;
        this.infA = infA;
        this.infB = infB;
        deaths = new int[d.n];
    }

    /** @param lp linear predictor per position of {@code d} */
    static Result of(CoxDesign d, double[] lp) {
        return of(d, lp, PARALLEL_MIN);
    }

    /** As {@link #of(CoxDesign, double[])}, splitting the sweep from {@code parallelMin} rows (tests compare both). */
    static Result of(CoxDesign d, double[] lp, int parallelMin) {
        int[] rank = new int[d.n];
        TimeOrder.Sorted byLp = TimeOrder.sort(lp, new int[d.n]);
        int m = ranks(byLp.time(), byLp.row(), rank, d.n >= parallelMin);
        double[] infA = new double[d.n];
        double[] infB = new double[d.n];
        // the thread of the earlier rows first counts the later ones: it gets fewer rows to sweep
        int split = d.countingProcess() || d.n < parallelMin ? 0 : timeBoundary(d, (int) (d.n * 0.45));
        Concordance c;
        if (split <= 0) {
            c = new Concordance(d, rank, new RankCounter(m), infA, infB);
            c.sweep(0, d.n);
        } else {
            // The later rows are swept on their own (only they are at risk at their times). The earlier rows then
            // start from the later rows' final counts, so every query answers exactly what one sweep would; both
            // parts write the influence of their own rows only. Counts are integers: the sums are exact either way.
            Concordance late = new Concordance(d, rank, new RankCounter(m), infA, infB);
            java.util.concurrent.CompletableFuture<Void> lateDone =
                    java.util.concurrent.CompletableFuture.runAsync(() -> late.sweep(split, d.n));
            c = new Concordance(d, rank, new RankCounter(histogram(d, rank, m, split)), infA, infB);
            c.sweep(0, split);
            lateDone.join();
            c.conc += late.conc;
            c.disc += late.disc;
            c.tiedX += late.tiedX;
        }
        c.finish(m);
        return c.result();
    }

    /** A position near {@code mid} where the time changes (0 when there is none): tied times stay in one half. */
    private static int timeBoundary(CoxDesign d, int mid) {
        for (int p = mid; p < d.n; p++) if (d.stop[p] != d.stop[p - 1]) return p;
        for (int p = mid - 1; p > 0; p--) if (d.stop[p] != d.stop[p - 1]) return p;
        return 0;
    }

    /** Packed counts by rank of the rows at positions ≥ {@code from}: all of them (ALL) and their deaths (DEAD). */
    private static long[] histogram(CoxDesign d, int[] rank, int m, int from) {
        long[] h = new long[m + 1];
        long all = RankCounter.unit(ALL);
        long dead = RankCounter.unit(DEAD);
        for (int k = from; k < d.n; k++) h[rank[k]] += d.status[k] == 1 ? all | dead : all;
        return h;
    }

    /** Walks the times of positions [from, to) from the largest down, as concordance3/4 do. */
    private void sweep(int from, int to) {
        int pos = to - 1;
        while (pos >= from) {
            double t = d.stop[pos];
            int lo = pos;
            while (lo > from && d.stop[lo - 1] == t) lo--;
            int nd = 0;
            for (int k = lo; k <= pos; k++) {
                if (d.status[k] == 1) deaths[nd++] = k;
                else censored(k);
            }
            if (nd > 0) {
                if (d.countingProcess()) leave(t);
                deathGroup(nd);
            }
            pos = lo - 1;
        }
    }

    /** A censored row joins the risk set; its influence starts from the deaths seen so far. */
    private void censored(int k) {
        int r = rank[k];
        int less = tree.below(DEAD, r);
        infA[k] -= 2L * less + tree.at(DEAD, r) - tree.total(DEAD);
        infB[k] -= tree.total(DEAD);
        tree.add(ALL, r, 1);
    }

    /** Counting process: rows whose start is not before t leave the risk set. */
    private void leave(double t) {
        for (; rem < d.n; rem++) {
            int q = d.startOrder[rem];
            if (d.start[q] < t) break;
            int r = rank[q];
            infA[q] += 2L * tree.below(DEAD, r) + tree.at(DEAD, r) - tree.total(DEAD);
            infB[q] += tree.total(DEAD);
            tree.add(ALL, r, -1);
        }
    }

    /** Deaths tied at one time: compared with everyone at risk, not with each other. */
    private void deathGroup(int nd) {
        if (nd == 1) {
            loneDeath(deaths[0]);
            return;
        }
        for (int j = 0; j < nd; j++) {
            int k = deaths[j];
            int r = rank[k];
            compared(k, tree.below(ALL, r), tree.at(ALL, r));
        }
        for (int j = 0; j < nd; j++) tree.add(DEAD, rank[deaths[j]], 1);
        for (int j = 0; j < nd; j++) {
            int k = deaths[j];
            int r = rank[k];
            infA[k] -= 2L * tree.below(DEAD, r) + tree.at(DEAD, r) - tree.total(DEAD);
            infB[k] -= tree.total(DEAD);
            tree.add(ALL, r, 1);
        }
    }

    /** A death compared with everyone at risk: {@code less} of them rank below it, {@code eq} rank equal. */
    private void compared(int k, long less, long eq) {
        long greater = tree.total(ALL) - less - eq;
        conc += greater;
        disc += less;
        tiedX += eq;
        infA[k] += greater - less;
        infB[k] += greater + less + eq;
    }

    /**
     * {@link #deathGroup} for one death, with the two rank queries in one walk: adding the death to DEAD changes no
     * count below its rank, only the count at it and the total (both + 1), so the counts are the same integers.
     */
    private void loneDeath(int k) {
        int r = rank[k];
        long both = tree.belowBoth(r);
        long less = both >>> 32;
        long lessDead = both & 0xffffffffL;
        compared(k, less, tree.at(ALL, r));
        long deadTotal = tree.total(DEAD) + 1;
        infA[k] -= 2 * lessDead + tree.at(DEAD, r) + 1 - deadTotal;
        infB[k] -= deadTotal;
        tree.addBoth(r);
    }

    /**
     * Rows still in the risk set at the end take the final death counts: a per-rank table built in rank order, then
     * read per row in position order on two threads (reading the rows in rank order missed the cache four times a
     * row: ~80 ms of a million-row fit).
     */
    private void finish(int m) {
        boolean[] removed = new boolean[d.n];
        if (d.countingProcess()) for (int k = 0; k < rem; k++) removed[d.startOrder[k]] = true;
        long deadTotal = tree.total(DEAD);
        double[] fromDeaths = new double[m + 1];
        long below = 0;
        for (int r = 1; r <= m; r++) {
            long eq = tree.at(DEAD, r);
            fromDeaths[r] = 2 * below + eq - deadTotal;
            below += eq;
        }
        int half = d.n >= PARALLEL_MIN ? d.n / 2 : d.n;
        java.util.concurrent.CompletableFuture<Void> second = half < d.n
                ? java.util.concurrent.CompletableFuture.runAsync(
                        () -> finishRows(half, d.n, removed, fromDeaths, deadTotal))
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        finishRows(0, half, removed, fromDeaths, deadTotal);
        second.join();
    }

    private void finishRows(int from, int to, boolean[] removed, double[] fromDeaths, long deadTotal) {
        for (int k = from; k < to; k++) {
            if (removed[k]) continue;
            infA[k] += fromDeaths[rank[k]];
            infB[k] += deadTotal;
        }
    }

    private Result result() {
        double npair = (double) conc + disc + tiedX;
        double somer = (conc - disc) / npair;
        double var = 0;
        if (d.cluster == null) {
            for (int k = 0; k < d.n; k++) {
                double f = infA[k] / npair - (somer / npair) * infB[k];
                var += f * f;
            }
        } else {
            double[] byCluster = new double[d.nCluster];
            for (int k = 0; k < d.n; k++) byCluster[d.cluster[k]] += infA[k] / npair - (somer / npair) * infB[k];
            for (double f : byCluster) var += f * f;
        }
        // reverse = TRUE: a higher risk score predicts a shorter time
        return new Result(1 - (somer + 1) / 2, Math.sqrt(var / 4));
    }

    /**
     * Dense ranks 1..m of ascending values {@code sorted} (equal doubles share a rank) written to the rows
     * {@code ord} they belong to; returns m. With {@code parallel} the second half of the positions is ranked on
     * another thread, which first counts the distinct values of the first half.
     */
    private static int ranks(double[] sorted, int[] ord, int[] rank, boolean parallel) {
        int n = sorted.length;
        if (!parallel) return ranks(sorted, ord, rank, 0, n, 0);
        int h = n / 2;
        java.util.concurrent.CompletableFuture<Integer> second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ranks(sorted, ord, rank, h, n, distinct(sorted, h)));
        ranks(sorted, ord, rank, 0, h, 0);
        return second.join();
    }

    /** Ranks positions [from, to) given the rank of position from - 1 ({@code before}); returns the last rank. */
    private static int ranks(double[] sorted, int[] ord, int[] rank, int from, int to, int before) {
        int m = before;
        for (int k = from; k < to; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) m++;
            rank[ord[k]] = m;
        }
        return m;
    }

    /** Number of distinct values among sorted[0, to). */
    private static int distinct(double[] sorted, int to) {
        int m = 0;
        for (int k = 0; k < to; k++) if (k == 0 || sorted[k] != sorted[k - 1]) m++;
        return m;
    }
}
