package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.Labs;

/**
 * Grades the haematological system (items 90–97; <b>UNVERIFIED</b> rules, see {@link HaemRules}): the most
 * severe band passed by any blood count, TTP (yes → {@link HaemRules#ttpYesGrade()}; as a code, 2–4 → A, 1 → B),
 * active haemolysis and isolated Coombs positivity. Absent counts and counts marked not attributable do not
 * grade.
 */
final class HaemGrader {
    static final int TTP = 95;
    static final int HAEMOLYSIS = 96;
    static final int COOMBS = 97;
    static final String RULE = "most severe haematological cut-off or item (UNVERIFIED cut-offs)";

    private HaemGrader() {}

    static @Nullable SystemGrade grade(
            Labs labs, BilagInput in, byte[] codes, HaemRules rules, boolean round, Bilag2004Definition def) {
        List<BilagTrigger> found = new ArrayList<>(2);
        int matched = -1;
        for (HaemBand band : rules.bands()) {
            if (band.item() == matched) continue;
            Double value = value(labs, in, band, round, def);
            if (value != null && band.threshold().test(value)) {
                found.add(new BilagTrigger.HaemValue(band.item(), value, band.threshold(), band.grade()));
                matched = band.item();
            }
        }
        if (Boolean.TRUE.equals(in.flags().get(TTP))) found.add(new BilagTrigger.Item(TTP, -1, rules.ttpYesGrade()));
        int ttp = codes[TTP];
        BilagGrade ttpSet = def.item(TTP).set();
        if (ttp >= 1 && ttpSet != null) {
            BilagGrade g = ttp >= 2 ? ttpSet : BilagGrade.values()[Math.min(ttpSet.ordinal() + 1, 2)];
            found.add(new BilagTrigger.Item(TTP, ttp, g));
        }
        if (Boolean.TRUE.equals(in.flags().get(HAEMOLYSIS))) {
            found.add(new BilagTrigger.Item(HAEMOLYSIS, -1, rules.haemolysisGrade()));
        }
        if (Boolean.TRUE.equals(in.flags().get(COOMBS))) {
            found.add(new BilagTrigger.Item(COOMBS, -1, rules.coombsGrade()));
        }
        if (found.isEmpty()) return null;
        BilagGrade best = BilagGrade.E;
        for (BilagTrigger t : found) {
            if (t.grade().compareTo(best) < 0) best = t.grade();
        }
        List<BilagTrigger> decisive = new ArrayList<>(found.size());
        for (BilagTrigger t : found) {
            if (t.grade() == best) decisive.add(t);
        }
        return new SystemGrade(BilagSystem.HAEMATOLOGICAL, best, RULE, decisive);
    }

    private static @Nullable Double value(
            Labs labs, BilagInput in, HaemBand band, boolean round, Bilag2004Definition def) {
        if (in.notAttributable().contains(band.item())) return null;
        LabField lab = def.item(band.item()).lab();
        Double v = lab == null ? null : lab.read(labs);
        if (v == null || !round) return v;
        return Exact.round(v, band.printedDecimals());
    }
}
