package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagInput;

/**
 * Renal grade as the UK JSLE port of the legacy BILAG MS-Access/VBA scorer computes it (dappelbe/JSLE-REDCap @
 * b8f2844b, {@code ukJSLEBilagFunctions_library_v0.1_27May2025.js}; bilag2004-notes.md §4), for reproducing
 * historical scores. Deliberately reproduces its quirks: double arithmetic for ratios (so a 25 % fall of 1.6 → 1.2
 * differs from 2.0 → 1.5), grade-B thresholds 0.4999 g / 49.99 mg/mmol and UACR "≥" once a previous visit exists,
 * grade-C 24-h/UPCR only when not fallen at all, and item 89 of the previous assessment counting for criterion 5
 * (visit dates are not part of the contract, which the legacy code treats as "within 3 months"). A previous visit
 * exists when a previous assessment is given.
 */
final class RenalLegacyGrader {
    private final RenalValues cur;
    private final RenalValues prev;
    private final boolean hasPrev;

    private RenalLegacyGrader(RenalValues cur, @Nullable RenalValues prev) {
        this.cur = cur;
        this.prev = prev == null ? RenalValues.NONE : prev;
        this.hasPrev = prev != null;
    }

    static @Nullable SystemGrade grade(
            RenalValues cur, @Nullable RenalValues prev, BilagInput in, @Nullable BilagInput prevIn, RenalRules r) {
        RenalLegacyGrader g = new RenalLegacyGrader(cur, prev);
        RenalValues p = g.prev;
        List<BilagTrigger> a = new ArrayList<>(4);
        double fall = r.a1FallPercent() / 100;
        g.protein(
                a,
                RenalRule.A1_PROTEIN_24H,
                cur.protein24h(),
                p.protein24h(),
                r.a1().protein24h().limit(),
                fall);
        g.protein(a, RenalRule.A1_UPCR, cur.upcr(), p.upcr(), r.a1().upcr().limit(), fall);
        g.acr(a, RenalRule.A1_UACR, r.a1().uacr().limit(), fall);
        if (g.dipstickRise(r.a1DipstickRise(), 0)) a.add(t(RenalRule.A1_DIPSTICK, cur.dipstick(), p.dipstick()));
        if (yes(in, 80)) a.add(t(RenalRule.A2_ACCELERATED_HYPERTENSION, null, null));
        if (g.creatinineRise(r.a3CreatinineAbove().limit(), r.a3CreatinineRisenToPercent() / 100)) {
            a.add(t(RenalRule.A3_CREATININE, cur.creatinine(), p.creatinine()));
        }
        Double gfr = cur.gfr();
        Double pg = p.gfr();
        if (gfr != null
                && gfr < r.a3GfrBelow().limit()
                && (!g.hasPrev || (pg != null && gfr < pg * (r.a3GfrFallenToPercent() / 100)))) {
            a.add(t(RenalRule.A3_GFR_FALL, gfr, pg));
        }
        if (gfr != null
                && gfr < r.a3GfrCrossedBelow().limit()
                && (!g.hasPrev || pg == null || pg > r.a3GfrPreviousAbove().limit())) {
            a.add(t(RenalRule.A3_GFR_BELOW_50, gfr, pg));
        }
        if (yes(in, 88)) a.add(t(RenalRule.A4_ACTIVE_SEDIMENT, null, null));
        if (yes(in, 89) || (g.hasPrev && prevIn != null && yes(prevIn, 89))) {
            a.add(t(RenalRule.A5_ACTIVE_NEPHRITIS, null, null));
        }
        if (yes(in, 85)) a.add(t(RenalRule.A6_NEPHROTIC_SYNDROME, null, null));

        List<BilagTrigger> b = new ArrayList<>(2);
        RenalRules.Proteinuria lb = r.legacyB();
        double bFall = r.bFallPercent() / 100;
        g.protein(
                b,
                RenalRule.B_PROTEIN_24H,
                cur.protein24h(),
                p.protein24h(),
                lb.protein24h().limit(),
                bFall);
        g.protein(b, RenalRule.B_UPCR, cur.upcr(), p.upcr(), lb.upcr().limit(), bFall);
        g.acr(b, RenalRule.B_UACR, lb.uacr().limit(), bFall);
        if (g.dipstickRise(r.bDipstickRise(), r.bDipstickMin())) {
            b.add(t(RenalRule.B_DIPSTICK, cur.dipstick(), p.dipstick()));
        }
        if (g.creatinineRise(r.bCreatinineAbove().limit(), r.bCreatinineRisenToPercent() / 100)) {
            b.add(t(RenalRule.B_CREATININE, cur.creatinine(), p.creatinine()));
        }

        List<BilagTrigger> c = new ArrayList<>(2);
        g.protein(
                c,
                RenalRule.C_PROTEIN_24H,
                cur.protein24h(),
                p.protein24h(),
                r.c().protein24h().limit(),
                0);
        g.protein(c, RenalRule.C_UPCR, cur.upcr(), p.upcr(), r.c().upcr().limit(), 0);
        g.acr(c, RenalRule.C_UACR, r.c().uacr().limit(), 0);
        if (!cur.quantitative() && cur.dipstick() != null && cur.dipstick() > 0) {
            c.add(t(RenalRule.C_DIPSTICK, cur.dipstick(), null));
        }
        if (g.risingBp(r)) c.add(t(RenalRule.C_RISING_BP, cur.systolic(), p.systolic()));
        return RenalGrader.conclude(a, b, c, r);
    }

