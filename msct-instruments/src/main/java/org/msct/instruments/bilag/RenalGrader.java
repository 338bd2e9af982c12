package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
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
    private final @Nullable RenalValues prev;
    private final RenalRules r;
    private final BilagOptions o;
    private final List<BilagTrigger> a = new ArrayList<>(4);
    private final List<BilagTrigger> b = new ArrayList<>(2);
    private final List<BilagTrigger> c = new ArrayList<>(2);

    private RenalGrader(RenalValues cur, @Nullable RenalValues prev, RenalRules r, BilagOptions o) {
        this.cur = cur;
        this.prev = prev;
        this.r = r;
        this.o = o;
    }

    /** The renal grade, or {@code null} when no rule holds (D/E is decided from history by the caller). */
    static @Nullable SystemGrade grade(
            RenalValues cur, @Nullable RenalValues prev, BilagInput in, RenalRules r, BilagOptions o) {
        RenalGrader g = new RenalGrader(cur, prev, r, o);
        g.criteriaA(in);
        g.rulesB();
        g.rulesC();
        return conclude(g.a, g.b, g.c, r);
    }

    static @Nullable SystemGrade conclude(
            List<BilagTrigger> a, List<BilagTrigger> b, List<BilagTrigger> c, RenalRules r) {
        int criteria = 0;
        boolean primary = false;
        for (BilagTrigger t : a) {
            int n = ((BilagTrigger.Renal) t).rule().criterion();
            if ((criteria & (1 << n)) == 0) primary |= r.isPrimary(n);
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

    private void criteriaA(BilagInput in) {
        RenalValues p = prev;
        quantitative(r.a1(), r.a1FallPercent(), RenalRule.A1_PROTEIN_24H, RenalRule.A1_UPCR, RenalRule.A1_UACR, a);
        if (dipstickRise(r.a1DipstickRise(), 0)) add(a, RenalRule.A1_DIPSTICK, cur.dipstick(), pv(p, p == null ? null : p.dipstick()));
        flag(in, 80, RenalRule.A2_ACCELERATED_HYPERTENSION);
        if (creatinineRise(r.a3CreatinineAbove(), r.a3CreatinineRisenToPercent())) {
            add(a, RenalRule.A3_CREATININE, cur.creatinine(), p == null ? null : p.creatinine());
        }
        Double gfr = cur.gfr();
        if (gfr != null && r.a3GfrBelow().test(gfr) && gfrFell(gfr)) {
            add(a, RenalRule.A3_GFR_FALL, gfr, p == null ? null : p.gfr());
        }
        if (gfr != null && r.a3GfrCrossedBelow().test(gfr)
                && (p == null || p.gfr() == null || r.a3GfrPreviousAbove().test(p.gfr()))) {
            add(a, RenalRule.A3_GFR_BELOW_50, gfr, p == null ? null : p.gfr());
        }
        flag(in, 88, RenalRule.A4_ACTIVE_SEDIMENT);
        flag(in, 89, RenalRule.A5_ACTIVE_NEPHRITIS);
        flag(in, 85, RenalRule.A6_NEPHROTIC_SYNDROME);
    }

    private void rulesB() {
        RenalValues p = prev;
        RenalRules.Proteinuria t = o.renalBProteinuria() == BilagOptions.Bound.INCLUSIVE ? r.bInclusive() : r.bStrict();
        quantitative(t, r.bFallPercent(), RenalRule.B_PROTEIN_24H, RenalRule.B_UPCR, RenalRule.B_UACR, b);
        if (dipstickRise(r.bDipstickRise(), r.bDipstickMin())) add(b, RenalRule.B_DIPSTICK, cur.dipstick(), pv(p, p == null ? null : p.dipstick()));
        if (creatinineRise(r.bCreatinineAbove(), r.bCreatinineRisenToPercent())) {
            add(b, RenalRule.B_CREATININE, cur.creatinine(), p == null ? null : p.creatinine());
        }
    }

    private void rulesC() {
        RenalRules.Proteinuria t = r.c();
        if (cur.protein24h() != null && t.protein24h().test(cur.protein24h())) add(c, RenalRule.C_PROTEIN_24H, cur.protein24h(), null);
        if (cur.upcr() != null && t.upcr().test(cur.upcr())) add(c, RenalRule.C_UPCR, cur.upcr(), null);
        if (cur.uacr() != null && t.uacr().test(cur.uacr())) add(c, RenalRule.C_UACR, cur.uacr(), null);
        if (!cur.quantitative() && cur.dipstick() != null && cur.dipstick() >= r.cDipstickMin()) {
            add(c, RenalRule.C_DIPSTICK, cur.dipstick(), null);
        }
        if (risingBp()) add(c, RenalRule.C_RISING_BP, cur.systolic(), prev == null ? null : prev.systolic());
    }

    private void quantitative(RenalRules.Proteinuria t, double fall, RenalRule r24, RenalRule rPc, RenalRule rAc,
            List<BilagTrigger> out) {
        RenalValues p = prev;
        if (holds(cur.protein24h(), p == null ? null : p.protein24h(), t.protein24h(), fall)) add(out, r24, cur.protein24h(), p == null ? null : p.protein24h());
        if (holds(cur.upcr(), p == null ? null : p.upcr(), t.upcr(), fall)) add(out, rPc, cur.upcr(), p == null ? null : p.upcr());
        if (holds(cur.uacr(), p == null ? null : p.uacr(), t.uacr(), fall)) add(out, rAc, cur.uacr(), p == null ? null : p.uacr());
    }

    /** Value passes the threshold and has not decreased by the given percent (exact; boundary per options). */
    private boolean holds(@Nullable Double value, @Nullable Double previous, Threshold t, double fallPercent) {
        if (value == null || !t.test(value)) return false;
        if (previous == null || previous <= 0) return true;
        int cmp = Exact.compareProducts(value, 100, previous, 100 - fallPercent);
        return o.fallOf25PercentIsImprovement() ? cmp > 0 : cmp >= 0;
    }

    private boolean dipstickRise(int levels, int minLevel) {
        Double d = cur.dipstick();
        if (cur.quantitative() || d == null || d < minLevel) return false;
        if (prev == null) return o.firstVisit() == BilagOptions.FirstVisitRule.CHANGE_ASSUMED && d >= levels;
        return prev.dipstick() != null && d >= prev.dipstick() + levels;
    }

    private boolean creatinineRise(Threshold above, double percent) {
        if (cur.creatinine() == null || !above.test(cur.creatinine())) return false;
        if (prev == null) return o.firstVisit() == BilagOptions.FirstVisitRule.CHANGE_ASSUMED;
        if (prev.creatinine() == null || prev.creatinine() <= 0) return false;
        return RenalValues.creatinineVsPercent(cur, prev, percent) >= 0;
    }

    private boolean gfrFell(double gfr) {
        if (prev == null) return o.firstVisit() == BilagOptions.FirstVisitRule.CHANGE_ASSUMED;
        if (prev.gfr() == null) return false;
        int cmp = Exact.compareProducts(gfr, 100, prev.gfr(), r.a3GfrFallenToPercent());
        return o.gfrFall() == BilagOptions.Bound.STRICT ? cmp < 0 : cmp <= 0;
    }

    private boolean risingBp() {
        if (prev == null) return false;
        Double s = cur.systolic(), d = cur.diastolic(), ps = prev.systolic(), pd = prev.diastolic();
        boolean sys = s != null && ps != null && r.bpSystolic().test(s) && r.bpSystolicRise().test(Exact.difference(s, ps));
        boolean dia = d != null && pd != null && r.bpDiastolic().test(d) && r.bpDiastolicRise().test(Exact.difference(d, pd));
        return o.risingBp() == BilagOptions.RisingBpRule.BOTH_PRESSURES ? sys && dia : sys || dia;
    }

    private void flag(BilagInput in, int item, RenalRule rule) {
        if (Boolean.TRUE.equals(in.flags().get(item))) a.add(new BilagTrigger.Renal(rule, null, null));
    }

    private static @Nullable Double pv(@Nullable RenalValues p, @Nullable Double v) {
        return p == null ? null : v;
    }

    private static void add(List<BilagTrigger> out, RenalRule rule, @Nullable Double value, @Nullable Double previous) {
        out.add(new BilagTrigger.Renal(rule, value, previous));
    }
}
