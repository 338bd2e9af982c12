package org.msct.instruments.bilag;

import org.jspecify.annotations.Nullable;

/** Comparison operator of a definition threshold, read as {@code value OP limit}; spelled lt/le/gt/ge in files. */
public enum Op {
    LT("lt", "<"),
    LE("le", "≤"),
    GT("gt", ">"),
    GE("ge", "≥");

    private final String code;
    private final String symbol;

    Op(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The spelling used in definition files. */
    public String code() {
        return code;
    }

    /** The mathematical symbol, for explanations. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code value OP limit} holds. */
    public boolean test(double value, double limit) {
        return switch (this) {
            case LT -> value < limit;
            case LE -> value <= limit;
            case GT -> value > limit;
            case GE -> value >= limit;
        };
    }

    /** The operator spelled {@code code} in a definition file, or {@code null} if there is none. */
    public static @Nullable Op parse(String code) {
        for (Op op : values()) {
            if (op.code.equals(code)) return op;
        }
        return null;
    }
}
