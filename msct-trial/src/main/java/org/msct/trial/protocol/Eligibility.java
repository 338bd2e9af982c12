package org.msct.trial.protocol;

import java.util.List;

/**
 * The eligibility block of a protocol.
 *
 * @param definition id of the eligibility definition in shared/spec/endpoint-rules.md (e.g. {@code LIANG-ELIG-1}),
 *     or a new id of the same form
 * @param criteria inclusion and exclusion criteria in protocol order
 */
public record Eligibility(String definition, List<Criterion> criteria) {
    public Eligibility {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
