package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.LabResult;

/**
 * VAL-LB-002: the units of a known test must convert to its standard unit: LBORRESU must be one of the units the
 * catalogue accepts for the test (convertible with the msct-instruments unit library or a stated factor), and
 * LBSTRESU must be the standard unit. Empty units, tests without a standard unit (ordinal, unitless) and unknown tests
 * (VAL-LB-001) are not checked.
 */
final class LabUnitRule extends BaseRule {
    private final LabCatalog catalog;

    LabUnitRule(LabCatalog catalog) {
        super(
                "VAL-LB-002",
                Severity.ERROR,
                "LB unit not convertible to the test's standard unit",
                "cdisc-terms.md §4.1–4.2; msct-instruments units.v1.json");
        this.catalog = catalog;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.file("lb");
        for (LabResult l : ctx.data().labs()) {
            var t = catalog.test(l.testcd()).orElse(null);
            if (t == null || t.standardUnit() == null) continue;
            String or = l.orresu();
            if (or != null && !or.isEmpty() && !t.accepts(or)) {
                out.add(finding(
                        file,
                        l.row(),
                        "LBORRESU",
                        or,
                        "unit does not convert to " + t.standardUnit() + " for " + l.testcd() + "; accepted: "
                                + String.join(
                                        ", ",
                                        t.units().keySet().stream().sorted().toList())));
            }
            String st = l.stresu();
            if (st != null && !st.isEmpty() && !t.acceptsStandard(st, or)) {
                out.add(finding(
                        file, l.row(), "LBSTRESU", st, "standard unit of " + l.testcd() + " is " + t.standardUnit()));
            }
        }
        return out;
    }
}
