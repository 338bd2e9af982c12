package org.msct.derivations.bilag;

import java.util.List;
import java.util.Map;
import org.msct.instruments.model.BilagGrade;

/**
 * A BILAG numeric scheme read from {@code derivations/bilag/<id>.v<n>.json}.
 *
 * @param id scheme id, e.g. {@code bilag-classic-931}
 * @param version version ≥ 1
 * @param citation source citation
 * @param instrument {@code classic} (8 systems) or {@code 2004} (9 domains)
 * @param weights numeric value of each grade A–E
 * @param systems system code → parameter code of its grade, in index order (e.g. {@code RENAL → BLGREN})
 * @param renalSystem code of the renal system
 * @param totalParamcd parameter code of the derived total score
 * @param renalParamcd parameter code of the derived renal score
 */
public record BilagScheme(
        String id,
        int version,
        String citation,
        String instrument,
        Map<BilagGrade, Integer> weights,
        Map<String, String> systems,
        String renalSystem,
        String totalParamcd,
        String renalParamcd) {
    public BilagScheme {
        weights = Map.copyOf(weights);
        systems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(systems));
    }

    /** Grade parameter codes of every system, in index order. */
    public List<String> gradeParams() {
        return List.copyOf(systems.values());
    }

    /** Grade parameter code of the renal system. */
    public String renalGradeParam() {
        return systems.get(renalSystem);
    }

    /** Numeric value of {@code grade}. */
    public int weight(BilagGrade grade) {
        return weights.get(grade);
    }
}
