package org.msct.derivations.rules;

import java.util.Optional;

/**
 * The reference values a flare or relapse is measured against (endpoint-rules.md §7 {@code relapseReference}):
 * the first response visit, the previous analysis visit, the baseline, or the nadir (per parameter, the lowest value
 * at the post-baseline visits before the current one; grades are taken from the response visit).
 */
public enum Reference {
    RESPONSE_VISIT("responseVisit"),
    PREVIOUS_VISIT("previousVisit"),
    BASELINE("baseline"),
    NADIR("nadir");

    private final String code;

    Reference(String code) {
        this.code = code;
    }

    /** The code used in files. */
    public String code() {
        return code;
    }

    /** The reference with file code {@code code}. */
    public static Optional<Reference> fromCode(String code) {
        for (Reference r : values()) if (r.code.equals(code)) return Optional.of(r);
        return Optional.empty();
    }
}
