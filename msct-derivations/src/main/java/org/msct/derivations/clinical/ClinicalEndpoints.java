package org.msct.derivations.clinical;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.msct.derivations.course.CourseOptions;
import org.msct.derivations.course.CourseOptions.Aggregation;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.ResponseParams;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.rules.Family;
import org.msct.derivations.rules.RuleSet;
import org.msct.derivations.rules.RuleSets;

/**
 * Clinical endpoints of the seed studies: MCR / PCR and relapse (Wang D et al. Arthritis Res Ther 2014;16:R79;
 * endpoint-rules.md §1), the EXPLORER landmark variant (§6.1), and complete / partial clinical remission with
 * relapse (Wang D et al. Stem Cell Reports 2018;10:933-41; §3). Definitions live in {@code
 * derivations/clinical-response/}, {@code relapse/} and {@code clinical-remission/}.
 */
public final class ClinicalEndpoints {
    /** Default MCR / PCR definition ([ART-MCR-1] / [ART-PCR-1]). */
    public static final String DEFAULT_RESPONSE = "art-2014-pcr1";

    /** Default relapse definition ([ART-REL-1]: ≥ 1 new A or ≥ 2 new B against the response visit). */
    public static final String DEFAULT_RELAPSE = "art-rel-1";

    /** Default remission definition of the long-term study ([SCR-REM-1]). */
    public static final String DEFAULT_REMISSION = "scr-rem-1";

    /** Default relapse definition of the long-term study ([SCR-REL-1]). */
    public static final String DEFAULT_REMISSION_RELAPSE = "scr-rel-1";

    private ClinicalEndpoints() {}

    /** An MCR / PCR endpoint with the given definitions. */
    public static Endpoint response(String responseId, String relapseId, CourseOptions options) {
        return Endpoint.of(
                load(Family.CLINICAL_RESPONSE, responseId),
                Optional.of(load(Family.RELAPSE, relapseId)),
                ResponseParams.CLINICAL,
                options);
    }

    /** A clinical-remission endpoint with the given definitions. */
    public static Endpoint remission(String remissionId, String relapseId, CourseOptions options) {
        return Endpoint.of(
                load(Family.CLINICAL_REMISSION, remissionId),
                Optional.of(load(Family.RELAPSE, relapseId)),
                ResponseParams.REMISSION,
                options);
    }

    /** ART 2014: best MCR / PCR in (day 0, month 12], first relapse after the response within month 12. */
    public static Endpoint art2014(List<PlannedVisit> grid) {
        return response(DEFAULT_RESPONSE, DEFAULT_RELAPSE, CourseOptions.through(visit(grid, 12)));
    }

    /**
     * [ART-EXPLORER-LANDMARK]: state at month 6 under the EXPLORER definition, kept only without a new A or B
     * (art-rel-2) through month 12.
     */
    public static Endpoint explorerLandmark(List<PlannedVisit> grid) {
        CourseOptions o = CourseOptions.through(visit(grid, 12))
                .withAggregation(Aggregation.LANDMARK_MAINTAINED, OptionalInt.of(6));
        return response("explorer-2010", "art-rel-2", o);
    }

    /** SCR 2018: best complete / partial clinical remission through month 60, first relapse after it. */
    public static Endpoint scr2018(List<PlannedVisit> grid) {
        return remission(DEFAULT_REMISSION, DEFAULT_REMISSION_RELAPSE, CourseOptions.through(visit(grid, 60)));
    }

    /** The shipped rule set {@code id} of {@code family}. */
    public static RuleSet load(Family family, String id) {
        return RuleSets.load(family, id);
    }

    private static PlannedVisit visit(List<PlannedVisit> grid, int number) {
        return grid.stream()
                .filter(v -> v.visitNumber() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the visit grid has no visit " + number));
    }
}
