package org.msct.instruments.bilag;

import java.util.EnumMap;
import java.util.List;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * BILAG-2004 grades of one assessment with numeric scores and explanations.
 *
 * @param grades grade A–E of each of the 9 systems (a copy is returned)
 * @param numeric2004 BILAG-2004 numeric global score, A = 12, B = 8, C = 1, D = E = 0 summed over the 9 systems
 *     (0–108; Yee 2010)
 * @param numericClassic classic-weights numeric score of the 2004 grades ({@link BilagOptions#classicScheme()},
 *     default A = 9, B = 3, C = 1; over 9 systems, or 8 without ophthalmic); labelled, never mixed with the 2004
 *     score
 * @param renal2004 BILAG-2004 numeric score of the renal system alone (0, 1, 8 or 12)
 * @param renalClassic classic-weights numeric score of the renal system alone (default 0, 1, 3 or 9)
 * @param systems per-system grade, rule and triggers (a copy is returned)
 * @param warnings items not done, missing sections, legacy mode, unverified rules that fired
 * @param version definition version tag and numeric labels, e.g. {@code bilag-2004@1.0.0 BILAG_2004 CLASSIC_9_3_1}
 */
public record BilagResult(
        EnumMap<BilagSystem, BilagGrade> grades,
        int numeric2004,
        int numericClassic,
        int renal2004,
        int renalClassic,
        EnumMap<BilagSystem, SystemGrade> systems,
        List<String> warnings,
        String version) {
    public BilagResult {
        grades = new EnumMap<>(grades);
        systems = new EnumMap<>(systems);
        warnings = List.copyOf(warnings);
    }

    @Override
    public EnumMap<BilagSystem, BilagGrade> grades() {
        return new EnumMap<>(grades);
    }

    @Override
    public EnumMap<BilagSystem, SystemGrade> systems() {
        return new EnumMap<>(systems);
    }

    /** Grade of {@code system}. */
    public BilagGrade grade(BilagSystem system) {
        return grades.get(system);
    }

    /** Explanation of the grade of {@code system} (which rule, which items, values or criteria). */
    public String explanation(BilagSystem system) {
        return systems.get(system).explanation();
    }
}
