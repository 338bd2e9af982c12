package org.msct.trial.validate;

import java.util.Objects;
import org.msct.trial.product.ReleaseOptions;

/**
 * Settings of the validation rules.
 *
 * @param doseTolerancePercent allowed deviation of the infused cells from weight × prescribed cells/kg, % of the
 *     prescription, in (0, 50]; default 10 (the protocols' tolerance, MscDosing)
 * @param release ISCT release criteria and options for the lots of study.json; default {@link ReleaseOptions#DEFAULT}
 *     (ISCT 2006, viability ≥ 70 %)
 * @param labRelativeTolerance allowed relative difference between LBSTRESN and LBORRES converted to the standard unit,
 *     on top of half a unit of LBSTRESC's last digit (rounding); default 0.01 (1 %)
 */
public record ValidationOptions(double doseTolerancePercent, ReleaseOptions release, double labRelativeTolerance) {
    /** The defaults. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(10, ReleaseOptions.DEFAULT, 0.01);

    public ValidationOptions {
        if (!(doseTolerancePercent > 0 && doseTolerancePercent <= 50)) {
            throw new IllegalArgumentException("doseTolerancePercent outside (0, 50]: " + doseTolerancePercent);
        }
        Objects.requireNonNull(release, "release");
        if (!(labRelativeTolerance >= 0 && labRelativeTolerance < 1)) {
            throw new IllegalArgumentException("labRelativeTolerance outside [0, 1): " + labRelativeTolerance);
        }
    }
}
