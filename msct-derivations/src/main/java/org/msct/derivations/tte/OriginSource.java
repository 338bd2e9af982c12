package org.msct.derivations.tte;

import java.util.List;

/**
 * The time origin (STARTDT) of a parameter: the earliest {@code dateVar} among the rows of {@code dataset} passing
 * {@code where}. Subjects without an origin have no record for the parameter (e.g. non-responders for "time to
 * relapse after response").
 *
 * @param dataset source dataset name
 * @param where row filter
 * @param dateVar date variable
 */
public record OriginSource(String dataset, List<Where> where, String dateVar) {
    public OriginSource {
        where = List.copyOf(where);
    }
}
