package org.msct.trial.eligibility;

/**
 * The screening decision. {@link #NOT_ELIGIBLE} as soon as one inclusion criterion is not met or one exclusion
 * criterion is met (whatever is missing elsewhere); otherwise {@link #INCOMPLETE} while any criterion has missing
 * data; {@link #ELIGIBLE} only when every inclusion criterion is met and every exclusion criterion is not met.
 */
public enum Decision {
    ELIGIBLE,
    NOT_ELIGIBLE,
    INCOMPLETE
}
