package org.msct.instruments.response;

import java.math.BigDecimal;

/**
 * Exact arithmetic on values entered as decimals (PGA 0–3 with up to two decimals): 1.3 − 1.0 is 0.3, not
 * 0.30000000000000004, so boundaries such as "increase &lt; 0.3" / "≤ 0.30" are decided on the decimal values.
 * {@link BigDecimal#valueOf(double)} recovers the shortest decimal of each double.
 */
final class Decimals {
    private Decimals() {}

    /** {@code a − b} formed in decimal, then rounded once to the nearest double. */
    static double difference(double a, double b) {
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue();
    }

    /** {@code a × b} formed in decimal, then rounded once to the nearest double. */
    static double product(double a, double b) {
        return BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)).doubleValue();
    }
}
