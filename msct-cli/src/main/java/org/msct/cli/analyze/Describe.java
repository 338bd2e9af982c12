package org.msct.cli.analyze;

import java.util.Arrays;

/**
 * Descriptive summaries of a sample (NaN values dropped): mean, SD (n − 1), median and quartiles by R's default type
 * 7 ({@code quantile(x, type = 7)}). msct-stats has no public descriptive package yet; this belongs there.
 */
final class Describe {
    private Describe() {}

    static Results.Continuous of(String id, String label, String definition, double[] values) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = x.length;
        if (n == 0)
            return new Results.Continuous(
                    id, label, definition, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new Results.Continuous(
                id, label, definition, n, mean(x), sd(x), quantile(x, 0.5), quantile(x, 0.25), quantile(x, 0.75));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        double m = s / x.length;
        double c = 0;
        for (double v : x) c += v - m;
        return m + c / x.length;
    }

    static double sd(double[] x) {
        if (x.length < 2) return Double.NaN;
        double m = mean(x);
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (x.length - 1));
    }

    /** Type-7 quantile of sorted {@code x}. */
    static double quantile(double[] x, double p) {
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }
}
