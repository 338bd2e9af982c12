package org.msct.derivations.dataset;

import java.time.LocalDate;

/**
 * Type of an analysis variable, with the Java value it holds and its Dataset-JSON 1.1 mapping (cdisc-terms.md §7.2):
 * {@code CHAR} → {@code string}; {@code INTEGER} → {@code integer}; {@code DECIMAL} → {@code decimal} with target
 * type {@code decimal} (a JSON string, exact); {@code DATE} → {@code date} with target type {@code integer} (ADaM
 * numeric date).
 */
public enum VarType {
    /** Character, held as {@link String}. */
    CHAR("string", null),
    /** Integer, held as {@link Integer}. */
    INTEGER("integer", null),
    /** Decimal number, held as a finite {@link Double}. */
    DECIMAL("decimal", "decimal"),
    /** Date, held as {@link LocalDate}. */
    DATE("date", "integer");

    private final String dataType;
    private final String targetDataType;

    VarType(String dataType, String targetDataType) {
        this.dataType = dataType;
        this.targetDataType = targetDataType;
    }

    /** Dataset-JSON {@code dataType}. */
    public String dataType() {
        return dataType;
    }

    /** Dataset-JSON {@code targetDataType}, or {@code ""} when none. */
    public String targetDataType() {
        return targetDataType == null ? "" : targetDataType;
    }

    /** True when {@code value} is a legal value of this type (null = missing is always legal). */
    public boolean accepts(Object value) {
        // instanceof per constant rather than Class.isInstance: this runs for every value of every derived dataset
        return switch (this) {
            case CHAR -> value instanceof String;
            case INTEGER -> value instanceof Integer;
            case DECIMAL -> value instanceof Double d && Double.isFinite(d);
            case DATE -> value instanceof LocalDate;
        };
    }

    /** The define-style type name: {@code Char} or {@code Num}. */
    public String defineType() {
        return this == CHAR ? "Char" : "Num";
    }
}
