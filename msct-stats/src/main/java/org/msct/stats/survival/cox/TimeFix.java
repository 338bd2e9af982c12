package org.msct.stats.survival.cox;

import org.msct.core.error.InputDataException;

/**
 * survival's {@code aeqSurv} (coxph's {@code timefix = TRUE}): distinct time values (stop and start times together)
 * closer than {@code sqrt(.Machine$double.eps)}, absolutely or relative to the mean absolute distinct value, are
 * merged into the first of their run, so that times differing only by floating-point noise count as tied.
 */
final class TimeFix {
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private TimeFix() {}

    /**
     * Rewrites {@code stop} (ascending) and {@code start} (positions ordered by descending start in {@code startOrder})
     * in place. {@code row} maps positions to input rows, for messages.
     */
    static void apply(String file, double[] stop, double[] start, int[] startOrder, int[] row) {
        double[] u = unique(stop, start, startOrder);
        int m = u.length;
        double sumAbs = 0;
        for (double v : u) sumAbs += Math.abs(v);
        double mean = sumAbs / m;
        double[] cut = new double[m];
        cut[0] = u[0];
        boolean any = false;
        for (int q = 1; q < m; q++) {
            double dy = u[q] - u[q - 1];
            boolean tied = dy <= TOLERANCE || dy / mean <= TOLERANCE;
            any |= tied;
            cut[q] = tied ? cut[q - 1] : u[q];
        }
        if (!any) return;
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
