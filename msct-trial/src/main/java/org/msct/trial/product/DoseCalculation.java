package org.msct.trial.product;

import java.util.List;
import org.msct.trial.finding.Finding;

/** The outcome of {@link MscDosing#cellsToRelease}: the cells to release, or why the inputs were rejected. */
public sealed interface DoseCalculation {

    /**
     * The prescription for one infusion.
     *
     * @param weightKg body weight used, kg (2–300), as given (not rounded)
     * @param cellsPerKg prescribed cells per kg (10⁴–10⁸)
     * @param exactCells weight × cells/kg, computed in decimal on the numbers as written
     * @param cellsToRelease {@code exactCells} rounded up to the next multiple of 10⁴ cells (0.01 × 10⁶), so that the
     *     released number is never below the prescription
     */
    record Computed(double weightKg, double cellsPerKg, double exactCells, long cellsToRelease)
            implements DoseCalculation {
        /** {@link #cellsToRelease} in units of 10⁶ cells (two decimals), e.g. 48.46. */
        public double cellsToRelease1e6() {
            return cellsToRelease / 1e6;
        }
    }

    /**
     * The inputs were rejected; nothing may be released on them.
     *
     * @param findings one ERROR per rejected input (rule ids DOSE-UNIT, DOSE-RANGE)
     */
    record Rejected(List<Finding> findings) implements DoseCalculation {
        public Rejected {
            findings = List.copyOf(findings);
        }
    }
}
