package org.msct.trial.model;

import java.util.Optional;

/**
 * AE.AEREL, relation of an adverse event to the MSC infusion. SDTM has no codelist for AEREL ("controlled
 * terminology may be defined in the future", SDTMIG 3.4 AE); this is the sponsor list of cdisc-terms.md §2 AE
 * platform notes (ICH E2A/E2B examples).
 */
public enum Causality {
    NOT_RELATED("NOT RELATED"),
    UNLIKELY_RELATED("UNLIKELY RELATED"),
    POSSIBLY_RELATED("POSSIBLY RELATED"),
    RELATED("RELATED");

    private final String code;

    Causality(String code) {
        this.code = code;
    }

    /** The submission value written to AEREL. */
    public String code() {
        return code;
    }

    /** Whether the event counts as related to MSCT (possibly related or related). */
    public boolean isRelated() {
        return this == POSSIBLY_RELATED || this == RELATED;
    }

    public static Optional<Causality> fromCode(String code) {
        for (Causality c : values()) if (c.code.equals(code)) return Optional.of(c);
        return Optional.empty();
    }
}
