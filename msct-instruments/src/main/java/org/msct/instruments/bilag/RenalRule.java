package org.msct.instruments.bilag;

import org.msct.instruments.model.BilagGrade;

/**
 * The renal rules of BILAG-2004 (thresholds and percentages are those of the definition file and {@link
 * BilagOptions}; triggers show the threshold applied). Instruments.md §4.2 system 8: category-A criteria 1–6 give
 * grade A when at least two hold and one of them is 1, 4 or 5, and grade B on their own; B and C rules give B and C.
 * "Not improved" means not decreased by the improvement percentage (25 %) against the previous value.
 */
public enum RenalRule {
    A1_PROTEIN_24H(BilagGrade.A, 1, "24-h urine protein above the criterion-1 threshold, not improved"),
    A1_UPCR(BilagGrade.A, 1, "UPCR above the criterion-1 threshold, not improved"),
    A1_UACR(BilagGrade.A, 1, "UACR above the criterion-1 threshold, not improved"),
    A1_DIPSTICK(BilagGrade.A, 1, "dipstick protein risen by the criterion-1 levels (no quantitative value)"),
    A2_ACCELERATED_HYPERTENSION(BilagGrade.A, 2, "accelerated hypertension (item 80)"),
    A3_CREATININE(
            BilagGrade.A,
            3,
            "creatinine above the criterion-3 threshold and risen to the criterion-3 percent of previous"),
    A3_GFR_FALL(
            BilagGrade.A, 3, "GFR below the criterion-3 threshold and fallen to the criterion-3 percent of previous"),
    A3_GFR_BELOW_50(BilagGrade.A, 3, "GFR below the lower criterion-3 threshold, previous above it or not measured"),
    A4_ACTIVE_SEDIMENT(BilagGrade.A, 4, "active urinary sediment (item 88)"),
    A5_ACTIVE_NEPHRITIS(BilagGrade.A, 5, "histological evidence of active nephritis within 3 months (item 89)"),
    A6_NEPHROTIC_SYNDROME(BilagGrade.A, 6, "nephrotic syndrome (item 85)"),
    B_PROTEIN_24H(BilagGrade.B, 0, "24-h urine protein at the grade-B threshold, not improved"),
    B_UPCR(BilagGrade.B, 0, "UPCR at the grade-B threshold, not improved"),
    B_UACR(BilagGrade.B, 0, "UACR at the grade-B threshold, not improved"),
    B_DIPSTICK(
            BilagGrade.B,
            0,
            "dipstick protein risen by the grade-B levels to the grade-B level (no quantitative value)"),
    B_CREATININE(
            BilagGrade.B, 0, "creatinine above the grade-B threshold and risen to the grade-B percent of previous"),
    C_PROTEIN_24H(BilagGrade.C, 0, "24-h urine protein above the grade-C threshold"),
    C_UPCR(BilagGrade.C, 0, "UPCR above the grade-C threshold"),
    C_UACR(BilagGrade.C, 0, "UACR above the grade-C threshold"),
    C_DIPSTICK(BilagGrade.C, 0, "dipstick protein at least the grade-C level (no quantitative value)"),
    C_RISING_BP(BilagGrade.C, 0, "rising blood pressure (pressures above their thresholds with the required rises)");

    private final BilagGrade category;
    private final int criterion;
    private final String description;

    RenalRule(BilagGrade category, int criterion, String description) {
        this.category = category;
        this.criterion = criterion;
        this.description = description;
    }

    /** A for category-A criteria, B or C for the grade-B and grade-C rules. */
    public BilagGrade category() {
        return category;
    }

    /** Category-A criterion number 1–6, or 0 for B and C rules. */
    public int criterion() {
        return criterion;
    }

    public String description() {
        return description;
    }
}
