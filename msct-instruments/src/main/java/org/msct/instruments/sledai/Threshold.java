package org.msct.instruments.sledai;

/**
 * A numeric threshold from a definition file: {@code x op value}, e.g. {@code gt 12} means {@code x > 12}.
 *
 * @param op numeric comparison (never {@link Comparison#IS_TRUE})
 * @param value the threshold, in the unit of the quantity it is applied to
 */
public record Threshold(Comparison op, double value) {
    public Threshold {
        if (!op.numeric()) throw new IllegalArgumentException("a threshold needs a numeric operator, not " + op);
        if (!Double.isFinite(value)) throw new IllegalArgumentException("threshold value must be finite: " + value);
    }

    /** Whether {@code x op value} holds. */
    public boolean test(double x) {
        return op.test(x, value);
    }

    /** E.g. {@code "> 12"}. */
    @Override
    public String toString() {
        return op.symbol() + " " + Numbers.format(value);
    }
}
