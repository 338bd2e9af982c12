package org.msct.stats.survival.cox;

import org.msct.stats.survival.common.Halves;
import org.msct.stats.survival.common.TimeOrder;

/**
 * Harrell's concordance of a Cox fit and its infinitesimal-jackknife standard error as coxph reports them
 * ({@code concordancefit(y, lp, reverse = TRUE, timefix = FALSE)}, survival's {@code concordance3.c} /
 * {@code concordance4.c}, unit weights, {@code timewt = "n"}). The C code's balanced binary tree over the ranks of the
 * linear predictor is replaced by {@link SlotCounter}: each row owns a slot, its place in the order of the linear
 * predictor, and "rows ranked below" or "tied with" a row are the slots below or inside its group of equal values;
 * with unit weights every count is an integer, so the counts and influence values are exactly R's. O(n log n).
 *
 * <p>Pairs are comparable when the shorter time is an event; a row censored at an event time counts as having the
 * longer time; tied event times are not comparable; ties in the predictor count one half. With {@code --cluster} the
 * influence values are summed per subject before squaring.
 */
final class Concordance {
    /** concordance and its standard error ({@code fit$concordance[c("concordance", "std")]}). */
    record Result(double concordance, double std) {}

    private static final int ALL = SlotCounter.ALL;
    private static final int DEAD = SlotCounter.DEAD;

    /** Rows above which the sweep is split in two halves of time on two threads (not for counting-process data). */
    private static final int PARALLEL_MIN = 200_000;

    private final CoxDesign d;
    private final Slots slots;
    private final SlotCounter tree;
    /** Per row: influence on concordant minus discordant (A), and on concordant + discordant + tied.x (B). */
    private final double[] infA;

    private final double[] infB;
    private final int[] deaths;
    private long conc;
    private long disc;
    private long tiedX;
    /** Counting process: rows removed so far, in {@link CoxDesign#startOrder}. */
    private int rem;

    private Concordance(CoxDesign d, Slots slots, SlotCounter tree, double[] infA, double[] infB) {
        this.d = d;
        this.slots = slots;
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
        TimeOrder.Sorted byLp = TimeOrder.sort(lp, new int[d.n]);
        Slots slots = Slots.of(byLp.time(), byLp.row(), d.n >= parallelMin);
        double[] infA = new double[d.n];
        double[] infB = new double[d.n];
        // the thread of the earlier rows first counts the later ones: it gets fewer rows to sweep
        int split = d.countingProcess() || d.n < parallelMin ? 0 : timeBoundary(d, (int) (d.n * 0.45));
        Concordance c;
        if (split <= 0) {
            c = new Concordance(d, slots, new SlotCounter(d.n), infA, infB);
            c.sweep(0, d.n);
        } else {
            // The later rows are swept on their own (only they are at risk at their times). The earlier rows then
            // start from the later rows' final sets, so every query answers exactly what one sweep would; both
            // parts write the influence of their own rows only. Counts are integers: the sums are exact either way.
            Concordance late = new Concordance(d, slots, new SlotCounter(d.n), infA, infB);
            java.util.concurrent.CompletableFuture<Void> lateDone =
                    java.util.concurrent.CompletableFuture.runAsync(() -> late.sweep(split, d.n));
            c = new Concordance(d, slots, new SlotCounter(d.n, slots.slot, d.status, split, d.n), infA, infB);
            c.sweep(0, split);
            lateDone.join();
            c.conc += late.conc;
            c.disc += late.disc;
            c.tiedX += late.tiedX;
        }
        c.finish(parallelMin);
        return c.result();
    }

    /** A position near {@code mid} where the time changes (0 when there is none): tied times stay in one half. */
    private static int timeBoundary(CoxDesign d, int mid) {
        for (int p = mid; p < d.n; p++) if (d.stop[p] != d.stop[p - 1]) return p;
        for (int p = mid - 1; p > 0; p--) if (d.stop[p] != d.stop[p - 1]) return p;
        return 0;
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
        long below = tree.belowBoth(slots.lo(k));
        infA[k] -= 2L * SlotCounter.dead(below) + SlotCounter.dead(group(k)) - tree.total(DEAD);
        infB[k] -= tree.total(DEAD);
        tree.add(ALL, slots.slot[k]);
    }

    /** Packed counts of both sets among the slots of row k's group of equal linear predictors. */
    private long group(int k) {
        int r = slots.rank[k];
        if (r < 0) return tree.betweenBoth(slots.slot[k], slots.slot[k] + 1);
        return tree.betweenBoth(slots.start[r], slots.end[r]);
    }

