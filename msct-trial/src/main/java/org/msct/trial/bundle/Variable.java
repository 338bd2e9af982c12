package org.msct.trial.bundle;

/**
 * One SDTM variable of a bundle domain.
 *
 * @param name variable name (≤ 8 chars)
 * @param label SDTMIG label (≤ 40 chars)
 * @param type how values are typed in Dataset-JSON and parsed on import
 * @param core SDTMIG core: Req variables must be in the file and non-empty in every row; Exp variables are always
 *     written; Perm variables are written when some record has a value
 */
record Variable(String name, String label, Type type, Core core) {
    /** Value type. */
    enum Type {
        /** Char; Dataset-JSON {@code string}. */
        CHAR("string"),
        /** Integral Num (--SEQ, AGE, VISITDY); Dataset-JSON {@code integer}. */
        INTEGER("integer"),
        /** VISITNUM; Dataset-JSON {@code float} (a JSON number), as in the CDISC lb.json example. */
        FLOAT("float"),
        /** Measured Num (--STRESN, --DOSE); Dataset-JSON {@code decimal} (a JSON string, targetDataType decimal). */
        DECIMAL("decimal");

        final String dataType;

        Type(String dataType) {
            this.dataType = dataType;
        }
    }

    /** SDTMIG core. */
    enum Core {
        REQ,
        EXP,
        PERM
    }

    boolean required() {
        return core == Core.REQ;
    }
}
