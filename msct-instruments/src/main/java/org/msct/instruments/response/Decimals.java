package org.msct.instruments.response;

import java.math.BigDecimal;

/**
 * Exact arithmetic on values entered as decimals (PGA 0–3 with up to two decimals): 1.3 − 1.0 is 0.3, not
 * 0.30000000000000004, so boundaries such as "increase &lt; 0.3" / "≤ 0.30" are decided on the decimal values. The
 * result is the exact decimal result rounded once to the nearest double, which compares with a threshold parsed from
 * the same decimal text as the decimals themselves would.
 */
final class Decimals {
    private static final double SCALE = 10_000.0;
    private static final double MAX_SCALED = 1e12;

    private Decimals() {}

    /** {@code a − b} formed in decimal, then rounded once to the nearest double. */
    static double difference(double a, double b) {
        // fast path: both have at most 4 decimals (a double equal to k / 10^4 is the nearest double to that decimal)
        if (Math.abs(a) < MAX_SCALED && Math.abs(b) < MAX_SCALED) {
            long ka = Math.round(a * SCALE);
            long kb = Math.round(b * SCALE);
            if (ka / SCALE == a && kb / SCALE == b) return (ka - kb) / SCALE;
        }
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue();
    }

    /** {@code a × b} formed in decimal, then rounded once to the nearest double. */
    static double product(double a, double b) {
        return BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)).doubleValue();
    }
}
