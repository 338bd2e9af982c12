package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;

/**
 * Renal grade by the written BILAG-2004 rules (instruments.md §4.2 system 8 with bilag2004-notes.md §4), ratios
 * compared exactly on decimal values. Open points follow {@link BilagOptions}. Missing data: an absent value makes
 * its rule not hold; a previous value that is missing while a previous assessment exists makes "not decreased" hold
 * (nothing shows a decrease) and "risen/fallen" fail; GFR &lt; 50 holds when the previous GFR was not measured.
 */
final class RenalGrader {
    static final String RULE_A = "at least 2 category-A criteria, one of them 1, 4 or 5";
    static final String RULE_B = "one category-A criterion, or a grade-B proteinuria or creatinine rule";
    static final String RULE_C = "a grade-C proteinuria or rising blood pressure rule";

    private final RenalValues cur;
    private final RenalValues prev;
    private final boolean hasPrev;
    private final RenalRules r;
    private final BilagOptions o;
    private final boolean assumeChange;

    private RenalGrader(RenalValues cur, @Nullable RenalValues prev, RenalRules r, BilagOptions o) {
        this.cur = cur;
        this.prev = prev == null ? RenalValues.NONE : prev;
        this.hasPrev = prev != null;
        this.r = r;
        this.o = o;
        this.assumeChange = o.firstVisit() == BilagOptions.FirstVisitRule.CHANGE_ASSUMED;
    }

    /** The renal grade, or {@code null} when no rule holds (D/E is decided from history by the caller). */
    static @Nullable SystemGrade grade(
            RenalValues cur, @Nullable RenalValues prev, BilagInput in, RenalRules r, BilagOptions o) {
        RenalGrader g = new RenalGrader(cur, prev, r, o);
        List<BilagTrigger> a = new ArrayList<>(4);
        List<BilagTrigger> b = new ArrayList<>(2);
        List<BilagTrigger> c = new ArrayList<>(2);
        g.criteriaA(in, a);
        g.rulesB(b);
        g.rulesC(c);
        return conclude(a, b, c, r);
    }

    /** Grade A if enough criteria (one primary), else B if any criterion or B rule, else C if any C rule. */
    static @Nullable SystemGrade conclude(
            List<BilagTrigger> a, List<BilagTrigger> b, List<BilagTrigger> c, RenalRules r) {
        int criteria = 0;
        boolean primary = false;
        for (BilagTrigger t : a) {
            int n = ((BilagTrigger.Renal) t).rule().criterion();
            primary |= r.isPrimary(n);
            criteria |= 1 << n;
        }
        if (Integer.bitCount(criteria) >= r.minCriteria() && primary) {
            return new SystemGrade(BilagSystem.RENAL, BilagGrade.A, RULE_A, a);
        }
        if (!a.isEmpty() || !b.isEmpty()) {
            List<BilagTrigger> all = new ArrayList<>(a);
            all.addAll(b);
            return new SystemGrade(BilagSystem.RENAL, BilagGrade.B, RULE_B, all);
        }
        return c.isEmpty() ? null : new SystemGrade(BilagSystem.RENAL, BilagGrade.C, RULE_C, c);
    }

    private void criteriaA(BilagInput in, List<BilagTrigger> a) {
        proteinuria(r.a1(), r.a1FallPercent(), RenalRule.A1_PROTEIN_24H, RenalRule.A1_UPCR, RenalRule.A1_UACR, a);
        if (dipstickRise(r.a1DipstickRise(), 0)) add(a, RenalRule.A1_DIPSTICK, cur.dipstick(), prev.dipstick(), null);
        flag(in, 80, RenalRule.A2_ACCELERATED_HYPERTENSION, a);
        if (creatinineRise(r.a3CreatinineAbove(), r.a3CreatinineRisenToPercent())) {
            add(a, RenalRule.A3_CREATININE, cur.creatinine(), prev.creatinine(), r.a3CreatinineAbove());
        }
        Double gfr = cur.gfr();
        if (gfr != null && r.a3GfrBelow().test(gfr) && gfrFell(gfr)) {
            add(a, RenalRule.A3_GFR_FALL, gfr, prev.gfr(), r.a3GfrBelow());
        }
        if (gfr != null
                && r.a3GfrCrossedBelow().test(gfr)
                && (prev.gfr() == null || r.a3GfrPreviousAbove().test(prev.gfr()))) {
            add(a, RenalRule.A3_GFR_BELOW_50, gfr, prev.gfr(), r.a3GfrCrossedBelow());
        }
        flag(in, 88, RenalRule.A4_ACTIVE_SEDIMENT, a);
        flag(in, 89, RenalRule.A5_ACTIVE_NEPHRITIS, a);
        flag(in, 85, RenalRule.A6_NEPHROTIC_SYNDROME, a);
    }

