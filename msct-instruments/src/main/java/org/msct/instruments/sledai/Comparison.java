package org.msct.instruments.sledai;

import org.jspecify.annotations.Nullable;

/**
 * Comparison operator of a threshold in a definition file: {@code lt} (&lt;), {@code le} (≤), {@code gt} (&gt;),
 * {@code ge} (≥) on numbers, {@code isTrue} on yes/no values. Strictness is always explicit in the data.
 */
public enum Comparison {
    LT("lt", "<"),
    LE("le", "<="),
    GT("gt", ">"),
    GE("ge", ">="),
    IS_TRUE("isTrue", "is true");

    private final String json;
    private final String symbol;

    Comparison(String json, String symbol) {
        this.json = json;
        this.symbol = symbol;
    }

    /** The name used in definition files. */
    public String json() {
        return json;
    }

    /** The operator as printed in explanations. */
    public String symbol() {
        return symbol;
    }

    /** Whether this operator compares numbers. */
    public boolean numeric() {
        return this != IS_TRUE;
    }

    /** {@code value op threshold} for the numeric operators; false for {@link #IS_TRUE}. */
    public boolean test(double value, double threshold) {
        return switch (this) {
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case IS_TRUE -> false;
        };
    }

    /** The operator named {@code json} in a definition file, or {@code null}. */
    public static @Nullable Comparison fromJson(String json) {
        for (Comparison c : values()) if (c.json.equals(json)) return c;
        return null;
    }
}
