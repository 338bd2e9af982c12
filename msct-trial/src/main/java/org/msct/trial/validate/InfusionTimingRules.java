package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Death;
import org.msct.trial.model.Infusion;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;

/** Rules on when infusions happen and whether they happened. */
final class InfusionTimingRules {
    private InfusionTimingRules() {}

    /**
     * VAL-EX-003: no infusion before enrolment, i.e. before DM.RFSTDTC (the reference start is the first MSC
     * infusion, so an earlier infusion contradicts DM). Undecidable partial dates are not reported.
     */
    static final class BeforeEnrolment extends BaseRule {
        BeforeEnrolment() {
            super(
                    "VAL-EX-003",
                    Severity.ERROR,
                    "infusion before enrolment (EXSTDTC before RFSTDTC)",
                    "SDTMIG 3.4 DM RFSTDTC; docs/bundle-format.md");
        }

        @Override
        public List<Finding> check(ValidationContext ctx) {
            TrialData d = ctx.data();
            List<Finding> out = new ArrayList<>();
            for (Subject s : d.subjects()) {
                IsoDate ref = s.rfstdtc();
                if (ref == null) continue;
                for (Infusion x : d.infusions(s.usubjid())) {
                    if (x.stdtc() != null && x.stdtc().isSurelyBefore(ref)) {
                        out.add(finding(
                                ctx.file("ex"),
                                x.row(),
                                "EXSTDTC",
                                x.stdtc(),
                                "infusion before enrolment (RFSTDTC " + ref + ")"));
                    }
                }
            }
            return out;
        }
    }

    /** VAL-EX-004: no infusion after the subject's death (DTHDTC, else the DS DEATH date). */
    static final class AfterDeath extends BaseRule {
        AfterDeath() {
            super("VAL-EX-004", Severity.ERROR, "infusion after death", "SDTMIG 3.4 DM DTHDTC, DS DEATH");
        }

        @Override
        public List<Finding> check(ValidationContext ctx) {
            TrialData d = ctx.data();
            List<Finding> out = new ArrayList<>();
            for (Subject s : d.subjects()) {
                Death death = d.death(s.usubjid()).orElse(null);
                if (death == null || death.date() == null) continue;
                for (Infusion x : d.infusions(s.usubjid())) {
                    if (x.stdtc() != null && death.date().isSurelyBefore(x.stdtc())) {
                        out.add(finding(
                                ctx.file("ex"),
                                x.row(),
                                "EXSTDTC",
                                x.stdtc(),
                                "infusion after death (" + death.date() + ")"));
                    }
                }
            }
            return out;
        }
    }

    /**
     * VAL-EX-005 (WARNING): a randomised subject (ARMNRS empty) without any infusion. Screen failures and subjects
     * not assigned (ARMNRS set) are not reported.
     */
    static final class NoInfusion extends BaseRule {
        NoInfusion() {
            super("VAL-EX-005", Severity.WARNING, "subject without any infusion", "SDTMIG 3.4 DM ARMNRS, EX");
        }

        @Override
        public List<Finding> check(ValidationContext ctx) {
            TrialData d = ctx.data();
            List<Finding> out = new ArrayList<>();
            for (Subject s : d.subjects()) {
                if (s.armnrs() == null && d.infusions(s.usubjid()).isEmpty()) {
                    out.add(finding(
                            ctx.file("dm"),
                            s.row(),
                            "USUBJID",
                            s.usubjid(),
                            "subject has no EX record (no MSC infusion) and ARMNRS is empty"));
                }
            }
            return out;
        }
    }
}
