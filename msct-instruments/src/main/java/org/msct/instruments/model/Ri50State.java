package org.msct.instruments.model;

/**
 * Investigator-entered follow-up state of a descriptor that was active at baseline, for the SLEDAI-2K Responder
 * Index-50 (Touma Z et al., J Rheumatol 2011;38:275-84). The per-descriptor definition of "50 % improvement" is on the
 * S2K RI-50 data-retrieval form (UNVERIFIED here), so the engine takes the state rather than deriving it.
 */
public enum Ri50State {
    /** Descriptor resolved: scores 0. */
    RESOLVED,
    /** Improved by at least 50 % but not resolved: scores half the weight. */
    IMPROVED_GE50,
    /** Improved by less than 50 %, unchanged or worse: scores the full weight. */
    NOT_IMPROVED
}
