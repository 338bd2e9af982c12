package org.msct.derivations.course;

import java.util.Optional;
import java.util.OptionalInt;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.rules.Reference;

/**
 * Counting conventions of one endpoint (endpoint-rules.md §7).
 *
 * @param lastVisitNumber last analysis visit of the assessment period (e.g. 12 for "during 12 months")
 * @param horizonDay last study day of the period (deaths after it are ignored), normally the end of the last visit
 *     window
 * @param aggregation how the patient-level response is formed
 * @param landmarkVisit visit of the landmark state ({@link Aggregation#LANDMARK_MAINTAINED} only)
 * @param reference overrides the event definition's reference, when present
 * @param deathAfterResponse whether a death after the response (and before any recorded event) is the event
 */
public record CourseOptions(
        int lastVisitNumber,
        int horizonDay,
        Aggregation aggregation,
        OptionalInt landmarkVisit,
        Optional<Reference> reference,
        DeathAfterResponse deathAfterResponse) {
    public CourseOptions {
        if (aggregation == Aggregation.LANDMARK_MAINTAINED && landmarkVisit.isEmpty()) {
            throw new IllegalArgumentException("LANDMARK_MAINTAINED needs a landmark visit");
        }
    }

    /** Best response ever through {@code last} (its visit number and window end), definition's reference, deaths ignored. */
    public static CourseOptions through(PlannedVisit last) {
        return new CourseOptions(
                last.visitNumber(),
                last.windowHigh(),
                Aggregation.BEST_EVER,
                OptionalInt.empty(),
                Optional.empty(),
                DeathAfterResponse.IGNORE);
    }

    /** A copy with another aggregation. */
    public CourseOptions withAggregation(Aggregation a, OptionalInt landmark) {
        return new CourseOptions(lastVisitNumber, horizonDay, a, landmark, reference, deathAfterResponse);
    }

    /** A copy with a reference override. */
    public CourseOptions withReference(Reference r) {
        return new CourseOptions(
                lastVisitNumber, horizonDay, aggregation, landmarkVisit, Optional.of(r), deathAfterResponse);
    }

    /** A copy with another death rule. */
    public CourseOptions withDeathAfterResponse(DeathAfterResponse d) {
        return new CourseOptions(lastVisitNumber, horizonDay, aggregation, landmarkVisit, reference, d);
    }

    /**
     * {@code BEST_EVER} (default): the best state at any visit in (day 0, last visit]; a later relapse does not
     * remove it (ART 2014 "MCR → R"). {@code LANDMARK_MAINTAINED}: the state at the landmark visit, kept only when
     * no event follows it through the last visit (EXPLORER-like; cannot produce "MCR → R").
     */
    public enum Aggregation {
        BEST_EVER,
        LANDMARK_MAINTAINED
    }

    /** A death after the response: not an event (default) or the event itself (endpoint-rules.md §1.4, §3.2). */
    public enum DeathAfterResponse {
        IGNORE,
        RELAPSE
    }
}
