package org.msct.instruments.units;

/**
 * A threshold with an explicit comparison operator, e.g. {@code ≥ 4} ({@code {"op": "ge", "value": 4}} in a
 * definition file). Values are compared as doubles parsed from the same decimal text, so a value typed as 7.5 meets
 * {@code ≤ 7.5}; differences of decimal inputs must be formed exactly (see the response package) before testing.
 *
 * @param op comparison operator
 * @param value threshold value (finite)
 */
public record Threshold(Comparison op, double value) {
    public Threshold {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("threshold value " + value + " is not finite");
    }

    /** {@code x <op> value}. */
    public boolean test(double x) {
        return op.test(x, value);
    }

    /** The same threshold with another operator (used by options that switch strictness). */
    public Threshold withOp(Comparison newOp) {
        return new Threshold(newOp, value);
    }

    /** Human-readable form, e.g. {@code "≥ 4"}. */
    @Override
    public String toString() {
        return op.symbol() + " " + format(value);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
