package org.msct.stats.data;

import java.util.List;
import java.util.Map;

/**
 * Time-to-event data, one row per subject or per (start, stop] interval, as the oracles' TTE CSV.
 *
 * @param file source file name, for messages
 * @param subject subject codes (index into {@code subjectLevels}), or {@code null} when the reader was asked not to
 *     load them
 * @param arm arm codes (index into {@code armLevels}, which is in C-locale byte order)
 * @param tstart interval start or {@code null} for right-censored data
 * @param time event or censoring time (the interval stop when {@code tstart} is present), ≥ 0
 * @param status 0 = censored, 1.. = event (cause for competing risks)
 * @param strata stratum codes or {@code null}
 * @param covariates numeric covariates by column name (NaN = missing), as requested when reading
 */
public record TteData(
        String file,
        int[] subject,
        List<String> subjectLevels,
        int[] arm,
        List<String> armLevels,
        double[] tstart,
        double[] time,
        int[] status,
        int[] strata,
        List<String> strataLevels,
        Map<String, double[]> covariates) {

    public int size() {
        return time.length;
    }

    public boolean countingProcess() {
        return tstart != null;
    }

    /** Row indices whose arm code is {@code a}. */
    public int[] rowsOfArm(int a) {
        int n = 0;
        for (int v : arm) if (v == a) n++;
        int[] r = new int[n];
        int k = 0;
        for (int i = 0; i < arm.length; i++) if (arm[i] == a) r[k++] = i;
        return r;
    }
}
