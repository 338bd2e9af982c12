package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagSystem;

/**
 * Grades systems 1–7 from their item codes: the first of the rules A, B, C that holds gives the grade (so the highest
 * grade triggered by any item wins, whatever the item order; bilag2004-notes.md §3.4).
 */
final class ClinicalGrader {
    private ClinicalGrader() {}

    /** The grade, or {@code null} when no rule holds. {@code codes[n]} is item n's code or -1. */
    static @Nullable SystemGrade grade(BilagSystem system, GradeRule[] rules, byte[] codes) {
        for (GradeRule rule : rules) {
            if (rule.condition().test(codes)) {
                List<Integer> items = new ArrayList<>(4);
                rule.condition().collect(codes, items);
                List<BilagTrigger> triggers = new ArrayList<>(items.size());
                for (int n : items) triggers.add(new BilagTrigger.Item(n, codes[n], rule.grade()));
                return new SystemGrade(system, rule.grade(), rule.description(), triggers);
            }
        }
        return null;
    }
}