    /** Counting process: rows whose start is not before t leave the risk set. */
    private void leave(double t) {
        for (; rem < d.n; rem++) {
            int q = d.startOrder[rem];
            if (d.start[q] < t) break;
            long below = tree.belowBoth(slots.lo(q));
            infA[q] += 2L * SlotCounter.dead(below) + SlotCounter.dead(group(q)) - tree.total(DEAD);
            infB[q] += tree.total(DEAD);
            tree.removeAll(slots.slot[q]);
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
            compared(k, SlotCounter.all(tree.belowBoth(slots.lo(k))), SlotCounter.all(group(k)));
        }
        for (int j = 0; j < nd; j++) tree.add(DEAD, slots.slot[deaths[j]]);
        for (int j = 0; j < nd; j++) {
            int k = deaths[j];
            long below = tree.belowBoth(slots.lo(k));
            infA[k] -= 2L * SlotCounter.dead(below) + SlotCounter.dead(group(k)) - tree.total(DEAD);
            infB[k] -= tree.total(DEAD);
            tree.add(ALL, slots.slot[k]);
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
     * {@link #deathGroup} for one death, with one count of both sets below it: adding the death to DEAD changes no
     * count below its slot, only the count in its group and the total (both + 1), so the counts are the same integers.
     */
    private void loneDeath(int k) {
        long below = tree.belowBoth(slots.lo(k));
        long g = group(k);
        compared(k, SlotCounter.all(below), SlotCounter.all(g));
        long deadTotal = tree.total(DEAD) + 1;
        infA[k] -= 2L * SlotCounter.dead(below) + SlotCounter.dead(g) + 1 - deadTotal;
        infB[k] -= deadTotal;
        tree.addBoth(slots.slot[k]);
    }

    /**
     * Rows still in the risk set at the end take the final death counts. The final sets no longer change, so they are
     * read in slot order (a running count of the DEAD slots passed, one pair of counts per group of ties) on two
     * threads for large data; each row's influence is written where it belongs.
     */
    private void finish(int parallelMin) {
        boolean[] removed = null;
        if (d.countingProcess()) {
            removed = new boolean[d.n];
            for (int k = 0; k < rem; k++) removed[d.startOrder[k]] = true;
        }
        boolean[] gone = removed;
        Halves.each(d.n, parallelMin, (from, to) -> finishSlots(from, to, gone));
    }

    private void finishSlots(int from, int to, boolean[] removed) {
        long deadTotal = tree.total(DEAD);
        int[] ord = slots.ord();
        int running = SlotCounter.dead(tree.belowBoth(from));
        int lastGroup = -1;
        long groupBelow = 0;
        long groupEq = 0;
        for (int i = from; i < to; i++) {
            int k = ord[i];
            int dead = tree.deadAt(i);
            int r = slots.rank()[k];
            long below = running;
            long eq = dead;
            running += dead;
            if (r >= 0) {
                if (r != lastGroup) {
                    lastGroup = r;
                    groupBelow = SlotCounter.dead(tree.belowBoth(slots.start()[r]));
                    groupEq = SlotCounter.dead(tree.betweenBoth(slots.start()[r], slots.end()[r]));
                }
                below = groupBelow;
                eq = groupEq;
            }
            if (removed != null && removed[k]) continue;
            infA[k] += 2 * below + eq - deadTotal;
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
     * Each row's slot (its place in the order of the linear predictor) and, for a row whose value others share, the
     * slots of its group of equal values: {@code rank[k]} numbers the groups of ties (−1 for a row alone), and group r
     * spans slots {@code [start[r], end[r])}; {@code ord[i]} is the row in slot i.
     */
    private record Slots(int[] slot, int[] rank, int[] start, int[] end, int[] ord) {
        /** First slot of row k's group. */
        int lo(int k) {
            int r = rank[k];
            return r < 0 ? slot[k] : start[r];
        }

        /**
         * @param sorted the predictor in ascending order
         * @param ord the row at each place of {@code sorted}
         * @param parallel the second half of the places on another thread (which first counts the groups of ties of
         *     the first half)
         */
        static Slots of(double[] sorted, int[] ord, boolean parallel) {
            int n = sorted.length;
            int[] slot = new int[n];
            int[] rank = new int[n];
            int h = parallel ? n / 2 : n;
            int m = groups(sorted, n);
            int[] start = new int[m];
            int[] end = new int[m];
            java.util.concurrent.CompletableFuture<Void> second = h < n
                    ? java.util.concurrent.CompletableFuture.runAsync(
                            () -> fill(sorted, ord, slot, rank, start, end, h, n, groups(sorted, h)))
                    : java.util.concurrent.CompletableFuture.completedFuture(null);
            fill(sorted, ord, slot, rank, start, end, 0, h, 0);
            second.join();
            return new Slots(slot, rank, start, end, ord);
        }

        /**
         * Places [from, to), given the number of groups of ties that start before {@code from}; a group that starts
         * before {@code from} continues there.
         */
        private static void fill(
                double[] sorted,
                int[] ord,
                int[] slot,
                int[] rank,
                int[] start,
                int[] end,
                int from,
                int to,
                int before) {
            int n = sorted.length;
            int r = before - 1; // a group begun before from and going on there has this number
            for (int i = from; i < to; i++) {
                double v = sorted[i];
                boolean withPrevious = i > 0 && sorted[i - 1] == v;
                boolean withNext = i + 1 < n && sorted[i + 1] == v;
                if (withNext && !withPrevious) start[++r] = i;
                if (withPrevious && !withNext) end[r] = i + 1;
                int k = ord[i];
                slot[k] = i;
                rank[k] = withPrevious || withNext ? r : -1;
            }
        }

        /** Number of groups of ties (two or more equal values) that start among places [0, to). */
        private static int groups(double[] sorted, int to) {
            int m = 0;
            for (int i = 0; i < to; i++) {
                if (i + 1 < sorted.length && sorted[i + 1] == sorted[i] && (i == 0 || sorted[i - 1] != sorted[i])) m++;
            }
            return m;
        }
    }
}
