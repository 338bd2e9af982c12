package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Instrument;
import org.msct.trial.model.QsItem;
import org.msct.trial.model.QsTerms;

/**
 * VAL-QS-001: QSCAT must name an instrument msct knows and QSTESTCD an item of that instrument
 * ({@code trial/qs-items.v1.json}, the proposed QS codes of cdisc-terms.md §5).
 */
final class QsItemCodeRule extends BaseRule {
    private final Map<Instrument, Set<String>> codes = new EnumMap<>(Instrument.class);

    QsItemCodeRule(QsTerms terms) {
        super(
                "VAL-QS-001",
                Severity.ERROR,
                "unknown QS instrument (QSCAT) or item code (QSTESTCD)",
                "cdisc-terms.md §5 (proposed QS codes); trial/qs-items.v1.json");
        for (Instrument i : Instrument.values()) {
            Set<String> s = new HashSet<>();
            for (QsTerms.Term t : terms.items(i)) s.add(t.testcd());
            codes.put(i, s);
        }
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.file("qs");
        String lastCat = null;
        Instrument inst = null;
        for (QsItem q : ctx.data().qsItems()) {
            if (!q.cat().equals(lastCat)) {
                lastCat = q.cat();
                inst = Instrument.fromQscat(q.cat()).orElse(null);
            }
            if (inst == null) {
                out.add(finding(file, q.row(), "QSCAT", q.cat(), "not an instrument msct knows"));
            } else if (!codes.get(inst).contains(q.testcd())) {
                out.add(finding(file, q.row(), "QSTESTCD", q.testcd(), "not an item of " + q.cat()));
            }
        }
        return out;
    }
}
