package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/** Compact-constructor checks shared by the model records. */
final class Require {
    private Require() {}

    /** Non-null, non-blank text. */
    static String text(@Nullable String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
        return value;
    }

    /** A sequence number (--SEQ) is a positive integer. */
    static int seq(int value, String name) {
        if (value < 1) throw new IllegalArgumentException(name + " must be >= 1: " + value);
        return value;
    }

    /** A source row number is 0 (not read from a file) or positive. */
    static int row(int value) {
        if (value < 0) throw new IllegalArgumentException("row must be >= 0: " + value);
        return value;
    }

    /** A finite number when present. */
    static @Nullable Double finite(@Nullable Double value, String name) {
        if (value != null && !Double.isFinite(value)) throw new IllegalArgumentException(name + " is not finite");
        return value;
    }

    /** Blank text is stored as null (SDTM: empty = null). */
    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
