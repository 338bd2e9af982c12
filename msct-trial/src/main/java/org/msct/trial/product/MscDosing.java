package org.msct.trial.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.Regimen;

/**
 * MSC dosing arithmetic with explicit units: cells to release = body weight (kg) × prescribed cells/kg, and the check
 * of an infused dose against the prescription.
 *
 * <p>Units: weight in {@code kg} only (grams and pounds are refused rather than converted, so that a weight entered
 * in the wrong unit cannot pass silently); dose in {@code cells/kg}, {@code 10^6/kg} (CDISC C198380, = 10⁶ cells per
 * kg) or {@code 10^6 cells/kg}. Ranges: weight 2–300 kg, dose 10⁴–10⁸ cells/kg (both inclusive).
 *
 * <p>Rounding: the product is computed in decimal on the numbers as written (no binary rounding), then rounded up to
 * the next multiple of 10⁴ cells (0.01 × 10⁶): the cell lab releases at that resolution and never below the
 * prescription. Weight is not rounded.
 */
public final class MscDosing {
    private MscDosing() {}

    public static final double MIN_WEIGHT_KG = 2;
    public static final double MAX_WEIGHT_KG = 300;
    public static final double MIN_CELLS_PER_KG = 1e4;
    public static final double MAX_CELLS_PER_KG = 1e8;
    /** Resolution of the released cell number: 10⁴ cells. */
    public static final long RELEASE_STEP = 10_000;
    /** Allowed dose units. */
    public static final List<String> DOSE_UNITS = List.of("cells/kg", "10^6/kg", "10^6 cells/kg");

    private static final String FILE = "dose";

    /**
     * Cells to release for one infusion.
     *
     * @param weight body weight, in {@code weightUnit}
     * @param weightUnit must be {@code kg}
     * @param dose prescribed dose, in {@code doseUnit}
     * @param doseUnit one of {@link #DOSE_UNITS}
     * @return the computed prescription, or the findings that reject the inputs
     */
    public static DoseCalculation cellsToRelease(double weight, String weightUnit, double dose, String doseUnit) {
        List<Finding> f = new ArrayList<>();
        if (!"kg".equals(weightUnit)) {
            String why = "g".equals(weightUnit) || "grams".equals(weightUnit)
                    ? "weight in grams is refused (a gram value taken as kg would multiply the dose by 1000); give kg"
                    : "weight unit not allowed; allowed: kg";
            f.add(Finding.error(FILE, "weight.unit", weightUnit, "DOSE-UNIT", why));
        } else if (!(weight >= MIN_WEIGHT_KG && weight <= MAX_WEIGHT_KG)) {
            f.add(Finding.error(FILE, "weight", num(weight), "DOSE-RANGE", "body weight must be 2 to 300 kg"));
        }
        double perUnit =
                switch (doseUnit) {
                    case "cells/kg" -> 1;
                    case "10^6/kg", "10^6 cells/kg" -> 1e6;
                    default -> Double.NaN;
                };
        double cellsPerKg = dose * perUnit;
        if (Double.isNaN(perUnit)) {
            f.add(Finding.error(
                    FILE,
                    "dose.unit",
                    doseUnit,
                    "DOSE-UNIT",
                    "dose unit not allowed; allowed: " + String.join(", ", DOSE_UNITS)));
        } else if (!(cellsPerKg >= MIN_CELLS_PER_KG && cellsPerKg <= MAX_CELLS_PER_KG)) {
            f.add(Finding.error(
                    FILE,
                    "dose",
                    num(dose) + " " + doseUnit,
                    "DOSE-RANGE",
                    "dose of " + num(cellsPerKg) + " cells/kg is outside 1e4 to 1e8 cells/kg"));
        }
        if (!f.isEmpty()) return new DoseCalculation.Rejected(f);
        BigDecimal exact =
                BigDecimal.valueOf(weight).multiply(BigDecimal.valueOf(dose)).multiply(BigDecimal.valueOf(perUnit));
        long release = exact.divide(BigDecimal.valueOf(RELEASE_STEP))
                        .setScale(0, RoundingMode.CEILING)
                        .longValueExact()
                * RELEASE_STEP;
        return new DoseCalculation.Computed(weight, cellsPerKg, exact.doubleValue(), release);
    }

    /** Cells to release for the protocol's dose ({@code regimen.dose}). */
    public static DoseCalculation cellsToRelease(double weight, String weightUnit, Regimen.MscDose dose) {
        return cellsToRelease(weight, weightUnit, dose.value(), dose.unit());
    }

    /**
     * Compares the cells actually infused with the prescription.
     *
     * @param prescription the computed prescription (exact cells are the reference, not the rounded release)
     * @param givenCells cells infused (> 0)
     * @param tolerancePercent allowed deviation, % of the prescription, in (0, 50]; the protocols' default is 10
     */
    public static InfusedDose checkInfused(
            DoseCalculation.Computed prescription, double givenCells, double tolerancePercent) {
        if (!(tolerancePercent > 0 && tolerancePercent <= 50)) {
            throw new IllegalArgumentException("tolerancePercent " + tolerancePercent + " outside (0, 50]");
        }
        if (!(givenCells > 0 && Double.isFinite(givenCells))) {
            return new InfusedDose(
                    prescription.exactCells(),
                    givenCells,
                    Double.NaN,
                    Double.NaN,
                    tolerancePercent,
                    false,
                    List.of(Finding.error(
                            FILE, "givenCells", num(givenCells), "DOSE-RANGE", "infused cells must be > 0")));
        }
        double deviation = (givenCells - prescription.exactCells()) / prescription.exactCells() * 100;
        boolean within = Math.abs(deviation) <= tolerancePercent + 1e-9;
        List<Finding> f = within
                ? List.of()
                : List.of(Finding.error(
                        FILE,
                        "givenCells",
                        num(givenCells),
                        "DOSE-TOLERANCE",
                        String.format(
                                Locale.ROOT,
                                "infused %s cells deviate %+.2f %% from the prescribed %s; allowed +/-%s %%",
                                num(givenCells),
                                deviation,
                                num(prescription.exactCells()),
                                num(tolerancePercent))));
        return new InfusedDose(
                prescription.exactCells(),
                givenCells,
                givenCells / prescription.weightKg(),
                deviation,
                tolerancePercent,
                within,
                f);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
