package org.msct.derivations.bds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.msct.derivations.bds.BdsOptions.OutOfWindow;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.PlannedVisit;

/** Analysis visits by planned windows (AVISIT, AVISITN) for post-baseline records. */
public final class VisitWindows {
    /** AVISIT of a post-baseline record outside every window. */
    public static final String UNSCHEDULED = "Unscheduled";

    private VisitWindows() {}

    /**
     * The planned visit whose window contains {@code studyDay}. When windows overlap, the visit with the nearest
     * target day; at equal distance, the lower visit number. Empty when no window contains the day.
     */
    public static Optional<PlannedVisit> computeVisit(int studyDay, List<PlannedVisit> visits) {
        PlannedVisit best = null;
        for (PlannedVisit v : visits) {
            if (!v.contains(studyDay)) continue;
            if (best == null) {
                best = v;
                continue;
            }
            int d = Math.abs(studyDay - v.targetDay());
            int bd = Math.abs(studyDay - best.targetDay());
            if (d < bd || (d == bd && v.visitNumber() < best.visitNumber())) best = v;
        }
        return Optional.ofNullable(best);
    }

    /**
     * Sets AVISIT and AVISITN on every record with ADY &gt; 0 by {@link #computeVisit}. A record outside every
     * window gets AVISIT {@code Unscheduled} without AVISITN, or is removed ({@link OutOfWindow#EXCLUDE}). Records on
     * or before day 0 are left for the baseline derivation.
     */
    public static Dataset deriveAnalysisVisit(Dataset dataset, List<PlannedVisit> visits, OutOfWindow outOfWindow) {
        List<Row> out = new ArrayList<>(dataset.rows().size());
        for (Row r : dataset.rows()) {
            Integer ady = r.integer("ADY");
            if (ady == null || ady <= 0) {
                out.add(r);
                continue;
            }
            Optional<PlannedVisit> v = computeVisit(ady, visits);
            if (v.isPresent())
                out.add(r.withAll("AVISIT", v.get().name(), "AVISITN", v.get().visitNumber()));
            else if (outOfWindow == OutOfWindow.UNSCHEDULED) out.add(r.withAll("AVISIT", UNSCHEDULED, "AVISITN", null));
        }
        return dataset.withRows(out);
    }
}
