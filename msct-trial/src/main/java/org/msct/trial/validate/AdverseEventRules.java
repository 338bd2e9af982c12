package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.AdverseEvent;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;

/** Rules on AE records. */
final class AdverseEventRules {
    private AdverseEventRules() {}

    /** VAL-AE-001: AEENDTC must not be surely before AESTDTC. */
    static final class EndBeforeStart extends BaseRule {
        EndBeforeStart() {
            super("VAL-AE-001", Severity.ERROR, "AE end before its start", "SDTMIG 3.4 AE (AESTDTC, AEENDTC)");
        }

        @Override
        public List<Finding> check(ValidationContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (AdverseEvent a : ctx.data().adverseEvents()) {
                if (a.stdtc() != null && a.endtc() != null && a.endtc().isSurelyBefore(a.stdtc())) {
                    out.add(finding(
                            ctx.file("ae"),
                            a.row(),
                            "AEENDTC",
                            a.endtc(),
                            "AE ends before it starts (AESTDTC " + a.stdtc() + ")"));
                }
            }
            return out;
        }
    }

    /** VAL-AE-002: an AE of CTCAE grade 5 (death) requires the subject's death (DTHFL = Y or DS DEATH). */
    static final class Grade5WithoutDeath extends BaseRule {
        Grade5WithoutDeath() {
            super(
                    "VAL-AE-002",
                    Severity.ERROR,
                    "AE grade 5 without the subject's death",
                    "CTCAE v5.0 (grade 5 = death related to AE); SDTMIG 3.4 DM DTHFL");
        }

        @Override
        public List<Finding> check(ValidationContext ctx) {
            TrialData d = ctx.data();
            List<Finding> out = new ArrayList<>();
            for (Subject s : d.subjects()) {
                List<AdverseEvent> aes = d.adverseEvents(s.usubjid());
                if (aes.isEmpty()) continue;
                boolean dead = d.death(s.usubjid()).isPresent();
                for (AdverseEvent a : aes) {
                    if (!dead && a.toxgr() != null && a.toxgr() == 5) {
                        out.add(finding(
                                ctx.file("ae"),
                                a.row(),
                                "AETOXGR",
                                "5",
                                "grade 5 (death) but the subject did not die (no DTHFL = Y, no DS DEATH)"));
                    }
                }
            }
            return out;
        }
    }
}
