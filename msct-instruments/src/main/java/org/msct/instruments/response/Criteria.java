package org.msct.instruments.response;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.units.Threshold;

/** Criterion builders and explanation formatting shared by the indices. */
final class Criteria {
    static final String TREATMENT_FAILURE_FIELD = "current.treatment_failure";
    static final String TREATMENT_FAILURE_NOT_GIVEN =
            "treatment-failure flag not given: criterion NO_TREATMENT_FAILURE not evaluated";
    private static final String TREATMENT_FAILURE_RULE = "no rescue / protocol-prohibited medication / discontinuation";

    private Criteria() {}

    /** "No treatment failure" under {@code rule}; adds to missing or warnings when the flag is absent. */
    static CriterionResult noTreatmentFailure(
            @Nullable Boolean failure, TreatmentFailureRule rule, List<String> missing, List<String> warnings) {
        String id = "NO_TREATMENT_FAILURE";
        if (failure == null) {
            if (rule == TreatmentFailureRule.REQUIRED) {
                missing.add(TREATMENT_FAILURE_FIELD);
            } else {
                warnings.add(TREATMENT_FAILURE_NOT_GIVEN);
            }
            return new CriterionResult(
                    id, CriterionResult.Outcome.NOT_EVALUATED, () -> TREATMENT_FAILURE_RULE, () -> "not given");
        }
        boolean f = failure;
        return CriterionResult.of(id, !f, () -> TREATMENT_FAILURE_RULE, () -> f ? "treatment failure" : "none");
    }

    /** A single-value threshold criterion ({@code value <op> threshold}). */
    static CriterionResult threshold(String id, String what, Threshold t, double value) {
        return CriterionResult.of(id, t.test(value), () -> what + " " + t, () -> what + " = " + num(value));
    }

    /** Shortest decimal text of a value (7.5, 4, 0.3). */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }

    /** "1.0 → 1.3 (change +0.3)". */
    static String change(double from, double to, double delta) {
        return num(from) + " → " + num(to) + " (change " + (delta > 0 ? "+" : "") + num(delta) + ")";
    }

    /** Sorted "[A, B]" text of the members of {@code set} that are (or, with {@code keep} false, are not) in {@code filter}. */
    static String sorted(Iterable<String> set, java.util.Set<String> filter, boolean keep) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String s : set) {
            if (filter.contains(s) == keep) out.add(s);
        }
        return out.toString();
    }
}
