package org.msct.instruments.bilag;

import org.msct.instruments.units.Comparison;

/**
 * One threshold of a definition: a value passes when {@code value OP limit}. Values and limits are in the unit of the
 * lab they apply to. Comparisons are on the doubles parsed from the shortest decimal text, so a value typed as the
 * limit (e.g. 0.5 against 0.5) compares as equal.
 */
public record Threshold(Comparison op, double limit) {
    public Threshold {
        if (!Double.isFinite(limit)) throw new IllegalArgumentException("threshold limit must be finite: " + limit);
    }

    /** Whether {@code value} passes this threshold. */
    public boolean test(double value) {
        return op.test(value, limit);
    }

    @Override
    public String toString() {
        return op.symbol() + " " + Exact.format(limit);
    }
}
