package org.msct.reports.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers at risk printed under a step plot: at each of {@code times}, one count per curve (in curve order). When a
 * chart has a risk table and no explicit x ticks, the risk times are the x ticks.
 *
 * <p>Arrays are copied on construction and on access.
 *
 * @param times the times at which counts are given, finite, &ge; 0, increasing
 * @param counts per curve, the number at risk at each time (same length as {@code times}), each &ge; 0
 */
public record RiskTable(double[] times, List<int[]> counts) {
    public RiskTable {
        times = times.clone();
        List<int[]> copy = new ArrayList<>();
        for (int[] row : counts) copy.add(row.clone());
        counts = List.copyOf(copy);
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || times[i] < 0 || (i > 0 && times[i] <= times[i - 1])) {
                throw new IllegalArgumentException(
                        "risk table times must be finite, >= 0 and increasing; times[" + i + "] = " + times[i]);
            }
        }
        for (int r = 0; r < counts.size(); r++) {
            int[] row = counts.get(r);
            if (row.length != times.length) {
                throw new IllegalArgumentException(
                        "risk table row " + (r + 1) + " has " + row.length + " counts for " + times.length + " times");
            }
            for (int n : row) {
                if (n < 0) throw new IllegalArgumentException("risk table row " + (r + 1) + ": negative count " + n);
            }
        }
    }

    /**
     * Counts from each curve's raw follow-up times (event or censoring time per subject): the number at risk at
     * {@code t} is the number of subjects whose follow-up time is &ge; {@code t}.
     */
    public static RiskTable fromFollowUp(double[] times, List<double[]> followUpPerCurve) {
        List<int[]> counts = new ArrayList<>();
        for (double[] followUp : followUpPerCurve) {
            int[] row = new int[times.length];
            for (int i = 0; i < times.length; i++) {
                for (double f : followUp) if (f >= times[i]) row[i]++;
            }
            counts.add(row);
        }
        return new RiskTable(times, counts);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public List<int[]> counts() {
        List<int[]> copy = new ArrayList<>();
        for (int[] row : counts) copy.add(row.clone());
        return copy;
    }
}
