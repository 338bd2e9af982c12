package org.msct.stats.survival.cox;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;
import org.msct.stats.data.TteData;
import org.msct.stats.survival.common.Halves;
import org.msct.stats.survival.common.TimeOrder;

/**
 * The model frame of a Cox fit as coxph builds it, held in ascending stop-time order (ties in input order, as
 * {@code order(time)}): complete cases, treatment-coded arm dummies then the covariates, times after R's timefix
 * ({@code aeqSurv}). Columns are centred and scaled as survival's {@code coxfit6} does (columns whose values all lie in
 * {-1, 0, 1} are left as they are, coxph's {@code nocenter}); {@link #scale} converts back.
 */
final class CoxDesign {
    /** From this many rows the model columns are built on both cores. */
    private static final int PARALLEL_ROWS = 100_000;

    final String file;
    final String formula;
    final List<String> armLevels;
    /** Coefficient names as R prints them ({@code arm<level>}, then the covariates). */
    final String[] coefNames;
    /** Model terms ({@code arm}, covariates) and the coefficient columns of each. */
    final String[] termLabels;

    final int[][] assign;
    final int n;
    final int p;
    final int nEvent;
    /** Sorted by ascending stop time. */
    final double[] stop;
    /** Interval starts (same positions) or {@code null} for right-censored data. */
    final double[] start;

    final int[] status;
    /** Row-major n x p, centred and scaled. */
    final double[] x;
    /** Column j of {@link #x} is (original - mean_j) * scale[j]. */
    final double[] scale;
    /** Cluster code per position ({@code subject_id}) or {@code null}. */
    final int[] cluster;

    final int nCluster;
    /** Counting process: positions by descending start; positions with no event time in (start, stop]. */
    final int[] startOrder;

    final boolean[] atRisk;

    private CoxDesign(Builder b) {
        file = b.file;
        formula = b.formula;
        armLevels = b.armLevels;
        coefNames = b.coefNames;
        termLabels = b.termLabels;
        assign = b.assign;
        n = b.stop.length;
        p = b.coefNames.length;
        stop = b.stop;
        start = b.start;
        status = b.status;
        x = b.x;
        scale = b.scale;
        cluster = b.cluster;
        nCluster = b.nCluster;
        startOrder = b.startOrder;
        atRisk = b.atRisk;
        int e = 0;
        for (int s : status) e += s;
        nEvent = e;
    }

    private CoxDesign(CoxDesign o, int[] kept, String[] labels, int[][] asg) {
        file = o.file;
        formula = o.formula;
        armLevels = o.armLevels;
        termLabels = labels;
        assign = asg;
        n = o.n;
        p = kept.length;
        nEvent = o.nEvent;
        stop = o.stop;
        start = o.start;
        status = o.status;
        cluster = o.cluster;
        nCluster = o.nCluster;
        startOrder = o.startOrder;
        atRisk = o.atRisk;
        coefNames = new String[p];
        scale = new double[p];
        x = new double[n * p];
        for (int j = 0; j < p; j++) {
            coefNames[j] = o.coefNames[kept[j]];
            scale[j] = o.scale[kept[j]];
            for (int k = 0; k < n; k++) x[k * p + j] = o.x[k * o.p + kept[j]];
        }
    }

    /** The frame with only the given columns; terms left without a column are dropped (cox.zph on NA coefficients). */
    CoxDesign restrict(int[] kept) {
        List<String> labels = new ArrayList<>();
        List<int[]> asg = new ArrayList<>();
        for (int t = 0; t < termLabels.length; t++) {
            int[] cols = java.util.Arrays.stream(assign[t])
                    .map(c -> java.util.Arrays.binarySearch(kept, c))
                    .filter(c -> c >= 0)
                    .toArray();
            if (cols.length > 0) {
                labels.add(termLabels[t]);
                asg.add(cols);
            }
        }
        return new CoxDesign(this, kept, labels.toArray(String[]::new), asg.toArray(int[][]::new));
    }

    boolean countingProcess() {
        return start != null;
    }

