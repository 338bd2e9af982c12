package org.msct.instruments.units;

import org.jspecify.annotations.Nullable;

/**
 * Comparison operator of a threshold, as written in definition files: {@code "lt"} (&lt;), {@code "le"} (≤),
 * {@code "gt"} (&gt;), {@code "ge"} (≥). Strict and inclusive operators are never interchangeable.
 */
public enum Comparison {
    LT("lt", "<"),
    LE("le", "≤"),
    GT("gt", ">"),
    GE("ge", "≥");

    private final String code;
    private final String symbol;

    Comparison(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The code used in definition files ({@code lt}, {@code le}, {@code gt}, {@code ge}). */
    public String code() {
        return code;
    }

    /** The mathematical symbol, for explanations. */
    public String symbol() {
        return symbol;
    }

    /** {@code value <op> threshold}. */
    public boolean test(double value, double threshold) {
        return switch (this) {
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case GT -> value > threshold;
            case GE -> value >= threshold;
        };
    }

    /** The operator for a definition-file code, or {@code null} when the code is not one of the four. */
    public static @Nullable Comparison fromCode(String code) {
        for (Comparison c : values()) {
            if (c.code.equals(code)) return c;
        }
        return null;
    }
}
