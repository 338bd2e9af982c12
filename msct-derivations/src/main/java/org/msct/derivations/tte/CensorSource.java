package org.msct.derivations.tte;

import java.util.List;

/**
 * Where a censoring date comes from (admiral {@code censor_source}).
 *
 * @param dataset source dataset name (SRCDOM)
 * @param where row filter
 * @param dateVar date variable (SRCVAR)
 * @param censor CNSR value, ≥ 1
 * @param evntdesc EVNTDESC of the censoring
 * @param cnsdtdsc CNSDTDSC (what the censoring date is)
 */
public record CensorSource(
        String dataset, List<Where> where, String dateVar, int censor, String evntdesc, String cnsdtdsc) {
    public CensorSource {
        where = List.copyOf(where);
        if (censor < 1) throw new IllegalArgumentException("censor value must be >= 1 (0 means event): " + censor);
    }
}
