package org.msct.instruments.response;

import org.msct.instruments.units.Comparison;

/**
 * Options of {@link Sri4}. {@link #DEFAULT}: reduction ≥ 4, PGA increase {@code < 0.3}, treatment failure
 * {@link TreatmentFailureRule#IF_GIVEN}.
 *
 * @param minSledaiReduction SLEDAI fall required: 4 for SRI-4 (default, Furie 2009), 5–8 for SRI-5…SRI-8
 * @param pgaIncreaseBoundary {@link Comparison#LT} (default): increase &lt; 0.3 (Furie 2009 "no worsening ≥ 0.3");
 *     {@link Comparison#LE}: increase ≤ 0.30 (TULIP convention). The value 0.3 is in the definition file.
 * @param treatmentFailure handling of an absent treatment-failure flag (default IF_GIVEN)
 */
public record Sri4Options(
        int minSledaiReduction, Comparison pgaIncreaseBoundary, TreatmentFailureRule treatmentFailure) {
    /** Defaults as stated above, read from {@code sri-4.v1.json} where the file holds them. */
    public static final Sri4Options DEFAULT = new Sri4Options(
            (int) Sri4Definition.standard().sledaiReduction().value(),
            Sri4Definition.standard().pgaIncrease().op(),
            TreatmentFailureRule.IF_GIVEN);

    public Sri4Options {
        if (minSledaiReduction < 1 || minSledaiReduction > 105) {
            throw new IllegalArgumentException(
                    "minSledaiReduction " + minSledaiReduction + " is not allowed; allowed: 1–105");
        }
        if (pgaIncreaseBoundary != Comparison.LT && pgaIncreaseBoundary != Comparison.LE) {
            throw new IllegalArgumentException(
                    "pgaIncreaseBoundary " + pgaIncreaseBoundary + " is not allowed; allowed: LT, LE");
        }
        if (treatmentFailure == null) throw new IllegalArgumentException("treatmentFailure must not be null");
    }

    public Sri4Options withMinSledaiReduction(int points) {
        return new Sri4Options(points, pgaIncreaseBoundary, treatmentFailure);
    }

    public Sri4Options withPgaIncreaseBoundary(Comparison op) {
        return new Sri4Options(minSledaiReduction, op, treatmentFailure);
    }

    public Sri4Options withTreatmentFailure(TreatmentFailureRule rule) {
        return new Sri4Options(minSledaiReduction, pgaIncreaseBoundary, rule);
    }
}
