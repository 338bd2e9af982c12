package org.msct.trial.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.msct.trial.protocol.OptionSettings;

/**
 * The screening of one subject for one protocol.
 *
 * @param subjectId the subject
 * @param protocolId the protocol
 * @param protocolVersion its version
 * @param options the option settings used
 * @param on the screening date (ages are computed on it)
 * @param decision ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE
 * @param criteria every criterion that applies under {@code options}, in protocol order
 */
public record ScreeningResult(
        String subjectId,
        String protocolId,
        String protocolVersion,
        OptionSettings options,
        LocalDate on,
        Decision decision,
        List<CriterionResult> criteria) {
    public ScreeningResult {
        criteria = List.copyOf(criteria);
    }

    public long count(Status s) {
        return criteria.stream().filter(c -> c.status() == s).count();
    }
}
