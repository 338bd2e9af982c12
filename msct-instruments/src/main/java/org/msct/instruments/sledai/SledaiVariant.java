package org.msct.instruments.sledai;

/**
 * Which SLEDAI produced a score (shared/spec/instruments.md §2.1). Weights are identical; the variant changes only
 * descriptor eligibility: SELENA-SLEDAI counts rash, alopecia, mucosal ulcers and proteinuria only when new or
 * recurrent (proteinuria: new onset or recent increase of more than 0.5 g/24 h) and uses a 10-day window.
 */
public enum SledaiVariant {
    SLEDAI_2K,
    SELENA_SLEDAI
}