    private void rulesB(List<BilagTrigger> b) {
        RenalRules.Proteinuria t = o.renalBProteinuria() == BilagOptions.Bound.INCLUSIVE ? r.bInclusive() : r.bStrict();
        proteinuria(t, r.bFallPercent(), RenalRule.B_PROTEIN_24H, RenalRule.B_UPCR, RenalRule.B_UACR, b);
        if (dipstickRise(r.bDipstickRise(), r.bDipstickMin())) {
            add(b, RenalRule.B_DIPSTICK, cur.dipstick(), prev.dipstick(), null);
        }
        if (creatinineRise(r.bCreatinineAbove(), r.bCreatinineRisenToPercent())) {
            add(b, RenalRule.B_CREATININE, cur.creatinine(), prev.creatinine(), r.bCreatinineAbove());
        }
    }

    private void rulesC(List<BilagTrigger> c) {
        RenalRules.Proteinuria t = r.c();
        if (passes(cur.protein24h(), t.protein24h())) {
            add(c, RenalRule.C_PROTEIN_24H, cur.protein24h(), null, t.protein24h());
        }
        if (passes(cur.upcr(), t.upcr())) add(c, RenalRule.C_UPCR, cur.upcr(), null, t.upcr());
        if (passes(cur.uacr(), t.uacr())) add(c, RenalRule.C_UACR, cur.uacr(), null, t.uacr());
        if (!cur.quantitative() && cur.dipstick() != null && cur.dipstick() >= r.cDipstickMin()) {
            add(c, RenalRule.C_DIPSTICK, cur.dipstick(), null, null);
        }
        if (risingBp()) add(c, RenalRule.C_RISING_BP, cur.systolic(), prev.systolic(), r.bpSystolic());
    }

    private void proteinuria(
            RenalRules.Proteinuria t,
            double fall,
            RenalRule r24,
            RenalRule rPc,
            RenalRule rAc,
            List<BilagTrigger> out) {
        if (notImproved(cur.protein24h(), prev.protein24h(), t.protein24h(), fall)) {
            add(out, r24, cur.protein24h(), prev.protein24h(), t.protein24h());
        }
        if (notImproved(cur.upcr(), prev.upcr(), t.upcr(), fall)) add(out, rPc, cur.upcr(), prev.upcr(), t.upcr());
        if (notImproved(cur.uacr(), prev.uacr(), t.uacr(), fall)) add(out, rAc, cur.uacr(), prev.uacr(), t.uacr());
    }

    /** Value passes the threshold and has not decreased by {@code fallPercent} (exact; boundary per options). */
    private boolean notImproved(@Nullable Double value, @Nullable Double previous, Threshold t, double fallPercent) {
        if (!passes(value, t)) return false;
        if (previous == null || previous <= 0) return true;
        int cmp = Exact.compareProducts(value, 100, previous, 100 - fallPercent);
        return o.fallOf25PercentIsImprovement() ? cmp > 0 : cmp >= 0;
    }

    private boolean dipstickRise(int levels, int minLevel) {
        Double d = cur.dipstick();
        if (cur.quantitative() || d == null || d < minLevel) return false;
        if (!hasPrev) return assumeChange && d >= levels;
        return prev.dipstick() != null && d >= prev.dipstick() + levels;
    }

    private boolean creatinineRise(Threshold above, double percent) {
        if (!passes(cur.creatinine(), above)) return false;
        if (!hasPrev) return assumeChange;
        if (prev.creatinine() == null || prev.creatinine() <= 0) return false;
        return RenalValues.creatinineVsPercent(cur, prev, percent) >= 0;
    }

    private boolean gfrFell(double gfr) {
        if (!hasPrev) return assumeChange;
        if (prev.gfr() == null) return false;
        int cmp = Exact.compareProducts(gfr, 100, prev.gfr(), r.a3GfrFallenToPercent());
        return o.gfrFall() == BilagOptions.Bound.STRICT ? cmp < 0 : cmp <= 0;
    }

    private boolean risingBp() {
        Double s = cur.systolic(), d = cur.diastolic(), ps = prev.systolic(), pd = prev.diastolic();
        boolean sys =
                passes(s, r.bpSystolic()) && ps != null && r.bpSystolicRise().test(Exact.difference(s, ps));
        boolean dia =
                passes(d, r.bpDiastolic()) && pd != null && r.bpDiastolicRise().test(Exact.difference(d, pd));
        return o.risingBp() == BilagOptions.RisingBpRule.BOTH_PRESSURES ? sys && dia : sys || dia;
    }

    private static boolean passes(@Nullable Double value, Threshold t) {
        return value != null && t.test(value);
    }

    private static void flag(BilagInput in, int item, RenalRule rule, List<BilagTrigger> a) {
        if (Boolean.TRUE.equals(in.flags().get(item))) a.add(new BilagTrigger.Renal(rule, null, null, null));
    }

    private static void add(
            List<BilagTrigger> out,
            RenalRule rule,
            @Nullable Double value,
            @Nullable Double previous,
            @Nullable Threshold threshold) {
        out.add(new BilagTrigger.Renal(rule, value, previous, threshold));
    }
}
