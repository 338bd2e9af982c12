package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;

/**
 * BILAG-2004 index (Isenberg DA et al., Rheumatology 2005;44:902-6; numeric scoring Yee CS et al., Rheumatology
 * 2010;49:1665-9) as shared/spec/instruments.md §4 defines it, corrected by shared/spec/bilag2004-notes.md.
 *
 * <p>Systems 1–7 are graded from item codes 0–4 (absent = 0 not present; "ND" ignored and reported). The renal
 * system is graded from the current labs (BP, dipstick, UACR, UPCR, 24-h protein, creatinine, GFR) compared with the
 * {@code previous} assessment's labs, plus items 80, 85, 88, 89; the haematological system from blood counts plus
 * items 95–97. A system with no values and no items is graded from what there is (absent = not present): nothing
 * active gives D (previously involved) or E. Open rules are options ({@link BilagOptions}). Pure and thread-safe.
 */
public final class Bilag2004 {
    private static final String NO_SECTION =
            "no bilag2004 section: clinical items taken as not present, no previous involvement";
    private static final String LEGACY = "renal graded in UK JSLE legacy mode (reproduces historical scores)";
    private static final String[] HAEM = {
        "haematological grade A rests on UNVERIFIED cut-offs/items",
        "haematological grade B rests on UNVERIFIED cut-offs/items",
        "haematological grade C rests on UNVERIFIED cut-offs/items"
    };

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
        List<String> warnings = new ArrayList<>(2);
        BilagInput in = current.bilag();
        if (in == null) {
            warnings.add(NO_SECTION);
            in = BilagInput.EMPTY;
        }
        for (int n : in.notDone()) {
            warnings.add("item " + n + " (" + def.item(n).name() + ") not done (ND): ignored for grading");
        }
        byte[] codes = codes(in);
        Visit prev = previous == null ? null : new Visit(previous);
        EnumMap<BilagSystem, SystemGrade> systems = new EnumMap<>(BilagSystem.class);
        for (BilagSystem s : BilagSystem.values()) {
            SystemGrade g = active(s, current, in, codes, previous, options, def);
            systems.put(s, g != null ? g : History.of(s, history(s, in, prev, options, def)));
        }
        if (options.renalLegacyUkJsle()) warnings.add(LEGACY);
        if (previous == null && systems.get(BilagSystem.RENAL).grade().compareTo(BilagGrade.C) <= 0) {
            warnings.add("renal graded without a previous assessment: first-visit convention " + options.firstVisit());
        }
        BilagGrade haem = systems.get(BilagSystem.HAEMATOLOGICAL).grade();
        if (haem.compareTo(BilagGrade.C) <= 0) warnings.add(HAEM[haem.ordinal()]);
        return Scores.result(systems, warnings, options, def);
    }

    /** {@link #grade}, or empty when {@code current} has no {@code bilag2004} section (not scored). */
    public static Optional<BilagResult> gradeIfEntered(
            Assessment current, @Nullable Assessment previous, BilagOptions options) {
        return current.bilag() == null ? Optional.empty() : Optional.of(grade(current, previous, options));
    }

    /** The previous assessment, with its item codes built only when its grades are needed for D vs E. */
    private static final class Visit {
        final Assessment assessment;
        final BilagInput in;
        byte @Nullable [] codes;

        Visit(Assessment a) {
            this.assessment = a;
            this.in = a.bilag() == null ? BilagInput.EMPTY : a.bilag();
        }
    }

    private static History.Basis history(
            BilagSystem s, BilagInput in, @Nullable Visit prev, BilagOptions o, Bilag2004Definition def) {
        if (in.previouslyInvolved().contains(s)) return History.Basis.LISTED;
        if (!o.involvementFromPreviousAssessment() || prev == null) return History.Basis.NONE;
        if (prev.in.previouslyInvolved().contains(s)) return History.Basis.LISTED_AT_PREVIOUS;
        if (prev.codes == null) prev.codes = codes(prev.in);
        SystemGrade g = active(s, prev.assessment, prev.in, prev.codes, null, o, def);
        return g == null ? History.Basis.NONE : History.Basis.gradedAtPrevious(g.grade());
    }

    /** The grade of system {@code s} when active (A, B or C), else {@code null}. */
    private static @Nullable SystemGrade active(
            BilagSystem s,
            Assessment a,
            BilagInput in,
            byte[] codes,
            @Nullable Assessment ref,
            BilagOptions o,
            Bilag2004Definition def) {
        return switch (s) {
            case RENAL -> renal(a, in, ref, o, def);
            case HAEMATOLOGICAL -> HaemGrader.grade(
                    a.labs(), in, codes, o.haem(), o.haemRoundToPrintedPrecision(), def);
            default -> ClinicalGrader.grade(s, def.rules(s), codes);
        };
    }

    private static @Nullable SystemGrade renal(
            Assessment a, BilagInput in, @Nullable Assessment ref, BilagOptions o, Bilag2004Definition def) {
        RenalValues cur = RenalValues.of(a.labs(), in, def);
        RenalValues prev = ref == null ? null : RenalValues.of(ref.labs(), null, def);
        if (o.renalLegacyUkJsle()) {
            return RenalLegacyGrader.grade(cur, prev, in, ref == null ? null : ref.bilag(), def.renal());
        }
        return RenalGrader.grade(cur, prev, in, def.renal(), o);
    }

    /** {@code codes[n]} = code 0–4 of item n, or -1 when not recorded. */
    private static byte[] codes(BilagInput in) {
        byte[] codes = new byte[Bilag2004DefinitionReader.ITEM_COUNT + 1];
        Arrays.fill(codes, (byte) -1);
        for (var e : in.codes().entrySet()) codes[e.getKey()] = (byte) (int) e.getValue();
        return codes;
    }
}
