package org.msct.stats.survival.cox;

import org.msct.core.error.InputDataException;

/**
 * survival's {@code aeqSurv} (coxph's {@code timefix = TRUE}) for (start, stop] data: the distinct values of the stop
 * and start times together are merged by {@link org.msct.stats.survival.common.TimeFix}'s rule, and each time is
 * replaced by its cut; an interval that closes to length 0 is an input error, as in R.
 */
final class TimeFix {
    private TimeFix() {}

    /**
     * Rewrites {@code stop} (ascending) and {@code start} (positions ordered by descending start in {@code startOrder})
     * in place. {@code row} maps positions to input rows, for messages.
     */
    static void apply(String file, double[] stop, double[] start, int[] startOrder, int[] row) {
        double[] u = unique(stop, start, startOrder);
        // the rule and R's mean on the distinct values: the cut of each distinct value, or u itself when none is tied
        double[] cut = org.msct.stats.survival.common.TimeFix.fixSorted(u);
        if (cut == u) return;
        int q = 0;
        for (int k = 0; k < stop.length; k++) {
            while (u[q] != stop[k]) q++;
            stop[k] = cut[q];
        }
        if (start == null) return;
        q = 0;
        for (int k = startOrder.length - 1; k >= 0; k--) {
            int pos = startOrder[k];
            while (u[q] != start[pos]) q++;
            start[pos] = cut[q];
        }
        for (int k = 0; k < stop.length; k++) {
            if (start[k] == stop[k]) {
                throw new InputDataException(
                        file,
                        row[k] + 1,
                        "tstart",
                        "interval (" + start[k] + ", " + stop[k] + "] has length 0 after merging times that differ"
                                + " by less than 1.5e-8 (R's aeqSurv)");
            }
        }
    }

    /** Sorted distinct values of the stop times and (if present) the start times. */
    private static double[] unique(double[] stop, double[] start, int[] startOrder) {
        int n = stop.length;
        double[] out = new double[start == null ? n : 2 * n];
        int m = 0;
        int i = 0;
        int j = start == null ? -1 : n - 1; // walks startOrder backwards = ascending start
        while (i < n || j >= 0) {
            double v;
            if (j < 0 || (i < n && stop[i] <= start[startOrder[j]])) v = stop[i++];
            else v = start[startOrder[j--]];
            if (m == 0 || out[m - 1] != v) out[m++] = v;
        }
        return java.util.Arrays.copyOf(out, m);
    }

    /** Counting process: whether some event time lies in (start, stop], i.e. the row enters a risk set. */
    static boolean[] atRisk(double[] stop, double[] start, int[] status) {
        int n = stop.length;
        boolean[] out = new boolean[n];
        double lastEvent = Double.NaN;
        int k = 0;
        while (k < n) {
            int end = k;
            boolean event = false;
            while (end < n && stop[end] == stop[k]) event |= status[end++] == 1;
            if (event) lastEvent = stop[k];
            for (int r = k; r < end; r++) out[r] = lastEvent > start[r];
            k = end;
        }
        return out;
    }
}
