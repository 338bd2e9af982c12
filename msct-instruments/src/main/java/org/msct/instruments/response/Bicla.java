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
        List<String> warnings = new ArrayList<>(1);
        Map<BilagSystem, BilagGrade> rb = baseline.bilag();
        Map<BilagSystem, BilagGrade> rf = current.bilag();
        BilagChange.requireAll(rb, "baseline", missing);
        BilagChange.requireAll(rf, "current", missing);
        if (rb != null && rf != null && BilagChange.complete(rb, rf)) {
            criteria.add(improvement(d, rb, rf, warnings));
            Set<BilagGrade> fromA = d.newGrade().get(BilagGrade.A);
            Set<BilagGrade> fromB = d.newGrade().get(BilagGrade.B);
            criteria.add(CriterionResult.of(
                    "NO_NEW_BILAG_A",
                    d.newA().test(BilagChange.countNew(rb, rf, BilagGrade.A, fromA)),
                    () -> "number of new BILAG A " + d.newA(),
                    () -> "new A: " + BilagChange.describeNew(rb, rf, BilagGrade.A, fromA)));
            criteria.add(CriterionResult.of(
                    "AT_MOST_ONE_NEW_BILAG_B",
                    d.newB().test(BilagChange.countNew(rb, rf, BilagGrade.B, fromB)),
                    () -> "number of new BILAG B " + d.newB(),
                    () -> "new B: " + BilagChange.describeNew(rb, rf, BilagGrade.B, fromB)));
        }
        Integer sb = baseline.sledai2k();
        Integer sf = current.sledai2k();
        if (sb == null) missing.add("baseline.sledai2k");
        if (sf == null) missing.add("current.sledai2k");
        if (sb != null && sf != null) {
            int s0 = sb;
            int s1 = sf;
            criteria.add(CriterionResult.of(
                    "SLEDAI_NO_WORSENING",
                    d.sledaiIncrease().test(s1 - s0),
                    () -> "follow-up − baseline SLEDAI-2K " + d.sledaiIncrease(),
                    () -> Criteria.change(s0, s1, s1 - s0)));
        }
        Double pb = baseline.pga();
        Double pf = current.pga();
        if (pb == null) missing.add("baseline.pga");
        if (pf == null) missing.add("current.pga");
        if (pb != null && pf != null) criteria.add(pga(d, options, pb, pf));
        criteria.add(
                Criteria.noTreatmentFailure(current.treatmentFailure(), options.treatmentFailure(), missing, warnings));
        return ResponseResult.of("BICLA", VERSION, criteria, missing, warnings);
    }

    private static final String VERSION = "bicla v" + BiclaDefinition.standard().version();

    private static CriterionResult improvement(
            BiclaDefinition d,
            Map<BilagSystem, BilagGrade> rb,
            Map<BilagSystem, BilagGrade> rf,
            List<String> warnings) {
        int active = 0;
        int failed = 0;
        for (BilagSystem s : SYSTEMS) {
            BilagGrade g0 = rb.get(s);
            Set<BilagGrade> ok = d.improvement().get(g0);
            if (ok == null) continue;
            active++;
            BilagGrade g1 = rf.get(s);
            if (g1 == BilagGrade.E) {
                warnings.add(s + " graded " + g0 + " at baseline and E at follow-up (inconsistent: E = never affected);"
                        + " counted as inactive");
            }
            if (!ok.contains(g1)) failed++;
        }
        if (active == 0) warnings.add("no system graded A or B at baseline: the improvement criterion is vacuous");
        int n = active;
        return CriterionResult.of(
                "BILAG_IMPROVEMENT",
                failed == 0,
                () -> "baseline A → " + d.improvement().get(BilagGrade.A) + ", baseline B → "
                        + d.improvement().get(BilagGrade.B),
                () -> notImproved(d, rb, rf, n));
    }

    private static String notImproved(
            BiclaDefinition d, Map<BilagSystem, BilagGrade> rb, Map<BilagSystem, BilagGrade> rf, int active) {
        StringBuilder sb = new StringBuilder();
        for (BilagSystem s : SYSTEMS) {
            Set<BilagGrade> ok = d.improvement().get(rb.get(s));
            if (ok == null || ok.contains(rf.get(s))) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(s).append(' ').append(rb.get(s)).append('→').append(rf.get(s));
        }
        return sb.length() == 0 ? "all " + active + " baseline A/B systems improved" : "not improved: " + sb;
    }

    private static CriterionResult pga(BiclaDefinition d, BiclaOptions options, double pb, double pf) {
        double increase = Decimals.difference(pf, pb);
        String id = "PGA_WORSENING_AT_MOST_10_PERCENT";
        if (options.pgaWorsening() == BiclaOptions.PgaWorsening.ABSOLUTE) {
            Threshold t = d.pgaIncreaseAbsolute();
            return CriterionResult.of(
                    id,
                    t.test(increase),
                    () -> "follow-up − baseline PGA " + t,
                    () -> Criteria.change(pb, pf, increase));
        }
        Threshold rel = d.pgaIncreaseRelative();
        double limit = Decimals.product(rel.value(), pb);
        return CriterionResult.of(
                id,
                rel.op().test(increase, limit),
                () -> "follow-up − baseline PGA " + rel.op().symbol() + " " + Criteria.num(rel.value())
                        + " × baseline PGA",
                () -> Criteria.change(pb, pf, increase) + "; limit " + Criteria.num(limit));
    }
}
