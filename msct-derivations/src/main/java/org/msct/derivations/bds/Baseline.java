package org.msct.derivations.bds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.bds.BdsOptions.BaselineTiming;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;

/** Baseline record flag (ABLFL) and baseline values (BASE, BASEC). */
public final class Baseline {
    /** AVISIT of the baseline record. */
    public static final String BASELINE = "Baseline";

    private Baseline() {}

    /**
     * Flags, per USUBJID and PARAMCD, the baseline record: among records with a result (AVAL or AVALC) whose ADY is
     * ≤ 0 ({@link BaselineTiming#ON_OR_BEFORE_DAY0}) or &lt; 0 ({@link BaselineTiming#BEFORE_DAY0}) and not more than
     * {@code windowDays} before day 0, the one with the largest ADY (last in dataset order on ties). It gets ABLFL
     * {@code Y}, AVISIT {@code Baseline}, AVISITN 0. A parameter without such a record has no baseline.
     */
    public static Dataset deriveBaselineFlag(Dataset dataset, BaselineTiming timing, OptionalInt windowDays) {
        List<Row> rows = new ArrayList<>(dataset.rows());
        for (List<Integer> group : dataset.groupBy("USUBJID", "PARAMCD").values()) {
            int chosen = -1;
            for (int i : group) {
                Row r = rows.get(i);
                Integer ady = r.integer("ADY");
                if (ady == null || !hasResult(r)) continue;
                if (timing == BaselineTiming.ON_OR_BEFORE_DAY0 ? ady > 0 : ady >= 0) continue;
                if (windowDays.isPresent() && ady < -windowDays.getAsInt()) continue;
                if (chosen < 0 || ady >= rows.get(chosen).integer("ADY")) chosen = i;
            }
            if (chosen >= 0) rows.set(chosen, rows.get(chosen).withAll("ABLFL", "Y", "AVISIT", BASELINE, "AVISITN", 0));
        }
        return dataset.withRows(rows);
    }

    /** Sets BASE and BASEC on every record of a USUBJID, PARAMCD from its ABLFL=Y record (missing without one). */
    public static Dataset deriveBase(Dataset dataset) {
        List<Row> rows = new ArrayList<>(dataset.rows());
        for (Map.Entry<List<@Nullable Object>, List<Integer>> e :
                dataset.groupBy("USUBJID", "PARAMCD").entrySet()) {
            Row base = null;
            for (int i : e.getValue()) if (rows.get(i).is("ABLFL", "Y")) base = rows.get(i);
            for (int i : e.getValue()) {
                rows.set(
                        i,
                        rows.get(i)
                                .withAll(
                                        "BASE",
                                        base == null ? null : base.dec("AVAL"),
                                        "BASEC",
                                        base == null ? null : base.str("AVALC")));
            }
        }
        return dataset.withRows(rows);
    }

    /** True when the record has AVAL or AVALC. */
    static boolean hasResult(Row r) {
        return r.get("AVAL") != null || r.get("AVALC") != null;
    }
}
