package org.msct.instruments.units;

/**
 * What a quantity measures. Conversions exist only between units of the same dimension; the canonical unit of each
 * dimension and every factor are in {@code instruments/units.v1.json}.
 */
public enum Dimension {
    /** Serum creatinine (canonical µmol/L). */
    CREATININE,
    /** Serum urea, also expressed as blood urea nitrogen (canonical mmol/L urea). */
    UREA,
    /** 24-hour urine protein excretion (canonical g/24 h). */
    PROTEIN_24H,
    /** Urine protein:creatinine ratio (canonical mg/mmol). */
    UPCR,
    /** Urine albumin:creatinine ratio (canonical mg/mmol). */
    UACR,
    /** Haemoglobin concentration (canonical g/dL). */
    HAEMOGLOBIN,
    /** Blood cell count (canonical ×10⁹/L). */
    CELL_COUNT,
    /** Complement C3/C4 concentration (canonical mg/dL). */
    COMPLEMENT,
    /** Body temperature (canonical °C). */
    TEMPERATURE,
    /** Body height (canonical cm). */
    HEIGHT,
    /** Body weight (canonical kg). */
    WEIGHT,
    /** Daily drug dose (canonical mg/day). */
    DAILY_DOSE;

    /** Whether values below zero can exist (only temperature scales have a non-zero origin). */
    public boolean allowsNegative() {
        return this == TEMPERATURE;
    }
}
