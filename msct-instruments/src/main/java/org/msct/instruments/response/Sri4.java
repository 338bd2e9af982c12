package org.msct.instruments.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.units.Comparison;
import org.msct.instruments.units.Threshold;

/**
 * SLE Responder Index (Furie RA et al., Arthritis Rheum 2009;61:1143-51; instruments.md §6.1), rules in
 * {@code instruments/sri-4.v1.json}. Responder at the follow-up (current) visit versus baseline if all of:
 * <ol>
 *   <li>{@code SLEDAI_REDUCTION}: baseline − follow-up SLEDAI ≥ 4 (SRI-5…8: option);
 *   <li>{@code NO_NEW_BILAG_A}: no system A at follow-up that was not A at baseline;
 *   <li>{@code AT_MOST_ONE_NEW_BILAG_B}: ≤ 1 system B at follow-up that was C/D/E at baseline (A→B is not new);
 *   <li>{@code PGA_NO_WORSENING}: follow-up − baseline PGA &lt; 0.3 (option: ≤ 0.30), computed exactly on the decimals;
 *   <li>{@code NO_TREATMENT_FAILURE}: the trial rule, when the flag is given (option).
 * </ol>
 * Needs both visits' SLEDAI total, all nine BILAG grades and PGA; otherwise INCOMPLETE with the missing inputs
 * named. A baseline SLEDAI below the required fall makes a response impossible (warning).
 */
public final class Sri4 {
    private Sri4() {}

    /** {@link #evaluate(VisitSummary, VisitSummary, Sri4Options)} with {@link Sri4Options#DEFAULT}. */
    public static ResponseResult evaluate(VisitSummary baseline, VisitSummary current) {
        return evaluate(baseline, current, Sri4Options.DEFAULT);
    }

    public static ResponseResult evaluate(VisitSummary baseline, VisitSummary current, Sri4Options options) {
        Sri4Definition d = Sri4Definition.standard();
        List<CriterionResult> criteria = new ArrayList<>(5);
        List<String> missing = new ArrayList<>(0);
        List<String> warnings = new ArrayList<>(1);
        Integer b = baseline.sledai2k();
        Integer f = current.sledai2k();
        if (b == null) missing.add("baseline.sledai2k");
        if (f == null) missing.add("current.sledai2k");
        int min = options.minSledaiReduction();
        if (b != null && f != null) {
            int b0 = b;
            int f0 = f;
            Threshold red = d.sledaiReduction().op() == Comparison.GE
                            && min == (int) d.sledaiReduction().value()
                    ? d.sledaiReduction()
                    : new Threshold(d.sledaiReduction().op(), min);
            criteria.add(CriterionResult.of(
                    "SLEDAI_REDUCTION",
                    red.test(b0 - f0),
                    () -> "baseline − follow-up SLEDAI " + red,
                    () -> b0 + " → " + f0 + " (fall " + (b0 - f0) + ")"));
            if (!red.test(b0)) {
                warnings.add("baseline SLEDAI " + b0 + " is below the required fall of " + min
                        + ": a response is impossible");
            }
        }
        Map<BilagSystem, BilagGrade> rb = baseline.bilag();
        Map<BilagSystem, BilagGrade> rf = current.bilag();
        BilagChange.requireAll(rb, "baseline", missing);
        BilagChange.requireAll(rf, "current", missing);
        if (rb != null && rf != null && BilagChange.complete(rb, rf)) {
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
        Double pb = baseline.pga();
        Double pf = current.pga();
        if (pb == null) missing.add("baseline.pga");
        if (pf == null) missing.add("current.pga");
        if (pb != null && pf != null) {
            Comparison op = options.pgaIncreaseBoundary();
            Threshold t = op == d.pgaIncrease().op()
                    ? d.pgaIncrease()
                    : d.pgaIncrease().withOp(op);
            double increase = Decimals.difference(pf, pb);
            double p0 = pb;
            double p1 = pf;
            criteria.add(CriterionResult.of(
                    "PGA_NO_WORSENING",
                    t.test(increase),
                    () -> "follow-up − baseline PGA " + t,
                    () -> Criteria.change(p0, p1, increase)));
        }
        criteria.add(
                Criteria.noTreatmentFailure(current.treatmentFailure(), options.treatmentFailure(), missing, warnings));
        return ResponseResult.of(min == 4 ? "SRI-4" : "SRI-" + min, VERSION, criteria, missing, warnings);
    }

    private static final String VERSION = "sri-4 v" + Sri4Definition.standard().version();
}
