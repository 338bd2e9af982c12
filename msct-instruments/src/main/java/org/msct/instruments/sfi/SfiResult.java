package org.msct.instruments.sfi;

import java.util.List;
import org.msct.instruments.sledai.SledaiVariant;

/**
 * A SELENA-SLEDAI Flare Index classification with its explanation.
 *
 * @param flare severe if any severe criterion fired, else mild/moderate if any mild/moderate criterion fired, else none
 * @param fired criteria that fired, with the values that made them fire
 * @param notEvaluated criteria that could not be evaluated, with the input they need (they did not fire)
 * @param determinate whether no unevaluated criterion could have raised {@link #flare()}
 * @param previousSledai SLEDAI score of the previous assessment
 * @param currentSledai SLEDAI score of the current assessment
 * @param sledaiVariant variant of the SLEDAI scores compared
 * @param definition definition id and version, e.g. {@code selena-flare-index v1}
 * @param warnings assumptions and inconsistencies worth a query
 */
public record SfiResult(
        Flare flare,
        List<Fired> fired,
        List<NotEvaluated> notEvaluated,
        boolean determinate,
        int previousSledai,
        int currentSledai,
        SledaiVariant sledaiVariant,
        String definition,
        List<String> warnings) {

    /** A criterion that fired and why. */
    public record Fired(SfiCriterion criterion, String evidence) {}

    /** A criterion that could not be evaluated and the input it needs. */
    public record NotEvaluated(SfiCriterion criterion, String needs) {}

    public SfiResult {
        fired = List.copyOf(fired);
        notEvaluated = List.copyOf(notEvaluated);
        warnings = List.copyOf(warnings);
    }

    /** Whether {@code c} fired. */
    public boolean fired(SfiCriterion c) {
        for (Fired f : fired) if (f.criterion() == c) return true;
        return false;
    }
}
