package org.msct.trial.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** A comparison of a subject's value (left) with a protocol threshold (right). JSON: {@code gt ge lt le}. */
public enum Comparison {
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** {@code value op threshold}, exactly (no tolerance). */
    public boolean test(double value, double threshold) {
        return switch (this) {
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case LT -> value < threshold;
            case LE -> value <= threshold;
        };
    }

    /** Whether larger values are the ones that satisfy the comparison. */
    public boolean lowerBound() {
        return this == GT || this == GE;
    }

    public String symbol() {
        return symbol;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
