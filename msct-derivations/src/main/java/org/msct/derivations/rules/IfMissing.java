package org.msct.derivations.rules;

/**
 * What a leaf condition yields when a value it needs is missing: {@code unknown} (default; the visit may become not
 * evaluable), {@code met} (e.g. EULAR 2012 checks sediment only "when sediment is recorded"), or {@code notMet}.
 */
public enum IfMissing {
    UNKNOWN("unknown"),
    MET("met"),
    NOT_MET("notMet");

    private final String code;

    IfMissing(String code) {
        this.code = code;
    }

    /** The code used in files. */
    public String code() {
        return code;
    }

    /** The truth this rule gives to a missing value. */
    public Truth truth() {
        return switch (this) {
            case UNKNOWN -> Truth.UNKNOWN;
            case MET -> Truth.MET;
            case NOT_MET -> Truth.NOT_MET;
        };
    }
}
