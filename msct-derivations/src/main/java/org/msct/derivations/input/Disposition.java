package org.msct.derivations.input;

/** End-of-study status (ADaM {@code EOSSTT}, codelist SBJTSTAT). */
public enum Disposition {
    COMPLETED,
    DISCONTINUED,
    ONGOING
}
