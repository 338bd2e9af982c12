package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;
import org.msct.trial.model.Visit;

/**
 * VAL-SV-002: planned visits (integer VISITNUM) that occurred must be in date order: a visit whose SVSTDTC is surely
 * before that of an earlier-numbered occurred planned visit is reported at its row. Unplanned visits (fractional
 * VISITNUM) and visits without SVSTDTC are not compared.
 */
final class VisitOrderRule extends BaseRule {
    VisitOrderRule() {
        super(
                "VAL-SV-002",
                Severity.ERROR,
                "planned visits out of date order (SVSTDTC decreasing with VISITNUM)",
                "SDTMIG 3.4 SV (VISITNUM orders the visits chronologically)");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TrialData d = ctx.data();
        List<Finding> out = new ArrayList<>();
        for (Subject s : d.subjects()) {
            List<Visit> vs = new ArrayList<>();
            for (Visit v : d.visits(s.usubjid())) {
                if (v.svstdtc() != null
                        && !Boolean.FALSE.equals(v.svoccur())
                        && v.visitnum() == Math.rint(v.visitnum())) {
                    vs.add(v);
                }
            }
            vs.sort(Comparator.comparingDouble(Visit::visitnum));
            Visit latest = null;
            for (Visit v : vs) {
                if (latest != null && v.svstdtc().isSurelyBefore(latest.svstdtc())) {
                    out.add(finding(
                            ctx.file("sv"),
                            v.row(),
                            "SVSTDTC",
                            v.svstdtc(),
                            "VISITNUM " + fmt(v.visitnum()) + " is dated before VISITNUM " + fmt(latest.visitnum())
                                    + " (" + latest.svstdtc() + ", row " + latest.row() + ")"));
                } else if (latest == null || latest.svstdtc().isSurelyBefore(v.svstdtc())) {
                    latest = v;
                }
            }
        }
        return out;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
