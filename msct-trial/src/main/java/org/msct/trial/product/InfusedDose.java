package org.msct.trial.product;

import java.util.List;
import org.msct.trial.finding.Finding;

/**
 * An infused dose compared with its prescription.
 *
 * @param prescribedCells weight × prescribed cells/kg (exact)
 * @param givenCells cells infused
 * @param givenCellsPerKg cells infused per kg body weight (NaN when the given number is invalid)
 * @param deviationPercent (given − prescribed) / prescribed × 100 (NaN when invalid)
 * @param tolerancePercent allowed absolute deviation, %
 * @param withinTolerance |deviation| ≤ tolerance
 * @param findings an ERROR (DOSE-TOLERANCE or DOSE-RANGE) when not within tolerance
 */
public record InfusedDose(
        double prescribedCells,
        double givenCells,
        double givenCellsPerKg,
        double deviationPercent,
        double tolerancePercent,
        boolean withinTolerance,
        List<Finding> findings) {
    public InfusedDose {
        findings = List.copyOf(findings);
    }
}
