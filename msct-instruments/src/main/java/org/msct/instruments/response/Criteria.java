package org.msct.instruments.response;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.units.Threshold;

/** Criterion builders shared by the indices. */
final class Criteria {
    static final String TREATMENT_FAILURE_FIELD = "current.treatment_failure";

    private Criteria() {}

    /** "No treatment failure" under {@code rule}; adds to missing or warnings when the flag is absent. */
    static CriterionResult noTreatmentFailure(
            @Nullable Boolean failure, TreatmentFailureRule rule, List<String> missing, List<String> warnings) {
        String id = "NO_TREATMENT_FAILURE";
        String text = "no rescue / protocol-prohibited medication / discontinuation";
        if (failure == null) {
            if (rule == TreatmentFailureRule.REQUIRED) {
                missing.add(TREATMENT_FAILURE_FIELD);
            } else {
                warnings.add("treatment-failure flag not given: criterion NO_TREATMENT_FAILURE not evaluated");
            }
            return new CriterionResult(id, text, CriterionResult.Outcome.NOT_EVALUATED, "not given");
        }
        return CriterionResult.of(id, text, !failure, failure ? "treatment failure" : "none");
    }

    /** A single-value threshold criterion ({@code value <op> threshold}). */
    static CriterionResult threshold(String id, String what, Threshold t, double value) {
        return CriterionResult.of(id, what + " " + t, t.test(value), what + " = " + num(value));
    }

    /** Shortest decimal text of a value (7.5, 4, 0.3). */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }

    /** "1.0 → 1.3 (change +0.3)". */
    static String change(double from, double to, double delta) {
        return num(from) + " → " + num(to) + " (change " + (delta > 0 ? "+" : "") + num(delta) + ")";
    }
}
