package org.msct.instruments.renal;

import org.msct.instruments.model.FieldException;

/** Sex as used by the eGFR equations; contract codes {@code "F"} and {@code "M"} (cli-contract.md §2). */
public enum Sex {
    FEMALE("F"),
    MALE("M");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The sex for a contract code; any other text → FieldException at {@code field}. */
    public static Sex fromCode(String code, String field) {
        if ("F".equals(code)) return FEMALE;
        if ("M".equals(code)) return MALE;
        throw new FieldException(field, "value " + code + " is not allowed; allowed: F, M");
    }
}
