package org.msct.derivations.bds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;

/** A complete BDS dataset (e.g. ADLB for labs, ADQS for instrument scores) from observations. */
public final class Bds {
    private Bds() {}

    /**
     * Runs, in order: {@link BdsRecords#deriveRecords}, {@link VisitWindows#deriveAnalysisVisit}, {@link
     * Baseline#deriveBaselineFlag}, {@link Baseline#deriveBase}, {@link ChangeFromBaseline#deriveChange}, {@link
     * AnalysisFlags#deriveAnl01fl}, {@link #deriveAseq}.
     *
     * @param name dataset name, e.g. {@code ADLB}
     * @param label dataset label
     * @param subjects every subject of the observations
     * @param observations labs and / or instrument results (BILAG numeric scores: add {@code BilagScores.computeScores}
     *     output first)
     * @param visits planned post-baseline visits
     * @param catalog parameter definitions
     * @param options baseline, window and tie switches
     */
    public static Dataset deriveBds(
            String name,
            String label,
            List<SubjectRecord> subjects,
            List<Observation> observations,
            List<PlannedVisit> visits,
            ParameterCatalog catalog,
            BdsOptions options) {
        Dataset ds = BdsRecords.deriveRecords(name, label, subjects, observations, catalog);
        ds = VisitWindows.deriveAnalysisVisit(ds, visits, options.outOfWindow());
        ds = Baseline.deriveBaselineFlag(ds, options.baselineTiming(), options.baselineWindowDays());
        ds = Baseline.deriveBase(ds);
        ds = ChangeFromBaseline.deriveChange(ds);
        ds = AnalysisFlags.deriveAnl01fl(ds, visits, options.tieRule());
        return deriveAseq(ds);
    }

    /** ASEQ = 1, 2, … within each USUBJID in dataset order. */
    public static Dataset deriveAseq(Dataset dataset) {
        List<Row> rows = new ArrayList<>(dataset.rows());
        for (Map.Entry<List<@Nullable Object>, List<Integer>> e :
                dataset.groupBy("USUBJID").entrySet()) {
            int seq = 1;
            for (int i : e.getValue()) rows.set(i, rows.get(i).with("ASEQ", seq++));
        }
        return dataset.withRows(rows);
    }
}
