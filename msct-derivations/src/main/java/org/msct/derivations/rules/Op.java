package org.msct.derivations.rules;

import java.util.Optional;

/**
 * Comparison operator as written in definition files: {@code lt} (&lt;), {@code le} (≤), {@code gt} (&gt;), {@code
 * ge} (≥), {@code eq} (=), {@code ne} (≠). Strict and inclusive operators are never interchangeable.
 */
public enum Op {
    LT("lt", "<"),
    LE("le", "<="),
    GT("gt", ">"),
    GE("ge", ">="),
    EQ("eq", "="),
    NE("ne", "!=");

    private final String code;
    private final String symbol;

    Op(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The code used in files. */
    public String code() {
        return code;
    }

    /** The symbol used in derivation texts. */
    public String symbol() {
        return symbol;
    }

    /** The operator with file code {@code code}. */
    public static Optional<Op> fromCode(String code) {
        for (Op op : values()) if (op.code.equals(code)) return Optional.of(op);
        return Optional.empty();
    }

    /** {@code left <op> right}. */
    public boolean test(double left, double right) {
        return switch (this) {
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
            case EQ -> left == right;
            case NE -> left != right;
        };
    }
}
