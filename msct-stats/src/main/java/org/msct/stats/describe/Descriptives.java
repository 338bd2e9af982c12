package org.msct.stats.describe;

import java.util.Arrays;

/**
 * Descriptive summary of a sample with its non-finite values (NA) dropped, as R computes it: {@code n},
 * {@code mean}, {@code sd} (denominator n − 1; NaN for n &lt; 2), {@code median} and the quartiles by R's default
 * {@code quantile(x, type = 7)}. Every statistic is NaN for an empty sample.
 */
public record Descriptives(int n, double mean, double sd, double median, double q1, double q3) {

    /** Summary of the finite values of {@code values} (the array is not modified). */
    public static Descriptives of(double[] values) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) return new Descriptives(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new Descriptives(
                x.length,
                Summary.mean(x),
                Math.sqrt(Summary.var(x)),
                Summary.quantile7(x, 0.5),
                Summary.quantile7(x, 0.25),
                Summary.quantile7(x, 0.75));
    }
}
