package org.msct.trial.protocol;

/**
 * Yes/no facts about a subject that criteria may test (subject data member {@code flags}, lower-case names). An absent
 * flag is missing data, never "no".
 */
public enum SubjectFlag {
    PREGNANT,
    BREASTFEEDING,
    /** Active infection (bacterial, viral incl. hepatitis B/C and HIV, fungal, tuberculosis) at screening. */
    ACTIVE_INFECTION,
    /** Current or previous malignancy. */
    MALIGNANCY,
    /** End-stage renal disease (dialysis or transplant). */
    ESRD,
    /** Active lupus nephritis as judged by the investigator. */
    ACTIVE_LUPUS_NEPHRITIS,
    INFORMED_CONSENT,
    /** Agrees to contraception during the study and for the period the protocol sets. */
    CONTRACEPTION_AGREED
}
