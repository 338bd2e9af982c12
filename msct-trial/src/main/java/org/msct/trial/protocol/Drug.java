package org.msct.trial.protocol;

/**
 * Drugs that refractoriness criteria and treatment histories name. Glucocorticoid doses are prednisone-equivalent
 * (shared/spec/instruments.md §6.4).
 */
public enum Drug {
    /** Prednisone or another glucocorticoid, as the prednisone-equivalent dose. */
    PREDNISONE,
    /** Cyclophosphamide. */
    CYC,
    /** Mycophenolate mofetil. */
    MMF,
    /** Mycophenolic acid (enteric-coated mycophenolate sodium). */
    MPA,
    /** Azathioprine. */
    AZA,
    /** Methotrexate. */
    MTX,
    /** Tacrolimus. */
    TAC,
    /** Ciclosporin. */
    CSA,
    /** Leflunomide. */
    LEF,
    /** Vincristine. */
    VCR,
    /** Hydroxychloroquine. */
    HCQ,
    /** Rituximab. */
    RTX,
    /** Belimumab. */
    BEL,
    /** Another immunosuppressant, named in the record's text. */
    OTHER_IS
}
