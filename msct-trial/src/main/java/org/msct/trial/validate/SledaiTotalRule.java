package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Labs;
import org.msct.instruments.sledai.Sledai2k;
import org.msct.instruments.sledai.SledaiOptions;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Instrument;
import org.msct.trial.model.InstrumentAssessment;
import org.msct.trial.model.QsItem;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;

/**
 * VAL-QS-002: the SLEDAI-2K total (QSTESTCD {@code SLE2K125}, QSSTRESN) of each assessment must equal the score
 * msct-instruments computes from the items marked PRESENT ({@link Sledai2k#score}, default options). Assessments
 * without a total, or with a total not done, are skipped.
 */
final class SledaiTotalRule extends BaseRule {
    static final String TOTAL = "SLE2K125";

    SledaiTotalRule() {
        super(
                "VAL-QS-002",
                Severity.ERROR,
                "SLEDAI-2K total inconsistent with its items",
                "Gladman 2002 (SLEDAI-2K); msct-instruments Sledai2k; instruments.md");
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TrialData d = ctx.data();
        List<Finding> out = new ArrayList<>();
        String cat = Instrument.SLEDAI_2K.qscat();
        for (Subject s : d.subjects()) {
            // SLEDAI-2K items grouped by (VISITNUM, QSDTC), as TrialData.assessments groups them, other QSCATs skipped
            Map<List<Object>, List<QsItem>> groups = new LinkedHashMap<>();
            for (QsItem q : d.qsItems(s.usubjid())) {
                if (!cat.equals(q.cat())) continue;
                List<Object> key = List.of(q.visitnum() == null ? "" : q.visitnum(), q.dtc() == null ? "" : q.dtc());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            }
            for (List<QsItem> items : groups.values()) {
                QsItem first = items.get(0);
                InstrumentAssessment a =
                        new InstrumentAssessment(s.usubjid(), cat, first.visitnum(), first.dtc(), items);
                QsItem total = a.item(TOTAL).orElse(null);
                if (total == null || total.stresn() == null) continue;
                var in = a.sledaiInput().orElse(null);
                if (in == null) continue;
                int score = Sledai2k.score(
                                new Assessment(in, Labs.EMPTY, null, null, null, null, null, null, null),
                                SledaiOptions.DEFAULTS)
                        .score();
                if (total.stresn() != score) {
                    out.add(finding(
                            ctx.file("qs"),
                            total.row(),
                            "QSSTRESN",
                            LabStandardResultRule.num(total.stresn()),
                            "SLEDAI-2K total of the items marked PRESENT is " + score));
                }
            }
        }
        return out;
    }
}
