package org.msct.instruments.bilag;

import java.math.BigDecimal;

/**
 * Exact decimal comparisons of ratios. Inputs are the doubles parsed from the decimal text the user typed; {@link
 * BigDecimal#valueOf(double)} recovers that text (shortest round-trip form), so e.g. "a fall of exactly 25 %" is
 * decided on 1.2 and 1.6, not on their binary approximations (bilag2004-notes.md §4.1).
 */
final class Exact {
    private Exact() {}

    /** Sign of {@code a × fa − b × fb}, computed exactly on the decimal values. */
    static int compareProducts(double a, double fa, double b, double fb) {
        return BigDecimal.valueOf(a)
                .multiply(BigDecimal.valueOf(fa))
                .compareTo(BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(fb)));
    }

    /** Shortest decimal text of {@code v} without a trailing ".0" for integers. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** {@code v} rounded half-up to {@code decimals} decimals, on its decimal value. */
    static double round(double v, int decimals) {
        return BigDecimal.valueOf(v)
                .setScale(decimals, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** {@code a − b} computed on the decimal values, then as the nearest double (exact for typical BP values). */
    static double difference(double a, double b) {
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue();
    }
}
