package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.PlannedVisit;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;
import org.msct.trial.model.Visit;

/**
 * VAL-SV-001 (WARNING): an occurred planned visit whose SVSTDTC falls outside its window in study.json
 * ({@link PlannedVisit#inWindow}), study days counted from RFSTDTC. A visit outside its window is a protocol
 * deviation to report, not wrong data: the bundle still loads. Skipped when SVOCCUR = N, when the VISITNUM has no
 * planned visit (unplanned visits) or when SVSTDTC or RFSTDTC is partial.
 */
final class VisitWindowRule extends BaseRule {
    VisitWindowRule() {
        super(
                "VAL-SV-001",
                Severity.WARNING,
                "visit outside its planned window (study.json plannedVisits)",
                "docs/bundle-format.md study.json; SDTMIG 3.4 TV/SV (VISITDY, windows)");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TrialData d = ctx.data();
        Map<Double, PlannedVisit> planned = new HashMap<>();
        for (PlannedVisit p : d.study().plannedVisits()) planned.put(p.visitnum(), p);
        List<Finding> out = new ArrayList<>();
        if (planned.isEmpty()) return out;
        for (Subject s : d.subjects()) {
            if (s.rfstdtc() == null) continue;
            for (Visit v : d.visits(s.usubjid())) {
                if (Boolean.FALSE.equals(v.svoccur()) || v.svstdtc() == null) continue;
                PlannedVisit p = planned.get(v.visitnum());
                if (p == null) continue;
                Integer day = ValidationContext.studyDay(v.svstdtc(), s.rfstdtc());
                if (day == null || p.inWindow(day)) continue;
                out.add(finding(
                        ctx.file("sv"),
                        v.row(),
                        "SVSTDTC",
                        v.svstdtc(),
                        "study day " + day + " is outside the window of " + p.visit() + " (day " + p.day() + ", -"
                                + p.windowBefore() + "/+" + p.windowAfter() + ")"));
            }
        }
        return out;
    }
}
