package org.msct.derivations.course;

import java.util.List;
import java.util.Optional;

/**
 * Baseline and post-baseline analysis visits of one subject.
 *
 * @param usubjid subject
 * @param baseline baseline values (ABLFL = Y records), empty when the subject has none
 * @param visits post-baseline visits in increasing visit number
 */
public record SubjectVisits(
        String usubjid, Optional<org.msct.derivations.rules.Snapshot> baseline, List<AnalysisVisit> visits) {
    public SubjectVisits {
        visits = List.copyOf(visits);
    }
}
