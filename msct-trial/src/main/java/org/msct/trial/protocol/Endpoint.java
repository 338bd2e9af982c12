package org.msct.trial.protocol;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint of the protocol: which definition applies and how it is counted. The definitions themselves
 * (thresholds, state machines) are named by id from shared/spec/endpoint-rules.md and implemented by the derivation
 * engine; the protocol fixes the variant and the counting conventions (endpoint-rules.md §7).
 *
 * @param id endpoint id within the protocol, e.g. {@code MCR}
 * @param label readable name
 * @param role primary, secondary or exploratory
 * @param definition the definition variant used, e.g. {@code ART-MCR-1}
 * @param alternatives other variants the spec keeps available (may be empty)
 * @param aggregation how visit-level states become the reported number
 * @param denominator who is counted in the denominator
 * @param atMonths assessment times in months (may be empty for "during follow-up")
 * @param targets published numbers the derivation must reproduce (may be empty)
 * @param provenance how the endpoint is known
 * @param when the option setting under which it applies; null = always
 */
public record Endpoint(
        String id,
        String label,
        Role role,
        String definition,
        List<String> alternatives,
        Aggregation aggregation,
        Denominator denominator,
        List<Double> atMonths,
        List<Target> targets,
        Provenance provenance,
        @Nullable When when) {
    public Endpoint {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        atMonths = atMonths == null ? List.of() : List.copyOf(atMonths);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public enum Role {
        PRIMARY,
        SECONDARY,
        EXPLORATORY
    }

    /** endpoint-rules.md §7 {@code responseAggregation} and related counting conventions. */
    public enum Aggregation {
        /** Best state reached at any visit in the period. */
        BEST_EVER,
        /** State at each visit (point prevalence). */
        STATUS_AT_VISIT,
        /** State at a landmark visit. */
        LANDMARK,
        /** First event after a prior response (e.g. first relapse). */
        FIRST_EVENT,
        /** New events per visit (not cumulative). */
        NEW_PER_VISIT,
        /** Crude proportion (e.g. alive at 5 years). */
        CRUDE_PROPORTION,
        /** Kaplan–Meier probability. */
        KAPLAN_MEIER,
        /** Paired change from baseline. */
        CHANGE_FROM_BASELINE,
        /** Count of events (e.g. adverse events). */
        INCIDENCE
    }

    /** endpoint-rules.md §7 {@code denominator}. */
    public enum Denominator {
        /** All enrolled (treated) subjects; deaths count as non-responders. */
        ENROLLED,
        /** Subjects alive at the time point. */
        SURVIVORS,
        /** Subjects who responded (or remitted) first. */
        RESPONDERS,
        /** Subjects still followed (at risk) at the time point. */
        AT_RISK,
        /** Subjects with both values of a paired comparison. */
        COMPLETE_CASE
    }

    /**
     * A published number. A proportion gives {@code numerator}, {@code denominator} and {@code percent} as printed; a
     * mean gives {@code n}, {@code mean} and {@code sd} (and the baseline mean and SD for a change).
     */
    public record Target(
            @Nullable Double atMonth,
            @Nullable String label,
            @Nullable Integer numerator,
            @Nullable Integer denominator,
            @Nullable Double percent,
            @Nullable Integer n,
            @Nullable Double baselineMean,
            @Nullable Double baselineSd,
            @Nullable Double mean,
            @Nullable Double sd,
            Provenance provenance) {}
}
