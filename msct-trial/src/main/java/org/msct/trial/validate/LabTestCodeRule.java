package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.LabResult;

/** VAL-LB-001: LBTESTCD must be a test of the lupus lab panel ({@link LabCatalog}, cdisc-terms.md §4.1). */
final class LabTestCodeRule extends BaseRule {
    private final LabCatalog catalog;

    LabTestCodeRule(LabCatalog catalog) {
        super(
                "VAL-LB-001",
                Severity.ERROR,
                "unknown LB test code (not in the lupus lab list)",
                "cdisc-terms.md §4.1 (" + catalog.version() + ")");
        this.catalog = catalog;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.file("lb");
        for (LabResult l : ctx.data().labs()) {
            if (!catalog.contains(l.testcd())) {
                out.add(finding(
                        file,
                        l.row(),
                        "LBTESTCD",
                        l.testcd(),
                        "not a test of the lupus lab panel (cdisc-terms.md §4.1)"));
            }
        }
        return out;
    }
}
