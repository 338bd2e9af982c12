package org.msct.instruments.response;

/**
 * Options of {@link Bicla}. {@link #DEFAULT}: PGA worsening {@link PgaWorsening#ABSOLUTE}, treatment failure
 * {@link TreatmentFailureRule#IF_GIVEN}.
 *
 * @param pgaWorsening how "PGA worsening ≤ 10 %" is operationalised (protocol-defined, instruments.md §4.3)
 * @param treatmentFailure handling of an absent treatment-failure flag
 */
public record BiclaOptions(PgaWorsening pgaWorsening, TreatmentFailureRule treatmentFailure) {
    public static final BiclaOptions DEFAULT = new BiclaOptions(PgaWorsening.ABSOLUTE, TreatmentFailureRule.IF_GIVEN);

    public BiclaOptions {
        if (pgaWorsening == null || treatmentFailure == null)
            throw new IllegalArgumentException("options must not be null");
    }

    /** "PGA worsening ≤ 10 %". */
    public enum PgaWorsening {
        /**
         * Default: increase ≤ 0.30 on the 0–3 scale (10 % of the scale; TULIP; TV-C10). Chosen because the spec's
         * vector TV-C10 states it and a relative rule is undefined at baseline PGA 0.
         */
        ABSOLUTE,
        /** Increase ≤ 10 % of the baseline PGA (baseline 0: any increase fails). */
        RELATIVE
    }

    public BiclaOptions withPgaWorsening(PgaWorsening rule) {
        return new BiclaOptions(rule, treatmentFailure);
    }

    public BiclaOptions withTreatmentFailure(TreatmentFailureRule rule) {
        return new BiclaOptions(pgaWorsening, rule);
    }
}
