package org.msct.trial.eligibility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one condition, with its explanation.
 *
 * @param status met, not met or missing data
 * @param rule the rule as applied, with threshold and unit (e.g. {@code SLEDAI-2K > 6})
 * @param value the subject's value used, with unit and where it came from; for missing data, what is missing
 * @param parts evaluations of the parts of a composite condition, or of each treatment record (may be empty)
 */
public record Evaluation(Status status, String rule, @Nullable String value, List<Evaluation> parts) {
    public Evaluation {
        parts = List.copyOf(parts);
    }

    static Evaluation leaf(Status status, String rule, @Nullable String value) {
        return new Evaluation(status, rule, value, List.of());
    }
}
