package org.msct.instruments.response;

/** Outcome of a responder index or state definition. */
public enum ResponseStatus {
    /** Every criterion met: responder (SRI-4, BICLA) or state attained (LLDAS, DORIS). */
    MET,
    /** At least one criterion failed and every needed input was present. */
    NOT_MET,
    /** A needed input is missing; the index is not scored (see {@link ResponseResult#missing()}). */
    INCOMPLETE
}
