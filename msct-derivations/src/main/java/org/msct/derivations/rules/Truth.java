package org.msct.derivations.rules;

/**
 * Three-valued result of a condition: met, not met, or unknown because a value it needs is missing (Kleene logic:
 * {@code NOT_MET} dominates a conjunction, {@code MET} a disjunction).
 */
public enum Truth {
    MET,
    NOT_MET,
    UNKNOWN;

    /** {@code MET} or {@code NOT_MET}. */
    public static Truth of(boolean b) {
        return b ? MET : NOT_MET;
    }

    /** Kleene conjunction. */
    public Truth and(Truth o) {
        if (this == NOT_MET || o == NOT_MET) return NOT_MET;
        return this == MET && o == MET ? MET : UNKNOWN;
    }

    /** Kleene disjunction. */
    public Truth or(Truth o) {
        if (this == MET || o == MET) return MET;
        return this == NOT_MET && o == NOT_MET ? NOT_MET : UNKNOWN;
    }

    /** Negation; unknown stays unknown. */
    public Truth not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
