package org.msct.stats.survival.cox;

/**
 * Cox score residuals ({@code residuals.coxph(type = "score")}, survival's {@code coxscore2.c} / {@code agscore2.c})
 * summed per cluster, in O(n p): instead of revisiting every risk set for each event time as the C code does, the
 * per-event-time hazard increments and hazard-weighted means are accumulated over time once, and each row takes the
 * difference of the running sums over the event times in its (start, stop] interval. For Efron ties with d deaths the
 * k-th term sees the dying risk down-weighted by k/d, as in coxscore2.
 */
final class ScoreResiduals {
    private ScoreResiduals() {}

    /**
     * @param beta coefficients in the scaled coordinates of {@link CoxDesign#x}
     * @return per cluster (row-major nCluster x p), in the original covariate scale
     */
    static double[] byCluster(CoxDesign d, double[] beta, boolean efron) {
        int n = d.n;
        int p = d.p;
        double[] x = d.x;
        double[] stop = d.stop;
        int[] status = d.status;
        double[] score = new double[n];
        for (int k = 0; k < n; k++) {
            double eta = 0;
            for (int i = 0; i < p; i++) eta += beta[i] * x[k * p + i];
            score[k] = Math.exp(eta);
        }
        double[] etimes = eventTimes(d);
        int ne = etimes.length;
        // per event time (ascending): temp1, temp2 and the vectors mh1, mh2, mh3 of coxscore2's Efron branch
        double[] t1 = new double[ne + 1];
        double[] t2 = new double[ne];
        double[] mh1 = new double[(ne + 1) * p];
        double[] mh2 = new double[ne * p];
        double[] mh3 = new double[ne * p];
        double[] a = new double[p];
        double[] a2 = new double[p];
        double denom = 0;
        int rem = 0;
        int e = ne;
        int pos = n - 1;
        while (pos >= 0) {
            double dtime = stop[pos];
            if (d.countingProcess()) {
                for (; rem < n; rem++) {
                    int q = d.startOrder[rem];
                    if (d.start[q] < dtime) break;
                    if (!d.atRisk[q]) continue;
                    denom -= score[q];
                    for (int i = 0; i < p; i++) a[i] -= score[q] * x[q * p + i];
                }
            }
            int ndead = 0;
            double eDenom = 0;
            java.util.Arrays.fill(a2, 0);
            for (; pos >= 0 && stop[pos] == dtime; pos--) {
                if (d.countingProcess() && !d.atRisk[pos]) continue;
                double r = score[pos];
                denom += r;
                for (int i = 0; i < p; i++) a[i] += r * x[pos * p + i];
                if (status[pos] == 1) {
                    ndead++;
                    eDenom += r;
                    for (int i = 0; i < p; i++) a2[i] += r * x[pos * p + i];
                }
            }
            if (ndead == 0) continue;
            e--;
            int off = e * p;
            if (!efron || ndead == 1) {
                double hazard = ndead / denom;
                t1[e] = hazard;
                t2[e] = hazard;
                for (int i = 0; i < p; i++) {
                    double mean = a[i] / denom;
                    mh1[off + i] = mean * hazard;
                    mh2[off + i] = mean * hazard;
                    mh3[off + i] = mean;
                }
            } else {
                for (int dd = 0; dd < ndead; dd++) {
                    double downwt = (double) dd / ndead;
                    double d2 = denom - downwt * eDenom;
                    double hazard = 1 / d2;
                    t1[e] += hazard;
                    t2[e] += (1 - downwt) * hazard;
                    for (int i = 0; i < p; i++) {
                        double mean = (a[i] - downwt * a2[i]) / d2;
                        mh1[off + i] += mean * hazard;
                        mh2[off + i] += mean * (1 - downwt) * hazard;
                        mh3[off + i] += mean / ndead;
                    }
                }
            }
        }
        // running sums: c1[k] / m1[k] = totals over the first k event times
        double[] c1 = new double[ne + 1];
        double[] m1 = new double[(ne + 1) * p];
        for (int k = 0; k < ne; k++) {
            c1[k + 1] = c1[k] + t1[k];
            for (int i = 0; i < p; i++) m1[(k + 1) * p + i] = m1[k * p + i] + mh1[k * p + i];
        }
        double[] out = new double[d.nCluster * p];
        int eStop = 0;
        for (int k = 0; k < n; k++) {
            while (eStop < ne && etimes[eStop] <= stop[k]) eStop++;
            if (d.countingProcess() && !d.atRisk[k]) continue;
            int eStart = d.countingProcess() ? countAtMost(etimes, d.start[k]) : 0;
            int hi = eStop;
            int co = d.cluster[k] * p;
            int xo = k * p;
            double s = score[k];
            if (status[k] == 1) {
                hi = eStop - 1; // its own event time is the death term
                int eo = hi * p;
                for (int i = 0; i < p; i++) {
                    double xi = x[xo + i];
                    out[co + i] += xi - mh3[eo + i] - s * xi * t2[hi] + s * mh2[eo + i];
                }
            }
            if (hi > eStart) {
                double dc = c1[hi] - c1[eStart];
                for (int i = 0; i < p; i++) {
                    double dm = m1[hi * p + i] - m1[eStart * p + i];
                    out[co + i] -= s * (x[xo + i] * dc - dm);
                }
            }
        }
        for (int c = 0; c < d.nCluster; c++) for (int i = 0; i < p; i++) out[c * p + i] /= d.scale[i];
        return out;
    }

    static double[] eventTimes(CoxDesign d) {
        double[] t = new double[d.nEvent];
        int m = 0;
        for (int k = 0; k < d.n; k++) {
            if (d.status[k] == 1 && (m == 0 || t[m - 1] != d.stop[k])) t[m++] = d.stop[k];
        }
        return java.util.Arrays.copyOf(t, m);
    }

    /** Number of sorted values {@code <= v}. */
    static int countAtMost(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
