package org.msct.stats.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.core.error.InputDataException;

/**
 * Reads and checks a TTE CSV: required {@code subject_id, arm, time, status}; optional {@code tstart}, a strata
 * column and numeric covariates. Times must be finite and ≥ 0, status an integer in {@code [0, maxStatus]}.
 */
public final class TteReader {
    /** From this many rows the row checks run on two threads. */
    private static final int PARALLEL_ROWS = 200_000;

    private TteReader() {}

    /**
     * @param maxStatus largest allowed status code (1 for KM/log-rank/Cox, K for competing risks)
     * @param strataColumn strata column to load, or {@code null}
     * @param covariateColumns numeric covariates to load; each must exist
     */
    public static TteData read(Path path, int maxStatus, String strataColumn, Collection<String> covariateColumns) {
        return read(path, maxStatus, strataColumn, covariateColumns, true);
    }

    /**
     * As {@link #read(Path, int, String, Collection)}; with {@code subjects = false} the subject_id column must exist
     * but is not loaded ({@link TteData#subject()} is {@code null}), which saves most of the parse time of a
     * million-row file when no method needs subject identity (only clustered Cox does).
     */
    public static TteData read(
            Path path, int maxStatus, String strataColumn, Collection<String> covariateColumns, boolean subjects) {
        Set<String> required = new HashSet<>(List.of("subject_id", "arm", "time", "status"));
        required.addAll(covariateColumns);
        if (strataColumn != null) required.add(strataColumn);
        Set<String> numeric = new HashSet<>(List.of("time", "status", "tstart"));
        numeric.addAll(covariateColumns);
        Set<String> text = new HashSet<>(List.of("arm"));
        if (subjects) text.add("subject_id");
        if (strataColumn != null) text.add(strataColumn);
        CsvColumns csv = CsvColumns.read(path, required, numeric, text);
        return of(csv, maxStatus, strataColumn, covariateColumns);
    }

    static TteData of(CsvColumns csv, int maxStatus, String strataColumn, Collection<String> covariateColumns) {
        String f = csv.file();
        int n = csv.rows();
        double[] time = csv.numeric("time");
        double[] st = csv.numeric("status");
        double[] tstart = csv.hasColumn("tstart") ? csv.numeric("tstart") : null;
        CsvColumns.TextColumn subj = csv.hasTextColumn("subject_id") ? csv.text("subject_id") : null;
        CsvColumns.TextColumn arm = csv.text("arm");
        int[] status = new int[n];
        // the row checks run on two threads for large files; the first bad row in file order is reported
        int h = n >= PARALLEL_ROWS ? n / 2 : n;
        java.util.concurrent.CompletableFuture<InputDataException> second = h < n
                ? java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> check(f, time, st, tstart, subj, arm, maxStatus, status, h, n))
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        InputDataException bad = check(f, time, st, tstart, subj, arm, maxStatus, status, 0, h);
        InputDataException later = second.join();
        if (bad != null) throw bad;
        if (later != null) throw later;
        int[] armCodes = sortedCodes(arm);
        List<String> armLevels = sortedLevels(arm.levels());
        int[] strata = null;
        List<String> strataLevels = null;
        if (strataColumn != null) {
            CsvColumns.TextColumn sc = csv.text(strataColumn);
            for (int i = 0; i < n; i++) {
                if (sc.codes()[i] < 0) {
                    throw new InputDataException(f, i + 1, strataColumn, "stratum is empty");
                }
            }
            strata = sortedCodes(sc);
            strataLevels = sortedLevels(sc.levels());
        }
        Map<String, double[]> cov = new LinkedHashMap<>();
        for (String c : covariateColumns) cov.put(c, csv.numeric(c));
        return new TteData(
                f,
                subj == null ? null : subj.codes(),
                subj == null ? null : subj.levels(),
                armCodes,
                armLevels,
                tstart,
                time,
                status,
                strata,
                strataLevels,
                cov);
    }

    /** Checks rows [from, to) and fills their status codes; returns the first row's error, or null. */
    private static @Nullable InputDataException check(
            String f,
            double[] time,
            double[] st,
            double @Nullable [] tstart,
            CsvColumns.@Nullable TextColumn subj,
            CsvColumns.TextColumn arm,
            int maxStatus,
            int[] status,
            int from,
            int to) {
        try {
            for (int i = from; i < to; i++) {
                double t = time[i];
                if (Double.isNaN(t)) throw new InputDataException(f, i + 1, "time", "time is missing");
                if (!(t >= 0) || Double.isInfinite(t)) {
                    throw new InputDataException(f, i + 1, "time", "time " + num(t) + " is negative or not finite");
                }
                double s = st[i];
                if (Double.isNaN(s)) throw new InputDataException(f, i + 1, "status", "status is missing");
                // (int) s, not Math.rint: C1 compiles rint as a call (8 ms of a million rows)
                if (s != (int) s || s < 0 || s > maxStatus) {
                    throw new InputDataException(
                            f,
                            i + 1,
                            "status",
                            "status " + num(s) + " is not an allowed code ("
                                    + (maxStatus == 1
                                            ? "0 = censored, 1 = event"
                                            : "0 = censored, 1.." + maxStatus + " = cause")
                                    + ")");
                }
                status[i] = (int) s;
                if (subj != null && subj.codes()[i] < 0)
                    throw new InputDataException(f, i + 1, "subject_id", "subject_id is empty");
                if (arm.codes()[i] < 0) throw new InputDataException(f, i + 1, "arm", "arm is empty");
                if (tstart != null) {
                    double a = tstart[i];
                    if (Double.isNaN(a) || Double.isInfinite(a)) {
                        throw new InputDataException(f, i + 1, "tstart", "tstart is missing or not finite");
                    }
                    if (!(a < t)) {
                        throw new InputDataException(
                                f, i + 1, "tstart", "tstart " + num(a) + " is not before the stop time " + num(t));
                    }
                }
            }
        } catch (InputDataException e) {
            return e;
        }
        return null;
    }

    /** Levels in C-locale byte order, as R's {@code sort(method = "radix")}. */
    public static List<String> sortedLevels(List<String> levels) {
        List<String> s = new ArrayList<>(levels);
        s.sort(TteReader::compareBytes);
        return List.copyOf(s);
    }

    private static int[] sortedCodes(CsvColumns.TextColumn col) {
        List<String> sorted = sortedLevels(col.levels());
        int[] remap = new int[col.levels().size()];
        for (int i = 0; i < remap.length; i++)
            remap[i] = sorted.indexOf(col.levels().get(i));
        boolean identity = true;
        for (int i = 0; i < remap.length; i++) identity &= remap[i] == i;
        if (identity) return col.codes(); // already in byte order: the column is not used elsewhere
        int[] out = Arrays.copyOf(col.codes(), col.codes().length);
        for (int i = 0; i < out.length; i++) if (out[i] >= 0) out[i] = remap[out[i]];
        return out;
    }

    public static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Arrays.compareUnsigned(x, y);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
