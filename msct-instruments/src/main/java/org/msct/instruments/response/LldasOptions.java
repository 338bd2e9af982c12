package org.msct.instruments.response;

import java.util.Set;

/**
 * Options of {@link Lldas}. {@link #DEFAULT}: without a previous visit INCOMPLETE; haemolytic anaemia / GI activity
 * absent unless reported; no treatment excluded.
 *
 * @param withoutPrevious criterion 2 (no new features vs the previous assessment) when no previous visit (or no
 *     previous descriptor set) is given. Default {@link PreviousVisitRule#INCOMPLETE}: instruments.md §10 requires an
 *     explicit reference visit for longitudinal rules and forbids inferring it
 * @param otherActivity haemolytic anaemia and GI activity when neither a flag nor (for GI) a BILAG gastrointestinal
 *     grade is given. Default {@link OtherActivityRule#ABSENT_UNLESS_REPORTED}, as for SLEDAI-2K descriptors in the
 *     {@code msct score} input (a descriptor not listed as present is absent)
 * @param excludedTreatments immunosuppressant/biologic codes that prevent LLDAS (investigational drugs; in a stem-cell
 *     trial, whether the cell product counts is protocol-defined). Default empty
 */
public record LldasOptions(
        PreviousVisitRule withoutPrevious, OtherActivityRule otherActivity, Set<String> excludedTreatments) {
    public static final LldasOptions DEFAULT =
            new LldasOptions(PreviousVisitRule.INCOMPLETE, OtherActivityRule.ABSENT_UNLESS_REPORTED, Set.of());

    public LldasOptions {
        if (withoutPrevious == null || otherActivity == null)
            throw new IllegalArgumentException("options must not be null");
        excludedTreatments = Set.copyOf(excludedTreatments);
    }

    /** Criterion 2 without a previous visit. */
    public enum PreviousVisitRule {
        /** LLDAS is INCOMPLETE (missing {@code previous.sledai2k}). */
        INCOMPLETE,
        /** Criterion 2 is not evaluated (warning); e.g. the first visit of a study. */
        NOT_EVALUATED
    }

    /** Haemolytic anaemia / GI activity not reported. */
    public enum OtherActivityRule {
        /** Not reported = absent (noted in the criterion's observed text). */
        ABSENT_UNLESS_REPORTED,
        /** Not reported = missing input, LLDAS INCOMPLETE. */
        REQUIRED
    }

    public LldasOptions withWithoutPrevious(PreviousVisitRule rule) {
        return new LldasOptions(rule, otherActivity, excludedTreatments);
    }

    public LldasOptions withOtherActivity(OtherActivityRule rule) {
        return new LldasOptions(withoutPrevious, rule, excludedTreatments);
    }

    public LldasOptions withExcludedTreatments(Set<String> codes) {
        return new LldasOptions(withoutPrevious, otherActivity, codes);
    }
}
