package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * BILAG-2004 index (Isenberg DA et al., Rheumatology 2005;44:902-6; numeric scoring Yee CS et al., Rheumatology
 * 2010;49:1665-9) as shared/spec/instruments.md §4 defines it, corrected by shared/spec/bilag2004-notes.md.
 *
 * <p>Systems 1–7 are graded from item codes 0–4 (absent = 0 not present; "ND" ignored and reported). The renal
 * system is graded from the current labs (BP, dipstick, UACR, UPCR, 24-h protein, creatinine, GFR) compared with the
 * {@code previous} assessment's labs, plus items 80, 85, 88, 89; the haematological system from blood counts plus
 * items 95–97. A system with no values and no items is graded from what there is: nothing active gives D (previously
 * involved) or E. Open rules are options ({@link BilagOptions}).
 */
public final class Bilag2004 {
    private Bilag2004() {}

    /**
     * Grades {@code current}.
     *
     * @param previous the reference assessment for the renal comparisons (the previous visit; never inferred). Without
     *     it, the first-visit convention of {@link BilagOptions#firstVisit()} applies.
     * @return grades of all 9 systems, numeric scores and explanations. When {@code current} has no {@code bilag2004}
     *     section, its items count as not present and a warning says so (use {@link #gradeIfEntered} to skip instead).
     */
    public static BilagResult grade(Assessment current, @Nullable Assessment previous, BilagOptions options) {
        Bilag2004Definition def = Bilag2004Definition.standard();
        List<String> warnings = new ArrayList<>(1);
        BilagInput in = current.bilag();
        if (in == null) {
            warnings.add("no bilag2004 section: clinical items taken as not present, no previous involvement");
            in = BilagInput.EMPTY;
        }
        for (int n : in.notDone()) {
            warnings.add("item " + n + " (" + def.item(n).name() + ") not done (ND): ignored for grading");
        }
        EnumMap<BilagSystem, SystemGrade> systems = active(current, in, previous, options, def);
        Map<BilagSystem, SystemGrade> previousActive = null;
        for (BilagSystem s : BilagSystem.values()) {
            if (systems.containsKey(s)) continue;
            String basis = null;
            if (in.previouslyInvolved().contains(s)) {
                basis = "previously involved (previously_involved)";
            } else if (options.involvementFromPreviousAssessment() && previous != null) {
                BilagInput prevIn = previous.bilag();
                if (prevIn != null && prevIn.previouslyInvolved().contains(s)) {
                    basis = "previously involved according to the previous assessment";
                } else {
                    if (previousActive == null) {
                        previousActive = active(previous, prevIn == null ? BilagInput.EMPTY : prevIn, null, options, def);
                    }
                    SystemGrade p = previousActive.get(s);
                    if (p != null) basis = "graded " + p.grade() + " at the previous assessment";
                }
            }
            BilagGrade g = basis == null ? BilagGrade.E : BilagGrade.D;
            systems.put(s, new SystemGrade(s, g, g == BilagGrade.D ? "inactive, previously involved" : "never involved",
                    List.of(new BilagTrigger.History(g, basis == null ? "no previous involvement recorded" : basis))));
        }
        addWarnings(systems, current, previous, options, warnings);
        return score(systems, warnings, options, def);
    }

    /** {@link #grade}, or empty when {@code current} has no {@code bilag2004} section (the instrument is not scored). */
    public static Optional<BilagResult> gradeIfEntered(
            Assessment current, @Nullable Assessment previous, BilagOptions options) {
        return current.bilag() == null ? Optional.empty() : Optional.of(grade(current, previous, options));
    }

    /** Systems with activity (grade A, B or C); inactive systems are absent from the map. */
    private static EnumMap<BilagSystem, SystemGrade> active(
            Assessment a, BilagInput in, @Nullable Assessment ref, BilagOptions o, Bilag2004Definition def) {
        byte[] codes = new byte[Bilag2004DefinitionReader.ITEM_COUNT + 1];
        java.util.Arrays.fill(codes, (byte) -1);
        in.codes().forEach((n, c) -> codes[n] = (byte) (int) c);
        EnumMap<BilagSystem, SystemGrade> out = new EnumMap<>(BilagSystem.class);
        for (BilagSystem s : BilagSystem.values()) {
            SystemGrade g = switch (s) {
                case RENAL -> renal(a, in, ref, o, def);
                case HAEMATOLOGICAL -> HaemGrader.grade(a.labs(), in, codes, o.haem(), o.haemRoundToPrintedPrecision(), def);
                default -> ClinicalGrader.grade(s, def.rules(s), codes);
            };
            if (g != null) out.put(s, g);
        }
        return out;
    }

    private static @Nullable SystemGrade renal(
            Assessment a, BilagInput in, @Nullable Assessment ref, BilagOptions o, Bilag2004Definition def) {
        RenalValues cur = RenalValues.of(a.labs(), in, def);
        RenalValues prev = ref == null ? null : RenalValues.of(ref.labs(), null, def);
        if (o.renalLegacyUkJsle()) return RenalLegacyGrader.grade(cur, prev, in, ref == null ? null : ref.bilag(), def.renal());
        return RenalGrader.grade(cur, prev, in, def.renal(), o);
    }

    private static void addWarnings(EnumMap<BilagSystem, SystemGrade> systems, Assessment current,
            @Nullable Assessment previous, BilagOptions o, List<String> warnings) {
        if (o.renalLegacyUkJsle()) warnings.add("renal graded in UK JSLE legacy mode (reproduces historical scores)");
        if (previous == null && systems.get(BilagSystem.RENAL).grade().compareTo(BilagGrade.C) <= 0) {
            warnings.add("renal graded without a previous assessment: first-visit convention " + o.firstVisit());
        }
        SystemGrade haem = systems.get(BilagSystem.HAEMATOLOGICAL);
        if (haem.grade().compareTo(BilagGrade.C) <= 0) {
            warnings.add("haematological grade " + haem.grade() + " rests on UNVERIFIED cut-offs/items");
        }
    }

    private static BilagResult score(EnumMap<BilagSystem, SystemGrade> systems, List<String> warnings,
            BilagOptions o, Bilag2004Definition def) {
        String classic = o.classicScheme().name();
        EnumMap<BilagSystem, BilagGrade> grades = new EnumMap<>(BilagSystem.class);
        int n2004 = 0;
        int nClassic = 0;
        for (SystemGrade g : systems.values()) {
            grades.put(g.system(), g.grade());
            n2004 += def.weight(Bilag2004Definition.NUMERIC_2004, g.grade());
            if (o.classicIncludesOphthalmic() || g.system() != BilagSystem.OPHTHALMIC) {
                nClassic += def.weight(classic, g.grade());
            }
        }
        BilagGrade renal = grades.get(BilagSystem.RENAL);
        String version = def.versionTag() + " numeric " + Bilag2004Definition.NUMERIC_2004 + " / " + classic
                + (o.classicIncludesOphthalmic() ? "" : " (8 systems, no ophthalmic)")
                + (o.renalLegacyUkJsle() ? " renal-legacy-ukjsle" : "");
        return new BilagResult(grades, n2004, nClassic, def.weight(Bilag2004Definition.NUMERIC_2004, renal),
                def.weight(classic, renal), systems, warnings, version);
    }
}
