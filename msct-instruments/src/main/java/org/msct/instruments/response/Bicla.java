package org.msct.instruments.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.units.Threshold;

/**
 * BILAG-based Combined Lupus Assessment (Wallace DJ et al., Arthritis Rheum 2011;63(Suppl):S894; EMBLEM, Ann Rheum
 * Dis 2014;73:183-90; instruments.md §4.3), rules in {@code instruments/bicla.v1.json}. Responder if all of:
 * <ol>
 *   <li>{@code BILAG_IMPROVEMENT}: every system A at baseline is B/C/D at follow-up, every system B is C/D (an E after
 *       A/B is inconsistent input and counts as inactive, with a warning);
 *   <li>{@code NO_NEW_BILAG_A} and {@code AT_MOST_ONE_NEW_BILAG_B} (as SRI-4);
 *   <li>{@code SLEDAI_NO_WORSENING}: follow-up SLEDAI-2K ≤ baseline;
 *   <li>{@code PGA_WORSENING_AT_MOST_10_PERCENT}: increase ≤ 0.30 (default) or ≤ 10 % of baseline (option);
 *   <li>{@code NO_TREATMENT_FAILURE} when the flag is given (option).
 * </ol>
 * Needs both visits' nine BILAG grades, SLEDAI-2K totals and PGA; otherwise INCOMPLETE.
 */
public final class Bicla {
    private static final BilagSystem[] SYSTEMS = BilagSystem.values();

    private Bicla() {}

    /** {@link #evaluate(VisitSummary, VisitSummary, BiclaOptions)} with {@link BiclaOptions#DEFAULT}. */
    public static ResponseResult evaluate(VisitSummary baseline, VisitSummary current) {
        return evaluate(baseline, current, BiclaOptions.DEFAULT);
    }

    public static ResponseResult evaluate(VisitSummary baseline, VisitSummary current, BiclaOptions options) {
        BiclaDefinition d = BiclaDefinition.standard();
        List<CriterionResult> criteria = new ArrayList<>(6);
        List<String> missing = new ArrayList<>(0);
        List<String> warnings = new ArrayList<>(0);
        Map<BilagSystem, BilagGrade> rb = baseline.bilag();
        Map<BilagSystem, BilagGrade> rf = current.bilag();
        BilagChange.requireAll(rb, "baseline", missing);
        BilagChange.requireAll(rf, "current", missing);
        if (rb != null && rf != null && BilagChange.complete(rb, rf)) {
            criteria.add(improvement(d, rb, rf, warnings));
            List<BilagSystem> newA = BilagChange.newGrade(rb, rf, BilagGrade.A, d.newGrade().get(BilagGrade.A));
            List<BilagSystem> newB = BilagChange.newGrade(rb, rf, BilagGrade.B, d.newGrade().get(BilagGrade.B));
            criteria.add(CriterionResult.of("NO_NEW_BILAG_A", "number of new BILAG A " + d.newA(),
                    d.newA().test(newA.size()), "new A: " + BilagChange.describe(newA, rb, rf)));
            criteria.add(CriterionResult.of("AT_MOST_ONE_NEW_BILAG_B", "number of new BILAG B " + d.newB(),
                    d.newB().test(newB.size()), "new B: " + BilagChange.describe(newB, rb, rf)));
        }
        Integer sb = baseline.sledai2k();
        Integer sf = current.sledai2k();
        if (sb == null) missing.add("baseline.sledai2k");
        if (sf == null) missing.add("current.sledai2k");
        if (sb != null && sf != null) {
            criteria.add(CriterionResult.of("SLEDAI_NO_WORSENING", "follow-up − baseline SLEDAI-2K " + d.sledaiIncrease(),
                    d.sledaiIncrease().test(sf - sb), Criteria.change(sb, sf, sf - sb)));
        }
        Double pb = baseline.pga();
        Double pf = current.pga();
        if (pb == null) missing.add("baseline.pga");
        if (pf == null) missing.add("current.pga");
        if (pb != null && pf != null) criteria.add(pga(d, options, pb, pf));
        criteria.add(Criteria.noTreatmentFailure(current.treatmentFailure(), options.treatmentFailure(), missing, warnings));
        return ResponseResult.of("BICLA", "bicla v" + d.version(), criteria, missing, warnings);
    }

    private static CriterionResult improvement(
            BiclaDefinition d, Map<BilagSystem, BilagGrade> rb, Map<BilagSystem, BilagGrade> rf, List<String> warnings) {
        StringBuilder notImproved = new StringBuilder();
        int active = 0;
        for (BilagSystem s : SYSTEMS) {
            BilagGrade g0 = rb.get(s);
            Set<BilagGrade> ok = d.improvement().get(g0);
            if (ok == null) continue;
            active++;
            BilagGrade g1 = rf.get(s);
            if (g1 == BilagGrade.E) warnings.add(s + " graded " + g0 + " at baseline and E at follow-up (inconsistent: E = never affected); counted as inactive");
            if (!ok.contains(g1)) {
                if (notImproved.length() > 0) notImproved.append(", ");
                notImproved.append(s).append(' ').append(g0).append('→').append(g1);
            }
        }
        if (active == 0) warnings.add("no system graded A or B at baseline: the improvement criterion is vacuous");
        return CriterionResult.of("BILAG_IMPROVEMENT", "baseline A → " + d.improvement().get(BilagGrade.A)
                + ", baseline B → " + d.improvement().get(BilagGrade.B), notImproved.length() == 0,
                notImproved.length() == 0 ? "all " + active + " baseline A/B systems improved" : "not improved: " + notImproved);
    }

    private static CriterionResult pga(BiclaDefinition d, BiclaOptions options, double pb, double pf) {
        double increase = Decimals.difference(pf, pb);
        String observed = Criteria.change(pb, pf, increase);
        if (options.pgaWorsening() == BiclaOptions.PgaWorsening.ABSOLUTE) {
            Threshold t = d.pgaIncreaseAbsolute();
            return CriterionResult.of("PGA_WORSENING_AT_MOST_10_PERCENT", "follow-up − baseline PGA " + t, t.test(increase), observed);
        }
        Threshold rel = d.pgaIncreaseRelative();
        double limit = Decimals.product(rel.value(), pb);
        return CriterionResult.of("PGA_WORSENING_AT_MOST_10_PERCENT",
                "follow-up − baseline PGA " + rel.op().symbol() + " " + Criteria.num(rel.value()) + " × baseline PGA",
                rel.op().test(increase, limit), observed + "; limit " + Criteria.num(limit));
    }
}
