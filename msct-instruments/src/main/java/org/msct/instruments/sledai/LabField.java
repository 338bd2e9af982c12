package org.msct.instruments.sledai;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Labs;

/**
 * The lab values a definition file may refer to, by their JSON name (shared/spec/cli-contract.md §2) and unit. Maps a
 * name to the {@link Labs} accessor once, at load time, so scoring needs no reflection or string lookup.
 */
public enum LabField {
    PLATELETS("platelets_10e9_l", Labs::plateletsE9PerL, null),
    WBC("wbc_10e9_l", Labs::wbcE9PerL, null),
    NEUTROPHILS("neutrophils_10e9_l", Labs::neutrophilsE9PerL, null),
    LYMPHOCYTES("lymphocytes_10e9_l", Labs::lymphocytesE9PerL, null),
    HEMOGLOBIN("hemoglobin_g_dl", Labs::hemoglobinGPerDl, null),
    TEMPERATURE("temperature_c", Labs::temperatureC, null),
    PROTEIN_24H("protein_24h_g", Labs::protein24hG, null),
    UPCR("upcr_mg_mmol", Labs::upcrMgPerMmol, null),
    UACR("uacr_mg_mmol", Labs::uacrMgPerMmol, null),
    URINE_RBC("urine_rbc_hpf", Labs::urineRbcPerHpf, null),
    URINE_WBC("urine_wbc_hpf", Labs::urineWbcPerHpf, null),
    GFR("gfr_ml_min", Labs::gfrMlMin, null),
    URINARY_CASTS("urinary_casts", null, Labs::urinaryCasts),
    C3_LOW("c3_low", null, Labs::c3Low),
    C4_LOW("c4_low", null, Labs::c4Low),
    DSDNA_HIGH("dsdna_high", null, Labs::dsdnaHigh);

    private final String json;
    private final @Nullable Function<Labs, @Nullable Double> number;
    private final @Nullable Function<Labs, @Nullable Boolean> flag;

    LabField(
            String json,
            @Nullable Function<Labs, @Nullable Double> number,
            @Nullable Function<Labs, @Nullable Boolean> flag) {
        this.json = json;
        this.number = number;
        this.flag = flag;
    }

    /** The JSON name, which carries the unit. */
    public String json() {
        return json;
    }

    /** Whether the value is a number (else yes/no). */
    public boolean numeric() {
        return number != null;
    }

    /** The numeric value in {@code labs}, or {@code null} when absent (or when the field is yes/no). */
    public @Nullable Double number(Labs labs) {
        return number == null ? null : number.apply(labs);
    }

    /** The yes/no value in {@code labs}, or {@code null} when absent (or when the field is numeric). */
    public @Nullable Boolean flag(Labs labs) {
        return flag == null ? null : flag.apply(labs);
    }

    /** The field named {@code json}, or {@code null}. */
    public static @Nullable LabField fromJson(String json) {
        for (LabField f : values()) if (f.json.equals(json)) return f;
        return null;
    }
}
