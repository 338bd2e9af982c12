package org.msct.reports.figure;

/**
 * A fixed axis range, to override the automatic one (e.g. to start a laboratory axis at 0).
 *
 * @param min lower limit, finite
 * @param max upper limit, finite, greater than {@code min}
 */
public record Range(double min, double max) {
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("axis range [" + min + ", " + max + "] must be finite with min < max");
        }
    }
}
