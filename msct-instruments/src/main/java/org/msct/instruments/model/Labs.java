package org.msct.instruments.model;

import org.jspecify.annotations.Nullable;

/**
 * Laboratory and vital-sign values of one assessment, each in the unit its name states (the JSON names of
 * shared/spec/cli-contract.md §2 are given in brackets). Absent = {@code null}; never guessed.
 *
 * @param plateletsE9PerL platelets ×10⁹/L [platelets_10e9_l]
 * @param wbcE9PerL white cells ×10⁹/L [wbc_10e9_l]
 * @param neutrophilsE9PerL neutrophils ×10⁹/L [neutrophils_10e9_l]
 * @param lymphocytesE9PerL lymphocytes ×10⁹/L [lymphocytes_10e9_l]
 * @param hemoglobinGPerDl haemoglobin g/dL [hemoglobin_g_dl]
 * @param temperatureC body temperature °C [temperature_c]
 * @param protein24hG 24-hour urine protein g/24 h [protein_24h_g]
 * @param upcrMgPerMmol urine protein:creatinine ratio mg/mmol [upcr_mg_mmol]
 * @param uacrMgPerMmol urine albumin:creatinine ratio mg/mmol [uacr_mg_mmol]
 * @param dipstickProtein urine dipstick protein 0 (negative/trace) to 4 (++++) [dipstick_protein]
 * @param urineRbcPerHpf urine red cells per high-power field [urine_rbc_hpf]
 * @param urineWbcPerHpf urine white cells per high-power field [urine_wbc_hpf]
 * @param urinaryCasts heme-granular or red-cell casts [urinary_casts]
 * @param creatinineUmolPerL serum creatinine µmol/L [creatinine_umol_l]
 * @param creatinineMgPerDl serum creatinine mg/dL [creatinine_mg_dl]
 * @param gfrMlMin measured or reported GFR mL/min(/1.73 m²) [gfr_ml_min]
 * @param c3Low C3 below the lower limit of normal [c3_low]
 * @param c4Low C4 below the lower limit of normal [c4_low]
 * @param dsdnaHigh anti-dsDNA above the upper limit of normal [dsdna_high]
 * @param systolicBp systolic blood pressure mmHg [systolic_bp]
 * @param diastolicBp diastolic blood pressure mmHg [diastolic_bp]
 * @param ureaMmolPerL serum urea mmol/L [urea_mmol_l]
 */
public record Labs(
        @Nullable Double plateletsE9PerL,
        @Nullable Double wbcE9PerL,
        @Nullable Double neutrophilsE9PerL,
        @Nullable Double lymphocytesE9PerL,
        @Nullable Double hemoglobinGPerDl,
        @Nullable Double temperatureC,
        @Nullable Double protein24hG,
        @Nullable Double upcrMgPerMmol,
        @Nullable Double uacrMgPerMmol,
        @Nullable Integer dipstickProtein,
        @Nullable Double urineRbcPerHpf,
        @Nullable Double urineWbcPerHpf,
        @Nullable Boolean urinaryCasts,
        @Nullable Double creatinineUmolPerL,
        @Nullable Double creatinineMgPerDl,
        @Nullable Double gfrMlMin,
        @Nullable Boolean c3Low,
        @Nullable Boolean c4Low,
        @Nullable Boolean dsdnaHigh,
        @Nullable Double systolicBp,
        @Nullable Double diastolicBp,
        @Nullable Double ureaMmolPerL) {
    public static final Labs EMPTY = new Labs(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /**
     * Serum creatinine in mg/dL from whichever unit was given (µmol/L ÷ 88.4, instruments.md §8); when both are given
     * the mg/dL value wins. {@code null} when neither is present.
     */
    public @Nullable Double creatinineMgPerDlAny() {
        if (creatinineMgPerDl != null) return creatinineMgPerDl;
        return creatinineUmolPerL == null ? null : creatinineUmolPerL / 88.4;
    }
}
