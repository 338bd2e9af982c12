package org.msct.instruments.bilag;

import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * One of the 97 BILAG-2004 items as the definition file describes it.
 *
 * @param number item number 1–97 (instruments.md §4.2)
 * @param name item name (paraphrased)
 * @param system the system the item belongs to
 * @param kind how the item is recorded
 * @param set grading set A/B/C of a scaled item in the generic pattern, or {@code null}
 * @param lab the lab that carries a measured value, or {@code null}
 * @param unit unit of a measured value, or {@code null}
 * @param renalCriterion renal category-A criterion (1–6) that a renal yes/no item records, 0 if none
 * @param yesGrade grade given by a haematological yes/no item recorded as yes, or {@code null}
 */
public record ItemDef(
        int number,
        String name,
        BilagSystem system,
        ItemKind kind,
        @Nullable BilagGrade set,
        @Nullable LabField lab,
        @Nullable String unit,
        int renalCriterion,
        @Nullable BilagGrade yesGrade) {}