    static CoxDesign of(TteData data, CoxOptions options) {
        Builder b = new Builder();
        b.file = data.file();
        b.armLevels = armLevels(data, options.refArm());
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<int[]> asg = new ArrayList<>();
        int nArm = options.noArm() ? 0 : b.armLevels.size() - 1;
        if (nArm > 0) {
            int[] cols = new int[nArm];
            for (int k = 0; k < nArm; k++) {
                names.add("arm" + b.armLevels.get(k + 1));
                cols[k] = k;
            }
            labels.add("arm");
            asg.add(cols);
        }
        for (String c : options.covariates()) {
            asg.add(new int[] {names.size()});
            names.add(c);
            labels.add(c);
        }
        List<String> rhs = new ArrayList<>();
        if (!options.noArm()) rhs.add("arm");
        rhs.addAll(options.covariates());
        if (rhs.isEmpty()) {
            throw new UsageException("cox: the model has no terms (--no-arm without --covariates)");
        }
        if (options.cluster()) rhs.add("cluster(subject_id)");
        b.formula = (data.countingProcess() ? "Surv(tstart, time, status)" : "Surv(time, status)") + " ~ "
                + String.join(" + ", rhs);
        b.coefNames = names.toArray(String[]::new);
        b.termLabels = labels.toArray(String[]::new);
        b.assign = asg.toArray(int[][]::new);
        b.fill(data, options, nArm);
        return new CoxDesign(b);
    }

