package org.msct.derivations.bds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.bds.BdsOptions.TieRule;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.PlannedVisit;

/** ANL01FL: the one record per subject, parameter and analysis visit that enters by-visit analyses. */
public final class AnalysisFlags {
    private AnalysisFlags() {}

    /**
     * Sets ANL01FL {@code Y} on every baseline record and, per USUBJID, PARAMCD and AVISITN &gt; 0, on the record
     * with a result whose ADY is closest to the visit's target day; at equal distance the earlier record (dataset
     * order on the same day) or, with {@link TieRule#LATER}, the later one. Unscheduled records and records without
     * a result are never flagged.
     */
    public static Dataset deriveAnl01fl(Dataset dataset, List<PlannedVisit> visits, TieRule tie) {
        List<Row> rows = new ArrayList<>(dataset.rows());
        for (Map.Entry<List<@Nullable Object>, List<Integer>> e :
                dataset.groupBy("USUBJID", "PARAMCD", "AVISITN").entrySet()) {
            Integer avisitn = (Integer) e.getKey().get(2);
            if (avisitn == null) continue;
            if (avisitn == 0) {
                for (int i : e.getValue())
                    if (rows.get(i).is("ABLFL", "Y")) rows.set(i, rows.get(i).with("ANL01FL", "Y"));
                continue;
            }
            int target = visits.stream()
                    .filter(v -> v.visitNumber() == avisitn)
                    .findFirst()
                    .orElseThrow()
                    .targetDay();
            int chosen = -1;
            for (int i : e.getValue()) {
                Row r = rows.get(i);
                if (!Baseline.hasResult(r)) continue;
                if (chosen < 0) {
                    chosen = i;
                    continue;
                }
                int d = Math.abs(r.integer("ADY") - target);
                int bd = Math.abs(rows.get(chosen).integer("ADY") - target);
                if (d < bd || (d == bd && tie == TieRule.LATER)) chosen = i;
            }
            if (chosen >= 0) rows.set(chosen, rows.get(chosen).with("ANL01FL", "Y"));
        }
        return dataset.withRows(rows);
    }
}
