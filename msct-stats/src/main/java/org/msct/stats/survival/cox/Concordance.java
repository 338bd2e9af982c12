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
        int m = ranks(lp, rank);
        long[] all = new long[m + 1];
        long[] allNode = new long[m + 1];
        long[] dead = new long[m + 1];
        long[] deadNode = new long[m + 1];
        long deadTotal = 0;
        long allTotal = 0;
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
                long less = prefix(dead, r - 1);
                long eq = deadNode[r];
                infA[k] -= less - (deadTotal - less - eq);
                infB[k] -= deadTotal;
                add(all, allNode, r, 1);
                allTotal++;
            }
            if (nd > 0) {
                if (d.countingProcess()) {
                    for (; rem < n; rem++) {
                        int q = d.startOrder[rem];
                        if (d.start[q] < t) break;
                        int r = rank[q];
                        long less = prefix(dead, r - 1);
                        long eq = deadNode[r];
                        infA[q] += less - (deadTotal - less - eq);
                        infB[q] += deadTotal;
                        add(all, allNode, r, -1);
                        allTotal--;
                    }
                }
                for (int j = 0; j < nd; j++) {
                    int k = deaths[j];
                    int r = rank[k];
                    long less = prefix(all, r - 1);
                    long eq = allNode[r];
                    long greater = allTotal - less - eq;
                    conc += greater;
                    disc += less;
                    tiedX += eq;
                    infA[k] += greater - less;
                    infB[k] += greater + less + eq;
                }
                for (int j = 0; j < nd; j++) {
                    add(dead, deadNode, rank[deaths[j]], 1);
                    deadTotal++;
                }
                for (int j = 0; j < nd; j++) {
                    int k = deaths[j];
                    int r = rank[k];
                    long less = prefix(dead, r - 1);
                    long eq = deadNode[r];
                    infA[k] -= less - (deadTotal - less - eq);
                    infB[k] -= deadTotal;
                }
                for (int j = 0; j < nd; j++) {
                    add(all, allNode, rank[deaths[j]], 1);
                    allTotal++;
                }
            }
            pos = lo - 1;
        }
        // rows still in the tree at the end take the final death tree
        long[] below = new long[m + 2];
        for (int r = 1; r <= m; r++) below[r + 1] = below[r] + deadNode[r];
        boolean[] removed = new boolean[n];
        if (d.countingProcess()) for (int k = 0; k < rem; k++) removed[d.startOrder[k]] = true;
        for (int k = 0; k < n; k++) {
            if (removed[k]) continue;
            int r = rank[k];
            long less = below[r];
            long eq = deadNode[r];
            infA[k] += less - (deadTotal - less - eq);
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

    /** Dense ranks 1..m of the values (equal doubles share a rank); returns m. */
    private static int ranks(double[] v, int[] rank) {
        int[] ord = IndexSort.ascending(v);
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

    private static long prefix(long[] tree, int r) {
        long s = 0;
        for (; r > 0; r -= r & -r) s += tree[r];
        return s;
    }

    private static void add(long[] tree, long[] node, int r, long w) {
        node[r] += w;
        for (int i = r; i < tree.length; i += i & -i) tree[i] += w;
    }
}
