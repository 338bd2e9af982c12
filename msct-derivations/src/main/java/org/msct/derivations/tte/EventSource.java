package org.msct.derivations.tte;

import java.util.List;

/**
 * Where an event comes from (admiral {@code event_source}): the rows of {@code dataset} that pass {@code where}, dated
 * by {@code dateVar}.
 *
 * @param dataset source dataset name (becomes SRCDOM), e.g. {@code ADRS}
 * @param where row filter
 * @param dateVar date variable (becomes SRCVAR), e.g. {@code ADT}
 * @param evntdesc EVNTDESC of the event
 */
public record EventSource(String dataset, List<Where> where, String dateVar, String evntdesc) {
    public EventSource {
        where = List.copyOf(where);
    }
}
