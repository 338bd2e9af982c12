package org.msct.instruments.model;

import org.jspecify.annotations.Nullable;

/**
 * Patient characteristics used by the equations (eGFR, prednisone mg/kg). Every member may be absent.
 *
 * @param sex "F" or "M"
 * @param ageYears age in years
 * @param weightKg body weight in kg
 * @param heightCm height in cm
 * @param black self-reported Black race (CKD-EPI 2009 and MDRD coefficients only)
 */
public record Patient(
        @Nullable String sex,
        @Nullable Double ageYears,
        @Nullable Double weightKg,
        @Nullable Double heightCm,
        @Nullable Boolean black) {
    public static final Patient EMPTY = new Patient(null, null, null, null, null);
}
