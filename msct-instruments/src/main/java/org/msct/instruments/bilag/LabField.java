package org.msct.instruments.bilag;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Labs;

/**
 * The measured values that BILAG-2004 reads from an assessment's {@link Labs}, with their contract names
 * (shared/spec/cli-contract.md §2). Creatinine is in µmol/L whichever unit was given (mg/dL × 88.4).
 */
public enum LabField {
    SYSTOLIC_BP("systolic_bp", Labs::systolicBp),
    DIASTOLIC_BP("diastolic_bp", Labs::diastolicBp),
    DIPSTICK_PROTEIN("dipstick_protein", l -> l.dipstickProtein() == null ? null : (double) l.dipstickProtein()),
    UACR("uacr_mg_mmol", Labs::uacrMgPerMmol),
    UPCR("upcr_mg_mmol", Labs::upcrMgPerMmol),
    PROTEIN_24H("protein_24h_g", Labs::protein24hG),
    CREATININE("creatinine_umol_l", LabField::creatinineUmol),
    GFR("gfr_ml_min", Labs::gfrMlMin),
    HEMOGLOBIN("hemoglobin_g_dl", Labs::hemoglobinGPerDl),
    WBC("wbc_10e9_l", Labs::wbcE9PerL),
    NEUTROPHILS("neutrophils_10e9_l", Labs::neutrophilsE9PerL),
    LYMPHOCYTES("lymphocytes_10e9_l", Labs::lymphocytesE9PerL),
    PLATELETS("platelets_10e9_l", Labs::plateletsE9PerL);

    private final String contractName;
    private final Function<Labs, @Nullable Double> accessor;

    LabField(String contractName, Function<Labs, @Nullable Double> accessor) {
        this.contractName = contractName;
        this.accessor = accessor;
    }

    /** The member name in the contract's {@code labs} object. */
    public String contractName() {
        return contractName;
    }

    /** The value in {@code labs}, or {@code null} when absent. */
    public @Nullable Double read(Labs labs) {
        return accessor.apply(labs);
    }

    /** The field whose contract name is {@code name}, or {@code null}. */
    public static @Nullable LabField byContractName(String name) {
        for (LabField f : values()) {
            if (f.contractName.equals(name)) return f;
        }
        return null;
    }

    private static @Nullable Double creatinineUmol(Labs labs) {
        if (labs.creatinineUmolPerL() != null) return labs.creatinineUmolPerL();
        return labs.creatinineMgPerDl() == null ? null : labs.creatinineMgPerDl() * 88.4;
    }
}
