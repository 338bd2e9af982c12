package org.msct.trial.protocol;

/** The investigator's judgement of a past treatment; absent in subject data = unknown. */
public enum TreatmentResponse {
    /** No response: the treatment failed. */
    NONE,
    /** Partial or inadequate response. */
    PARTIAL,
    /** Response (remission or low disease activity). */
    COMPLETE,
    /** Stopped for intolerance or toxicity before the response could be judged. */
    INTOLERANT
}
