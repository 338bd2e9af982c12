package org.msct.instruments.response;

/**
 * How SRI-4 and BICLA treat an absent treatment-failure flag ({@link VisitSummary#treatmentFailure()}: rescue or
 * protocol-prohibited medication, or discontinuation, up to the follow-up visit).
 */
public enum TreatmentFailureRule {
    /**
     * Default. The flag counts when given ({@code true} → non-responder); when absent the criterion is reported as not
     * evaluated with a warning. The {@code msct score} input (cli-contract.md §2) has no such member yet scores SRI-4
     * and BICLA from baseline and current alone, so the criterion can only apply when the caller supplies it.
     */
    IF_GIVEN,
    /** An absent flag makes the index INCOMPLETE. */
    REQUIRED
}
