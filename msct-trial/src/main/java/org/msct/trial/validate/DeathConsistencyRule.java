package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Disposition;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;

/**
 * VAL-DM-002: DM.DTHFL, DM.DTHDTC and the DS record with DSDECOD = DEATH must agree: DTHDTC set requires DTHFL = Y
 * (DM row, DTHFL); DTHFL = Y requires a DS DEATH record (DM row, DTHFL); a DS DEATH record requires DTHFL = Y (DS
 * row, DSDECOD); and its DSSTDTC must not differ from DTHDTC on the components both know (DS row, DSSTDTC).
 */
final class DeathConsistencyRule extends BaseRule {
    DeathConsistencyRule() {
        super(
                "VAL-DM-002",
                Severity.ERROR,
                "death inconsistent between DTHFL, DTHDTC and DS DEATH",
                "SDTMIG 3.4 DM (DTHFL, DTHDTC) and DS (DSDECOD DEATH, C66727)");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TrialData d = ctx.data();
        List<Finding> out = new ArrayList<>();
        String dm = ctx.file("dm");
        String ds = ctx.file("ds");
        for (Subject s : d.subjects()) {
            Disposition death = null;
            for (Disposition x : d.dispositions(s.usubjid())) {
                if (Disposition.DEATH.equals(x.decod())) {
                    death = x;
                    break;
                }
            }
            if (s.dthdtc() != null && !s.died()) {
                out.add(finding(
                        dm,
                        s.row(),
                        "DTHFL",
                        s.dthfl() == null ? null : "N",
                        "DTHDTC is " + s.dthdtc() + " but DTHFL is not Y"));
            }
            if (s.died() && death == null) {
                out.add(finding(dm, s.row(), "DTHFL", "Y", "DTHFL is Y but DS has no record with DSDECOD = DEATH"));
            }
            if (death != null && !s.died()) {
                out.add(finding(ds, death.row(), "DSDECOD", death.decod(), "DS records a death but DM.DTHFL is not Y"));
            }
            if (death != null && death.stdtc() != null && s.dthdtc() != null) {
                OptionalInt c = death.stdtc().compareKnown(s.dthdtc());
                if (c.isPresent() && c.getAsInt() != 0) {
                    out.add(finding(
                            ds,
                            death.row(),
                            "DSSTDTC",
                            death.stdtc(),
                            "death date differs from DM.DTHDTC " + s.dthdtc()));
                }
            }
        }
        return out;
    }
}
