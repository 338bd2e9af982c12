package org.msct.trial.bundle;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The synthetic lupus laboratory panel (cdisc-terms.md §4.1 codes and units): per test the category, specimen,
 * standard unit, reference range and how the value moves with disease activity (0 = inactive, 1 = very active).
 * Synthetic data for tests and benchmarks only, not clinical reference values.
 */
final class SyntheticLabs {
    private SyntheticLabs() {}

    /**
     * @param inactive typical value when the disease is inactive; {@code active} when very active
     * @param sd noise standard deviation; {@code decimals} rounding of the standard result
     */
    record Test(
            String testcd,
            String test,
            String cat,
            String spec,
            String unit,
            double lo,
            double hi,
            double inactive,
            double active,
            double sd,
            int decimals,
            double min) {
        double value(double activity, RandomGenerator r) {
            double v = inactive + (active - inactive) * activity + r.nextGaussian() * sd;
            double scale = Math.pow(10, decimals);
            return Math.max(min, Math.round(v * scale) / scale);
        }
    }

    static final List<Test> PANEL = List.of(
            new Test("HGB", "Hemoglobin", "HEMATOLOGY", "BLOOD", "g/L", 115, 150, 128, 92, 8, 0, 50),
            new Test("WBC", "Leukocytes", "HEMATOLOGY", "BLOOD", "10^9/L", 3.5, 9.5, 6.2, 3.2, 1.1, 1, 0.5),
            new Test("PLAT", "Platelets", "HEMATOLOGY", "BLOOD", "10^9/L", 125, 350, 210, 105, 35, 0, 5),
            new Test("CREAT", "Creatinine", "CHEMISTRY", "SERUM", "umol/L", 41, 73, 68, 130, 14, 0, 30),
            new Test("UREAN", "Urea Nitrogen", "CHEMISTRY", "SERUM", "mmol/L", 2.6, 7.5, 5.0, 10.5, 1.4, 1, 1),
            new Test("ALB", "Albumin", "CHEMISTRY", "SERUM", "g/L", 40, 55, 41, 27, 3, 0, 12),
            new Test("C3", "Complement C3", "IMMUNOLOGY", "SERUM", "g/L", 0.9, 1.8, 1.0, 0.5, 0.12, 2, 0.1),
            new Test("C4", "Complement C4", "IMMUNOLOGY", "SERUM", "g/L", 0.1, 0.4, 0.2, 0.07, 0.04, 2, 0.02),
            new Test(
                    "PROTEXR",
                    "Protein Excretion Rate",
                    "URINALYSIS",
                    "URINE",
                    "g/day",
                    0,
                    0.15,
                    0.3,
                    3.2,
                    0.5,
                    2,
                    0.05),
            new Test("PROTCRT", "Protein/Creatinine", "URINALYSIS", "URINE", "g/g", 0, 0.2, 0.25, 2.8, 0.4, 2, 0.03),
            new Test("RBC", "Erythrocytes", "URINALYSIS", "URINE", "/HPF", 0, 3, 1, 18, 3, 0, 0),
            new Test(
                    "GFREI",
                    "GFR, Estimated Indexed",
                    "CHEMISTRY",
                    "SERUM",
                    "mL/min/1.73 m2",
                    90,
                    200,
                    98,
                    52,
                    9,
                    0,
                    5));

    /** Creatinine standard unit umol/L per mg/dL (cdisc-terms.md §4.2). */
    static final double CREAT_MGDL = 88.4;
}
