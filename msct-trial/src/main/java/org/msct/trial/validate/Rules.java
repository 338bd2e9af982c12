package org.msct.trial.validate;

import java.util.List;
import org.msct.trial.model.QsTerms;

/** The shipped rule set, in documentation order. */
public final class Rules {
    private Rules() {}

    /** Every validation rule (ids VAL-DT-001 … VAL-AE-002). */
    public static List<Rule> standard() {
        LabCatalog labs = LabCatalog.standard();
        return List.of(
                new DeathConsistencyRule(),
                new ConsentDateRule(),
                new VisitWindowRule(),
                new VisitOrderRule(),
                new LabTestCodeRule(labs),
                new LabUnitRule(labs),
                new LabStandardResultRule(labs),
                new QsItemCodeRule(QsTerms.standard()),
                new SledaiTotalRule(),
                new InfusionDoseRule(),
                new LotReleaseRule(),
                new InfusionTimingRules.BeforeEnrolment(),
                new InfusionTimingRules.AfterDeath(),
                new InfusionTimingRules.NoInfusion(),
                new AdverseEventRules.EndBeforeStart(),
                new AdverseEventRules.Grade5WithoutDeath());
    }
}
