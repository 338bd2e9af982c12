package org.msct.trial.eligibility;

import org.jspecify.annotations.Nullable;
import org.msct.trial.protocol.Criterion;
import org.msct.trial.protocol.ProvenanceTag;

/**
 * One criterion of a screening.
 *
 * @param code IETESTCD, e.g. {@code INCL02}
 * @param category inclusion or exclusion
 * @param text the criterion as the protocol states it
 * @param status whether the criterion's condition holds: MET, NOT_MET or MISSING_DATA (for an exclusion, MET means
 *     the excluding state is present — SDTM IE semantics)
 * @param outcome what it means for eligibility: PASSES, FAILS or UNKNOWN
 * @param evaluation the rule as applied, the value used and the evaluation of every part
 * @param provenance how the criterion is known (verified / recalled / inferred …)
 * @param option the option setting that made this criterion apply (e.g. {@code sledaiThreshold=ABSTRACT_GT6}), or null
 */
public record CriterionResult(
        String code,
        Criterion.Category category,
        String text,
        Status status,
        Outcome outcome,
        Evaluation evaluation,
        @Nullable ProvenanceTag provenance,
        @Nullable String option) {

    /** A criterion's effect on eligibility. */
    public enum Outcome {
        PASSES,
        FAILS,
        UNKNOWN;

        static Outcome of(Criterion.Category c, Status s) {
            if (s == Status.MISSING_DATA) return UNKNOWN;
            boolean met = s == Status.MET;
            return (c == Criterion.Category.INCLUSION) == met ? PASSES : FAILS;
        }
    }
}
