package org.msct.instruments.sledai;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Ri50State;

/**
 * An S2K RI-50 score at a follow-up visit.
 *
 * @param score total with one decimal place (weights of NOT_IMPROVED and new descriptors, half weights of
 *     IMPROVED_GE50, 0 for RESOLVED); {@code null} when incomplete
 * @param items one line per scored descriptor in table order
 * @param missing descriptors active at baseline and still present at follow-up without an investigator state
 *     (the score is then not computed)
 * @param warnings inconsistencies between the states and the follow-up SLEDAI-2K
 */
public record Ri50Result(@Nullable BigDecimal score, List<Item> items, List<String> missing, List<String> warnings) {

    /** How a descriptor was scored. */
    public enum Basis {
        /** Active at baseline; state entered by the investigator. */
        STATE,
        /** Active at baseline, absent at follow-up, no state entered: resolved. */
        ABSENT_AT_FOLLOW_UP,
        /** Not active at baseline, present at follow-up: full weight. */
        NEW
    }

    /**
     * One descriptor.
     *
     * @param code descriptor code
     * @param weight SLEDAI-2K weight
     * @param state follow-up state ({@code null} for a new descriptor)
     * @param points points scored (0, weight ÷ 2 or weight), one decimal place
     * @param basis how the state was obtained
     */
    public record Item(String code, int weight, @Nullable Ri50State state, BigDecimal points, Basis basis) {}

    public Ri50Result {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** Whether every baseline-active descriptor has a state (so {@link #score()} is not null). */
    public boolean complete() {
        return score != null;
    }
}
