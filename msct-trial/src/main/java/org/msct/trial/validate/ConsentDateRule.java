package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.AdverseEvent;
import org.msct.trial.model.Infusion;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.LabResult;
import org.msct.trial.model.QsItem;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;
import org.msct.trial.model.Visit;

/**
 * VAL-DT-001: no study data before informed consent. SVSTDTC, LBDTC, QSDTC, EXSTDTC and AESTDTC must not be surely
 * before DM.RFICDTC (partial dates are compared on their known components only; undecidable is not reported).
 * Subjects without RFICDTC are skipped.
 */
final class ConsentDateRule extends BaseRule {
    ConsentDateRule() {
        super(
                "VAL-DT-001",
                Severity.ERROR,
                "visit, lab, QS, infusion or AE date before informed consent (RFICDTC)",
                "ICH E6(R3) 2.8 (consent before any trial procedure); SDTMIG 3.4 DM RFICDTC");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TrialData d = ctx.data();
        List<Finding> out = new ArrayList<>();
        for (Subject s : d.subjects()) {
            IsoDate ic = s.rficdtc();
            if (ic == null) continue;
            String id = s.usubjid();
            for (Visit v : d.visits(id)) add(out, ctx.file("sv"), v.row(), "SVSTDTC", v.svstdtc(), ic);
            // rows of one visit share one date instance: a date found not before consent is not compared again
            IsoDate fine = null;
            for (LabResult l : d.labs(id)) {
                IsoDate dtc = l.dtc();
                if (dtc == fine) continue;
                if (add(out, ctx.file("lb"), l.row(), "LBDTC", dtc, ic)) fine = dtc;
            }
            fine = null;
            for (QsItem q : d.qsItems(id)) {
                IsoDate dtc = q.dtc();
                if (dtc == fine) continue;
                if (add(out, ctx.file("qs"), q.row(), "QSDTC", dtc, ic)) fine = dtc;
            }
            for (Infusion x : d.infusions(id)) add(out, ctx.file("ex"), x.row(), "EXSTDTC", x.stdtc(), ic);
            for (AdverseEvent a : d.adverseEvents(id)) add(out, ctx.file("ae"), a.row(), "AESTDTC", a.stdtc(), ic);
        }
        return out;
    }

    /** Reports {@code date} when surely before {@code consent}; true when it was compared and is not. */
    private boolean add(List<Finding> out, String file, int row, String var, @Nullable IsoDate date, IsoDate consent) {
        if (date == null) return false;
        if (date.isSurelyBefore(consent)) {
            out.add(finding(file, row, var, date, "date is before informed consent (RFICDTC " + consent + ")"));
            return false;
        }
        return true;
    }
}