    private static List<String> armLevels(TteData data, String ref) {
        List<String> lv = data.armLevels();
        if (ref == null) return lv;
        if (!lv.contains(ref)) {
            throw new InputDataException(
                    data.file(), 0, "arm", "reference arm '" + ref + "' does not exist; arms are " + lv);
        }
        List<String> out = new ArrayList<>();
        out.add(ref);
        for (String s : lv) if (!s.equals(ref)) out.add(s);
        return List.copyOf(out);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Mutable holder while the frame is built. */
    private static final class Builder {
        String file;
        String formula;
        List<String> armLevels;
        String[] coefNames;
        String[] termLabels;
        int[][] assign;
        double[] stop;
        double[] start;
        int[] status;
        double[] x;
        double[] scale;
        int[] cluster;
        int nCluster;
        int[] startOrder;
        boolean[] atRisk;

        void fill(TteData data, CoxOptions options, int nArm) {
            int p = coefNames.length;
            List<String> covs = options.covariates();
            double[][] cov = new double[covs.size()][];
            for (int c = 0; c < cov.length; c++) cov[c] = data.covariates().get(covs.get(c));
            int[] used = completeRows(cov, covs, data.size());
            int n = used == null ? data.size() : used.length;
            if (n == 0) throw new InputDataException(file, 0, null, "no row is complete in the model columns");
            boolean allRows = used == null;
            // status travels with the sort; row maps positions back to input rows
            TimeOrder.Sorted sorted = TimeOrder.sort(
                    allRows ? data.time() : gather(data.time(), used),
                    allRows ? data.status() : gather(data.status(), used));
            int[] row = sorted.row();
            if (!allRows) for (int k = 0; k < n; k++) row[k] = used[row[k]];
            stop = sorted.time();
            status = sorted.payload();
            long events = 0;
            for (int s : status) events += s;
            if (events == 0) {
                throw new InputDataException(
                        file, 0, "status", "no events among the " + n + " rows used: a Cox model cannot be fitted");
            }
            if (data.countingProcess()) {
                start = gather(data.tstart(), row);
                int[] so = TimeOrder.of(start);
                startOrder = new int[n];
                for (int k = 0; k < n; k++) startOrder[k] = so[n - 1 - k];
                TimeFix.apply(file, stop, start, startOrder, row);
                atRisk = TimeFix.atRisk(stop, start, status);
                columns(data, cov, covs, nArm, row);
            } else {
                // timefix is one thread's work and the columns need only the row order: on large data side by side
                double[] sortedStop = stop;
                java.util.concurrent.CompletableFuture<double[]> fixed = n >= PARALLEL_ROWS
                        ? java.util.concurrent.CompletableFuture.supplyAsync(
                                () -> org.msct.stats.survival.common.TimeFix.fixSorted(sortedStop))
                        : java.util.concurrent.CompletableFuture.completedFuture(
                                org.msct.stats.survival.common.TimeFix.fixSorted(sortedStop));
                columns(data, cov, covs, nArm, row);
                stop = fixed.join();
            }
            if (options.cluster()) {
                cluster = gather(data.subject(), row);
                int max = 0;
                for (int c : cluster) max = Math.max(max, c);
                nCluster = max + 1;
            }
        }

        /**
         * The centred and scaled model columns, row-major in {@link #x}: gathered into position order on both cores
         * (rows split in halves; the reads of each row are independent, so the cache misses of many rows overlap),
         * then summed and centred in position order on one (as coxfit6 centres its sorted data), then scaled on both.
         * A column without variance is reported the first in model order.
         */
        private void columns(TteData data, double[][] cov, List<String> covs, int nArm, int[] row) {
            int p = coefNames.length;
            int n = row.length;
            int[] arm = data.arm();
            int[] code = new int[nArm];
            for (int j = 0; j < nArm; j++) code[j] = armCode(data, j + 1);
            double[] xs = new double[n * p];
            Halves.each(n, PARALLEL_ROWS, (from, to) -> {
                for (int j = 0; j < nArm; j++) {
                    int c = code[j];
                    for (int k = from; k < to; k++) xs[k * p + j] = arm[row[k]] == c ? 1 : 0;
                }
                for (int j = nArm; j < p; j++) {
                    double[] src = cov[j - nArm];
                    for (int k = from; k < to; k++) xs[k * p + j] = src[row[k]];
                }
            });
            double[] sum = new double[p];
            boolean[] varies = new boolean[p];
            boolean[] unit = new boolean[p];
            for (int j = 0; j < p; j++) {
                double first = xs[j];
                double s = 0;
                boolean differs = false;
                boolean u = true;
                for (int at = j; at < xs.length; at += p) {
                    double v = xs[at];
                    s += v;
                    differs |= v != first;
                    u &= v == 0 || v == 1 || v == -1;
                }
                sum[j] = s;
                varies[j] = differs;
                unit[j] = u;
            }
            for (int j = 0; j < p; j++) {
                if (!varies[j]) noVariance(xs[j], j < nArm ? "arm" : covs.get(j - nArm), coefNames[j], j < nArm);
            }
            // coxfit6: subtract the mean, then multiply by n / sum|x - mean|; {-1,0,1} columns untouched
            scale = new double[p];
            for (int j = 0; j < p; j++) {
                scale[j] = 1.0;
                if (unit[j]) continue;
                double mean = sum[j] / n;
                double abs = 0;
                for (int at = j; at < xs.length; at += p) {
                    double v = xs[at] - mean;
                    xs[at] = v;
                    abs += Math.abs(v);
                }
                if (abs > 0) scale[j] = n / abs;
            }
            Halves.each(n, PARALLEL_ROWS, (from, to) -> {
                for (int j = 0; j < p; j++) {
                    double sc = scale[j];
                    if (sc != 1.0) for (int k = from; k < to; k++) xs[k * p + j] *= sc;
                }
            });
            x = xs;
        }

        /** Rows with every covariate present (R's complete cases), null when all are; an infinite value is an error. */
        private int @Nullable [] completeRows(double[][] cov, List<String> covs, int rows) {
            boolean anyMissing = false;
            for (double[] v : cov) {
                for (int i = 0; i < rows; i++) {
                    double x = v[i];
                    if (x - x != 0) anyMissing = true; // NaN or infinite
                }
            }
            if (!anyMissing) return null;
            boolean[] missing = new boolean[rows];
            for (int c = 0; c < cov.length; c++) {
                double[] v = cov[c];
                for (int i = 0; i < rows; i++) {
                    if (Double.isNaN(v[i])) missing[i] = true;
                    else if (Double.isInfinite(v[i])) {
                        throw new InputDataException(
                                file, i + 1, covs.get(c), "covariate value " + v[i] + " is infinite");
                    }
                }
            }
            int n = 0;
            for (boolean m : missing) if (!m) n++;
            int[] used = new int[n];
            n = 0;
            for (int i = 0; i < rows; i++) if (!missing[i]) used[n++] = i;
            return used;
        }

        private static double[] gather(double[] src, int[] row) {
            double[] out = new double[row.length];
            for (int k = 0; k < row.length; k++) out[k] = src[row[k]];
            return out;
        }

        private static int[] gather(int[] src, int[] row) {
            int[] out = new int[row.length];
            for (int k = 0; k < row.length; k++) out[k] = src[row[k]];
            return out;
        }

        private int armCode(TteData data, int level) {
            return data.armLevels().indexOf(armLevels.get(level));
        }

        private void noVariance(double v0, String column, String coef, boolean arm) {
            String what = arm ? "arm dummy '" + coef + "'" : "covariate '" + coef + "'";
            throw new InputDataException(
                    file, 0, column, what + " has no variance (all values " + num(v0) + "): cannot be estimated");
        }
    }
}
