package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Infusion;
import org.msct.trial.product.DoseCalculation;
import org.msct.trial.product.InfusedDose;
import org.msct.trial.product.MscDosing;

/**
 * VAL-EX-001: the cells infused (SUPPEX EXTOTCEL) must be weight (SUPPEX EXWTKG, kg) × prescribed dose (EXDOSE in
 * EXDOSU, e.g. 1 × 10^6/kg) within {@link ValidationOptions#doseTolerancePercent} (default ±10 %), computed by
 * {@link MscDosing}. Reported on the EX row, variable EXTOTCEL. Infusions missing any of the four values are skipped;
 * inputs MscDosing rejects (unknown dose unit, weight outside 2–300 kg) are reported with its reason.
 */
final class InfusionDoseRule extends BaseRule {
    InfusionDoseRule() {
        super(
                "VAL-EX-001",
                Severity.ERROR,
                "infused cells differ from weight x cells/kg beyond the tolerance",
                "cdisc-terms.md §2 EX platform notes; clinical-definitions.md (dose per kg); MscDosing");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.file("ex");
        double tol = ctx.options().doseTolerancePercent();
        for (Infusion x : ctx.data().infusions()) {
            if (x.weightKg() == null || x.cellsGiven() == null || x.dose() == null || x.dosu() == null) continue;
            String given = LabStandardResultRule.num(x.cellsGiven());
            DoseCalculation c = MscDosing.cellsToRelease(x.weightKg(), "kg", x.dose(), x.dosu());
            if (c instanceof DoseCalculation.Rejected r) {
                String why = r.findings().isEmpty()
                        ? "rejected"
                        : r.findings().get(0).message();
                out.add(finding(file, x.row(), "EXTOTCEL", given, "cannot compute the prescribed cells: " + why));
                continue;
            }
            InfusedDose dose = MscDosing.checkInfused((DoseCalculation.Computed) c, x.cellsGiven(), tol);
            if (!dose.withinTolerance()) {
                String why = dose.findings().isEmpty()
                        ? "outside tolerance"
                        : dose.findings().get(0).message();
                out.add(finding(
                        file,
                        x.row(),
                        "EXTOTCEL",
                        given,
                        "weight " + LabStandardResultRule.num(x.weightKg()) + " kg x "
                                + LabStandardResultRule.num(x.dose()) + " " + x.dosu() + ": " + why));
            }
        }
        return out;
    }
}
