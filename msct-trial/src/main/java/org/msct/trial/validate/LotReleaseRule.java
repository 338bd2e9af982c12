package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Infusion;
import org.msct.trial.product.MscLot;
import org.msct.trial.product.ReleaseCheck;
import org.msct.trial.product.ReleaseCriteria;
import org.msct.trial.product.ReleaseOptions;
import org.msct.trial.product.ReleaseResult;

/**
 * VAL-EX-002: every infused lot (EX.EXLOT, a lot of study.json) must be released: {@code released} true, meeting the
 * ISCT release criteria ({@link ReleaseCheck} with {@link ValidationOptions#release()}, default ISCT 2006 and
 * viability ≥ 70 %), and the infusion (EXSTDTC) not before the lot's release date. Reported on each EX row using the
 * lot, variable EXLOT.
 */
final class LotReleaseRule extends BaseRule {
    LotReleaseRule() {
        super(
                "VAL-EX-002",
                Severity.ERROR,
                "infused lot not released or failing the ISCT release criteria",
                "Dominici 2006 (ISCT minimal criteria); ReleaseCriteria isct-msc-2006");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        ReleaseOptions opts = ctx.options().release();
        ReleaseCriteria criteria = ReleaseCriteria.load(opts.criteriaId());
        Map<String, String> problem = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        String file = ctx.file("ex");
        for (Infusion x : ctx.data().infusions()) {
            if (x.lot() == null) continue;
            MscLot lot = ctx.data().lot(x.lot()).orElse(null);
            if (lot == null) continue; // BUNDLE-LOT-UNKNOWN
            String why = problem.computeIfAbsent(lot.lotId(), k -> problem(lot, criteria, opts));
            if (why.isEmpty()
                    && lot.releaseDate() != null
                    && x.stdtc() != null
                    && x.stdtc().date().isPresent()
                    && x.stdtc().date().get().isBefore(lot.releaseDate())) {
                why = "infused on " + x.stdtc() + ", before the lot's release date " + lot.releaseDate();
            }
            if (!why.isEmpty()) out.add(finding(file, x.row(), "EXLOT", x.lot(), why));
        }
        return out;
    }

    private static String problem(MscLot lot, ReleaseCriteria criteria, ReleaseOptions opts) {
        if (!Boolean.TRUE.equals(lot.released())) return "lot is not released (study.json lots[].released)";
        ReleaseResult r = ReleaseCheck.check(lot, criteria, opts, null);
        if (r.releasable()) return "";
        List<String> reasons = new ArrayList<>();
        for (org.msct.trial.finding.Finding f : r.findings()) {
            if (f.severity() == org.msct.trial.finding.Severity.ERROR) {
                reasons.add(
                        (f.variable() == null ? "" : f.variable() + (f.value() == null ? "" : "=" + f.value()) + ": ")
                                + f.message());
            }
        }
        return "lot fails " + criteria.id() + " release: " + String.join("; ", reasons);
    }
}
