package org.msct.stats.survival.cox;

/**
 * Harrell's concordance of a Cox fit and its infinitesimal-jackknife standard error as coxph reports them
 * ({@code concordancefit(y, lp, reverse = TRUE, timefix = FALSE)}, survival's {@code concordance3.c} /
 * {@code concordance4.c}, unit weights, {@code timewt = "n"}). The C code's balanced binary tree over the ranks of the
 * linear predictor is replaced by Fenwick trees over the same ranks; with unit weights every count is an integer, so
 * the counts and influence values are exactly R's. O(n log n).
 *
 * <p>Pairs are comparable when the shorter time is an event; a row censored at an event time counts as having the
 * longer time; tied event times are not comparable; ties in the predictor count one half.
 */
final class Concordance {
    private Concordance() {}

    /** concordance and its standard error ({@code fit$concordance[c("concordance", "std")]}). */
    record Result(double concordance, double std) {}

    /** @param lp linear predictor per position of {@code d} */
    static Result of(CoxDesign d, double[] lp) {
        int n = d.n;
        int[] rank = new int[n];
        int[] byRank = IndexSort.ascending(lp);
        int m = ranks(lp, byRank, rank);
        RankCounter tree = new RankCounter(m);
        final int all = RankCounter.ALL;
        final int dead = RankCounter.DEAD;
        // per row: A = influence(concordant) - influence(discordant), B = concordant + discordant + tied.x
        double[] infA = new double[n];
        double[] infB = new double[n];
        long conc = 0;
        long disc = 0;
        long tiedX = 0;
        int[] deaths = new int[n];
        int rem = 0;
        int pos = n - 1;
        while (pos >= 0) {
            double t = d.stop[pos];
            int lo = pos;
            while (lo > 0 && d.stop[lo - 1] == t) lo--;
            int nd = 0;
            for (int k = lo; k <= pos; k++) {
                if (d.status[k] == 1) {
                    deaths[nd++] = k;
                    continue;
                }
                int r = rank[k];
                infA[k] -= 2L * tree.below(dead, r) + tree.at(dead, r) - tree.total(dead);
                infB[k] -= tree.total(dead);
                tree.add(all, r, 1);
            }
            if (nd > 0) {
                if (d.countingProcess()) {
                    for (; rem < n; rem++) {
                        int q = d.startOrder[rem];
                        if (d.start[q] < t) break;
                        int r = rank[q];
                        infA[q] += 2L * tree.below(dead, r) + tree.at(dead, r) - tree.total(dead);
                        infB[q] += tree.total(dead);
                        tree.add(all, r, -1);
                    }
                }
                for (int j = 0; j < nd; j++) {
                    int k = deaths[j];
                    int r = rank[k];
                    long less = tree.below(all, r);
                    long eq = tree.at(all, r);
                    long greater = tree.total(all) - less - eq;
                    conc += greater;
                    disc += less;
                    tiedX += eq;
                    infA[k] += greater - less;
                    infB[k] += tree.total(all);
                }
                for (int j = 0; j < nd; j++) tree.add(dead, rank[deaths[j]], 1);
                for (int j = 0; j < nd; j++) {
                    int k = deaths[j];
                    int r = rank[k];
                    infA[k] -= 2L * tree.below(dead, r) + tree.at(dead, r) - tree.total(dead);
                    infB[k] -= tree.total(dead);
                    tree.add(all, r, 1);
                }
            }
            pos = lo - 1;
        }
        // rows still in the tree at the end take the final death tree (visited in rank order for locality)
        boolean[] removed = new boolean[n];
        if (d.countingProcess()) for (int k = 0; k < rem; k++) removed[d.startOrder[k]] = true;
        long deadTotal = tree.total(dead);
        long below = 0;
        int prevRank = 0;
        long eqCount = 0;
        for (int k : byRank) {
            int r = rank[k];
            if (r != prevRank) {
                below += eqCount;
                eqCount = tree.at(dead, r);
                prevRank = r;
            }
            if (removed[k]) continue;
            infA[k] += 2 * below + eqCount - deadTotal;
            infB[k] += deadTotal;
        }
        double npair = (double) conc + disc + tiedX;
        double somer = (conc - disc) / npair;
        double var;
        if (d.cluster == null) {
            var = 0;
            for (int k = 0; k < n; k++) {
                double f = infA[k] / npair - (somer / npair) * infB[k];
                var += f * f;
            }
        } else {
            double[] byCluster = new double[d.nCluster];
            for (int k = 0; k < n; k++) byCluster[d.cluster[k]] += infA[k] / npair - (somer / npair) * infB[k];
            var = 0;
            for (double f : byCluster) var += f * f;
        }
        // reverse = TRUE: a higher risk score predicts a shorter time
        double c = 1 - (somer + 1) / 2;
        return new Result(c, Math.sqrt(var / 4));
    }

    /** Dense ranks 1..m of the values in the given ascending order (equal doubles share a rank); returns m. */
    private static int ranks(double[] v, int[] ord, int[] rank) {
        int m = 0;
        double prev = Double.NaN;
        for (int k = 0; k < ord.length; k++) {
            double x = v[ord[k]];
            if (k == 0 || x != prev) m++;
            rank[ord[k]] = m;
            prev = x;
        }
        return m;
    }
}
