package org.msct.trial.eligibility;

import java.util.Collection;

/**
 * The status of a criterion or condition: met, not met, or not decidable because data are missing. Missing data are
 * never counted as met. Combination is Kleene's three-valued logic: {@link #and} is NOT_MET if any part is NOT_MET,
 * MET if all are MET, else MISSING_DATA; {@link #or} is MET if any part is MET, NOT_MET if all are NOT_MET, else
 * MISSING_DATA.
 */
public enum Status {
    MET,
    NOT_MET,
    MISSING_DATA;

    public static Status of(boolean met) {
        return met ? MET : NOT_MET;
    }

    public static Status and(Collection<Status> parts) {
        if (parts.contains(NOT_MET)) return NOT_MET;
        return parts.contains(MISSING_DATA) ? MISSING_DATA : MET;
    }

    public static Status or(Collection<Status> parts) {
        if (parts.contains(MET)) return MET;
        return parts.contains(MISSING_DATA) ? MISSING_DATA : NOT_MET;
    }
}
