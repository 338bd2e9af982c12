package org.msct.stats.survival.km;

import java.util.Arrays;

/**
 * A confidence limit of a KM curve evaluated on demand, for searches on 10⁶-row curves without the table. Every limit
 * is monotone in S and in se (the direction depends on the type; the log-log lower limit S^exp(z·se/|log S|) is
 * bounded through its base and exponent separately), and S is non-increasing and se non-decreasing along the curve,
 * so the corners of a block bound it. NaN rows are those with S = 0 (and S = 1 for log-log): a suffix and a prefix.
 */
final class BandCurve implements Curve {
    private static final double SLACK = 1e-12;

    private final KmCurve c;
    private final ConfType type;
    private final boolean upper;

    /** Bounds per block, computed on first use (NaN = not yet). */
    private final double[] blockLo;

    private final double[] blockHi;

    BandCurve(KmCurve c, ConfType type, boolean upper) {
        this.c = c;
        this.type = type;
        this.upper = upper;
        int nb = (c.size() + BLOCK - 1) / BLOCK;
        blockLo = new double[nb];
        blockHi = new double[nb];
        Arrays.fill(blockLo, Double.NaN);
    }

    @Override
    public int size() {
        return c.size();
    }

    private double value(int k) {
        double s = c.surv()[k];
        double se = c.stdErr()[k];
        return upper ? type.upper(s, se) : type.lower(s, se);
    }

    private boolean nan(int k) {
        double s = c.surv()[k];
        return s == 0 || (type == ConfType.LOG_LOG && s == 1);
    }

    @Override
    public void fill(int from, int to, double[] out) {
        int[] ev = c.nEvent();
        for (int k = from; k < to; k++) {
            // S and se change only at event rows
            out[k - from] = k > from && ev[k] == 0 ? out[k - from - 1] : value(k);
        }
    }

    @Override
    public void bounds(int from, int to, double[] out) {
        int b = from / BLOCK;
        if (from % BLOCK == 0 && to == Math.min(size(), from + BLOCK)) {
            if (Double.isNaN(blockLo[b])) {
                compute(from, to, out);
                blockLo[b] = out[0];
                blockHi[b] = out[1];
            }
            out[0] = blockLo[b];
            out[1] = blockHi[b];
        } else {
            compute(from, to, out);
        }
    }

    private void compute(int from, int to, double[] out) {
        int a = from;
        int b = to - 1;
        while (a <= b && nan(a)) a++;
        while (b >= a && nan(b)) b--;
        if (a > b) {
            out[0] = Double.POSITIVE_INFINITY;
            out[1] = Double.NEGATIVE_INFINITY;
            return;
        }
        double sMax = c.surv()[a];
        double sMin = c.surv()[b];
        double seMin = c.stdErr()[a];
        double seMax = c.stdErr()[b];
        double lo;
        double hi;
        if (type == ConfType.LOG_LOG && !upper) {
            // S^E with E = exp(z·se/(−log S)) ≥ 1: smallest at the smallest base and largest exponent
            double eMax = Math.exp(ConfType.Z * seMax / -Math.log(sMax));
            double eMin = Math.exp(ConfType.Z * seMin / -Math.log(sMin));
            lo = Math.exp(Math.log(sMin) * eMax);
            hi = Math.exp(Math.log(sMax) * eMin);
        } else if (upper) {
            // increasing in S and in se
            lo = type.upper(sMin, seMin);
            hi = type.upper(sMax, seMax);
        } else {
            // increasing in S, decreasing in se
            lo = type.lower(sMin, seMax);
            hi = type.lower(sMax, seMin);
        }
        out[0] = lo - Math.abs(lo) * SLACK - Double.MIN_NORMAL;
        out[1] = hi + Math.abs(hi) * SLACK + Double.MIN_NORMAL;
        if (Double.isNaN(out[0]) || Double.isNaN(out[1])) {
            // no usable bound: never skip this block
            out[0] = Double.NEGATIVE_INFINITY;
            out[1] = Double.POSITIVE_INFINITY;
        }
    }

    @Override
    public boolean hasNaN(int from, int to) {
        return from < to && (nan(from) || nan(to - 1));
    }

    @Override
    public int runStart(int k) {
        int[] ev = c.nEvent();
        int j = k;
        double v = value(k);
        while (j > 0 && (ev[j] == 0 || Curve.same(value(j - 1), v))) j--;
        return j;
    }
}
