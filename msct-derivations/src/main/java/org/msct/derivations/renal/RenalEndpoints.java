package org.msct.derivations.renal;

import java.util.List;
import java.util.Optional;
import org.msct.derivations.course.CourseOptions;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.ResponseParams;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.rules.Family;
import org.msct.derivations.rules.RuleSet;
import org.msct.derivations.rules.RuleSets;

/**
 * Renal response CR / PR / NR per visit under a selectable criteria set ({@code derivations/renal-response/}) and
 * renal flare after a prior CR or PR ({@code derivations/renal-flare/}); endpoint-rules.md §2 (Gu F et al. Clin
 * Rheumatol 2014;33:1611-19).
 *
 * <p>Patient-level outputs (§2.3): "ever remission" = best response CR or PR by month 12 (49/81 in Gu 2014),
 * status at a visit = per-visit state (point prevalence, 41/45/44 %), flare = first flare after the first remission
 * (11/49 or 11/81, a denominator switch of {@code summary}).
 */
public final class RenalEndpoints {
    /**
     * Default criteria set for Gu 2014: the Chinese / Nanjing convention, as the issue requires (endpoint-rules.md
     * §2.3 names EULAR 2012 as its template default; both are shipped).
     */
    public static final String DEFAULT_CRITERIA = "nanjing-cn";

    /** Default flare definition: Moroni-type proteinuric / nephritic flare against the remission visit. */
    public static final String DEFAULT_FLARE = "moroni-2022";

    private RenalEndpoints() {}

    /** Ids of the shipped criteria sets. */
    public static List<String> criteriaSets() {
        return RuleSets.shipped(Family.RENAL_RESPONSE);
    }

    /** Ids of the shipped flare definitions. */
    public static List<String> flareDefinitions() {
        return RuleSets.shipped(Family.RENAL_FLARE);
    }

    /** The shipped criteria set {@code id}. */
    public static RuleSet criteria(String id) {
        return RuleSets.load(Family.RENAL_RESPONSE, id);
    }

    /** The shipped flare definition {@code id}. */
    public static RuleSet flare(String id) {
        return RuleSets.load(Family.RENAL_FLARE, id);
    }

    /** A renal endpoint with the given criteria set, flare definition and options. */
    public static Endpoint endpoint(String criteriaId, String flareId, CourseOptions options) {
        return Endpoint.of(criteria(criteriaId), Optional.of(flare(flareId)), ResponseParams.RENAL, options);
    }

    /**
     * Gu 2014: default criteria and flare, best response ever through the month-12 visit of {@code grid}, flare
     * against the remission visit, deaths not counted as flares.
     */
    public static Endpoint gu2014(List<PlannedVisit> grid) {
        return endpoint(DEFAULT_CRITERIA, DEFAULT_FLARE, CourseOptions.through(visit(grid, 12)));
    }

    static PlannedVisit visit(List<PlannedVisit> grid, int number) {
        return grid.stream()
                .filter(v -> v.visitNumber() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the visit grid has no visit " + number));
    }
}