    /** VBA PrevUrinaryProtein: value &gt; threshold and fractional decrease ≤ maxDecrease (missing previous = 0). */
    private void protein(
            List<BilagTrigger> out,
            RenalRule rule,
            @Nullable Double value,
            @Nullable Double previous,
            double threshold,
            double maxDecrease) {
        if (value == null || !(value > threshold)) return;
        if (hasPrev) {
            double pv = previous == null ? 0 : previous;
            double decrease = pv > 0 ? (pv - value) / pv : 0;
            if (!(decrease <= maxDecrease)) return;
        }
        out.add(t(rule, value, previous));
    }

    /** VBA UrinaryAlbCrRatio: "&gt;" on a first visit, "≥" afterwards; exactly maxDecrease counts as improved. */
    private void acr(List<BilagTrigger> out, RenalRule rule, double threshold, double maxDecrease) {
        Double value = cur.uacr();
        Double previous = prev.uacr();
        if (value == null) return;
        boolean holds;
        if (!hasPrev) {
            holds = value > threshold;
        } else if (!(value >= threshold)) {
            holds = false;
        } else {
            holds = !(maxDecrease > 0)
                    || previous == null
                    || value > previous
                    || (previous - value) / previous < maxDecrease;
        }
        if (holds) out.add(t(rule, value, previous));
    }

    /** VBA PrevDipstick: on a first visit, dipstick ≥ levelIncrease (A) or ≥ currentLevel (B). */
    private boolean dipstickRise(int levelIncrease, int currentLevel) {
        Double d = cur.dipstick();
        if (cur.quantitative() || d == null) return false;
        if (!hasPrev) return currentLevel == 0 ? d >= levelIncrease : d >= currentLevel;
        if (currentLevel != 0 && !(d >= currentLevel)) return false;
        return prev.dipstick() != null && d >= prev.dipstick() + levelIncrease;
    }

    /** VBA PlasmaCreatinine: first visit true; missing or zero previous false; 1 + (c − p)/p ≥ ratio. */
    private boolean creatinineRise(double maxLevel, double ratio) {
        Double c = cur.creatinine();
        if (c == null || !(c > maxLevel)) return false;
        if (!hasPrev) return true;
        Double p = prev.creatinine();
        if (p == null || p == 0) return false;
        return (1 + (c - p) / p) >= ratio;
    }

    /** VBA RisingBloodPressure: systolic &gt; 140 and diastolic &gt; 90 and rises ≥ 30 and ≥ 15. */
    private boolean risingBp(RenalRules r) {
        Double s = cur.systolic(), d = cur.diastolic(), ps = prev.systolic(), pd = prev.diastolic();
        if (!hasPrev || s == null || d == null || ps == null || pd == null) return false;
        return s > r.bpSystolic().limit()
                && d > r.bpDiastolic().limit()
                && (s - ps) >= r.bpSystolicRise().limit()
                && (d - pd) >= r.bpDiastolicRise().limit();
    }

    private static boolean yes(BilagInput in, int item) {
        return Boolean.TRUE.equals(in.flags().get(item));
    }

    private static BilagTrigger t(RenalRule rule, @Nullable Double value, @Nullable Double previous) {
        return new BilagTrigger.Renal(rule, value, previous, null);
    }
}
