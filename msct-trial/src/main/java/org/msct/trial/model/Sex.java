package org.msct.trial.model;

import java.util.Optional;

/** DM.SEX, CDISC codelist C66731 (SEX, non-extensible). */
public enum Sex {
    F("F"),
    M("M"),
    U("U"),
    INTERSEX("INTERSEX");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The CDISC submission value. */
    public String code() {
        return code;
    }

    /** The term with this submission value (exact, case-sensitive). */
    public static Optional<Sex> fromCode(String code) {
        for (Sex s : values()) if (s.code.equals(code)) return Optional.of(s);
        return Optional.empty();
    }
}
