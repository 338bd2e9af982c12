package org.msct.trial.bundle;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.IsoDate;

/**
 * The values of the current row of one dataset file, by variable position, with typed accessors that report a
 * finding (file, row, variable, value) and return null when a value cannot be read. {@link #rowHasError()} tells the
 * codec whether to build the record.
 */
final class Cells {
    static final String RULE_REQUIRED = "BUNDLE-VALUE-REQUIRED";
    static final String RULE_NUMBER = "BUNDLE-NUMBER";
    static final String RULE_DATE = "BUNDLE-DATE";
    static final String RULE_CODE = "BUNDLE-CODE";

    final String file;
    final Domain domain;
    private final Findings findings;
    private final Interner interner;
    private final @Nullable String[] values;
    /**
     * Per variable, a small direct-mapped cache of raw text instances (hit by identity: the CSV source hands out one
     * instance per repeated value) and the shared object made from each (String, Double, IsoDate, Integer or
     * Boolean); the slot is the one the source tells ({@link RowSource#slots()}), else from the hash code. Misses
     * fall back to the {@link Interner}.
     */
    private static final int SLOTS = RowSource.SLOTS;

    /** Per variable, the source's slot of the current value, or -1. */
    private final int[] slots;

    private final @Nullable String[][] lastRaw;
    private final @Nullable Object[][] lastValue;
    private long row;
    private boolean rowError;

    Cells(String file, Domain domain, Findings findings, Interner interner) {
        this.file = file;
        this.domain = domain;
        this.findings = findings;
        this.interner = interner;
        this.values = new String[domain.variables().size()];
        this.slots = new int[values.length];
        java.util.Arrays.fill(slots, -1);
        this.lastRaw = new String[values.length][];
        this.lastValue = new Object[values.length][];
    }

    /**
     * Starts a new row. Values are not cleared: the reader sets every variable present in the file on every row,
     * and variables absent from the file stay null.
     */
    void reset(long row) {
        this.row = row;
        this.rowError = false;
    }

    /** The shared object made earlier from this very text instance at {@code var}, else null. */
    private @Nullable Object repeat(int var, String raw) {
        String[] r = lastRaw[var];
        if (r == null) return null;
        int slot = slotOf(var, raw);
        return r[slot] == raw ? lastValue[var][slot] : null;
    }

    private <V> V remember(int var, String raw, V value) {
        String[] r = lastRaw[var];
        if (r == null) {
            r = lastRaw[var] = new String[SLOTS];
            lastValue[var] = new Object[SLOTS];
        }
        int slot = slotOf(var, raw);
        r[slot] = raw;
        lastValue[var][slot] = value;
        return value;
    }

    private int slotOf(int var, String raw) {
        int s = slots[var];
        return s >= 0 ? s : raw.hashCode() & (SLOTS - 1);
    }

    /**
     * Sets a raw value with the source's slot for it ({@link RowSource#slots()}): {@link RowSource#EMPTY} for
     * empty text, else the value is not empty.
     */
    void set(int var, @Nullable String raw, int slot) {
        if (slot == RowSource.EMPTY) {
            values[var] = null;
        } else if (slot >= 0) {
            values[var] = raw;
            slots[var] = slot;
        } else {
            set(var, raw);
        }
    }

    /** Sets a raw value; empty text is null (SDTM: empty = missing). */
    void set(int var, @Nullable String raw) {
        values[var] = raw == null || raw.isEmpty() ? null : raw;
        slots[var] = -1;
    }

    long row() {
        return row;
    }

    int rowAsInt() {
        return row > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) row;
    }

    boolean rowHasError() {
        return rowError;
    }

    /** Raw text, not interned (for values checked before use). */
    @Nullable
    String raw(int var) {
        return values[var];
    }

    /** Text, shared with equal values. */
    @Nullable
    String str(int var) {
        String v = values[var];
        if (v == null) return null;
        if (repeat(var, v) instanceof String s) return s;
        return remember(var, v, interner.string(v));
    }

    /** Text of a Req variable; reports BUNDLE-VALUE-REQUIRED when empty. */
    @Nullable
    String req(int var) {
        String v = str(var);
        if (v == null) error(var, null, RULE_REQUIRED, "required value is empty");
        return v;
    }

    /** An integer (≤ 9 digits). */
    @Nullable
    Integer integer(int var) {
        String v = values[var];
        if (v == null) return null;
        if (!Values.isInteger(v)) {
            error(var, v, RULE_NUMBER, "not an integer");
            return null;
        }
        return Integer.valueOf(v);
    }

    /** A --SEQ value: required positive integer; returns 0 after reporting a problem. */
    int seq(int var) {
        String v = values[var];
        if (v == null) {
            error(var, null, RULE_REQUIRED, "required value is empty");
            return 0;
        }
        if (repeat(var, v) instanceof Integer i) return i;
        if (!Values.isInteger(v) || Integer.parseInt(v) < 1) {
            error(var, v, RULE_NUMBER, "sequence number must be a positive integer");
            return 0;
        }
        return remember(var, v, Integer.valueOf(v));
    }

    /** A decimal number (plain notation, '.' separator). */
    @Nullable
    Double decimal(int var) {
        String v = values[var];
        if (v == null) return null;
        if (repeat(var, v) instanceof Double d) return d;
        Double cached = interner.cachedNumber(v);
        if (cached != null) return remember(var, v, cached);
        if (!Values.isDecimal(v)) {
            error(var, v, RULE_NUMBER, "not a number");
            return null;
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            error(var, v, RULE_NUMBER, "number out of range");
            return null;
        }
        return remember(var, v, interner.number(v, d));
    }

    /** An ISO 8601 (partial) date or date-time. */
    @Nullable
    IsoDate date(int var) {
        String v = values[var];
        if (v == null) return null;
        if (repeat(var, v) instanceof IsoDate d) return d;
        IsoDate cached = interner.cachedDate(v);
        if (cached != null) return remember(var, v, cached);
        String problem = IsoDate.problem(v);
        if (problem != null) {
            error(var, v, RULE_DATE, "not an ISO 8601 date/time: " + problem);
            return null;
        }
        return remember(var, v, interner.date(v, new IsoDate(interner.string(v))));
    }

    /** A Y/N flag (C66742 subset): Y → true, N → false. */
    @Nullable
    Boolean flag(int var) {
        String v = values[var];
        if (v == null) return null;
        if (repeat(var, v) instanceof Boolean b) return b;
        if (v.equals("Y")) return remember(var, v, Boolean.TRUE);
        if (v.equals("N")) return remember(var, v, Boolean.FALSE);
        error(var, v, RULE_CODE, "expected Y or N");
        return null;
    }

    /** A term of a closed list, looked up by {@code lookup}; {@code expected} names the allowed values. */
    <E> @Nullable E code(int var, Function<String, Optional<E>> lookup, String expected) {
        String v = values[var];
        if (v == null) return null;
        Optional<E> e = lookup.apply(v);
        if (e.isEmpty()) error(var, v, RULE_CODE, "expected one of " + expected);
        return e.orElse(null);
    }

    /** Reports an error about variable {@code var} of the current row. */
    void error(int var, @Nullable String value, String rule, String message) {
        rowError = true;
        findings.error(file, row, domain.variables().get(var).name(), value, rule, message);
    }

    /** Reports an error about the current row not tied to one variable of it. */
    void rowError(@Nullable String variable, @Nullable String value, String rule, String message) {
        rowError = true;
        findings.error(file, row, variable, value, rule, message);
    }
}
