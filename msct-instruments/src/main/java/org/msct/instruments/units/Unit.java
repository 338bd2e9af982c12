package org.msct.instruments.units;

/**
 * A unit of one {@link Dimension}. Units are analyte-specific because the same symbol (mg/dL) converts differently for
 * creatinine, urea nitrogen or complement. Symbols and conversion factors are data ({@code instruments/units.v1.json},
 * loaded once by {@link UnitTable#standard()}); {@link #symbol()} reads them.
 */
public enum Unit {
    CREATININE_UMOL_PER_L(Dimension.CREATININE),
    CREATININE_MG_PER_DL(Dimension.CREATININE),
    CREATININE_MMOL_PER_L(Dimension.CREATININE),
    UREA_MMOL_PER_L(Dimension.UREA),
    UREA_MG_PER_DL(Dimension.UREA),
    BUN_MG_PER_DL(Dimension.UREA),
    PROTEIN_G_PER_24H(Dimension.PROTEIN_24H),
    PROTEIN_MG_PER_24H(Dimension.PROTEIN_24H),
    UPCR_MG_PER_MMOL(Dimension.UPCR),
    UPCR_MG_PER_G(Dimension.UPCR),
    UPCR_G_PER_G(Dimension.UPCR),
    UACR_MG_PER_MMOL(Dimension.UACR),
    UACR_MG_PER_G(Dimension.UACR),
    UACR_G_PER_G(Dimension.UACR),
    HAEMOGLOBIN_G_PER_DL(Dimension.HAEMOGLOBIN),
    HAEMOGLOBIN_G_PER_L(Dimension.HAEMOGLOBIN),
    HAEMOGLOBIN_MMOL_PER_L(Dimension.HAEMOGLOBIN),
    COUNT_E9_PER_L(Dimension.CELL_COUNT),
    COUNT_E3_PER_UL(Dimension.CELL_COUNT),
    COUNT_PER_MM3(Dimension.CELL_COUNT),
    COMPLEMENT_MG_PER_DL(Dimension.COMPLEMENT),
    COMPLEMENT_G_PER_L(Dimension.COMPLEMENT),
    TEMPERATURE_C(Dimension.TEMPERATURE),
    TEMPERATURE_F(Dimension.TEMPERATURE),
    HEIGHT_CM(Dimension.HEIGHT),
    HEIGHT_IN(Dimension.HEIGHT),
    WEIGHT_KG(Dimension.WEIGHT),
    WEIGHT_LB(Dimension.WEIGHT),
    DOSE_MG_PER_DAY(Dimension.DAILY_DOSE),
    DOSE_G_PER_DAY(Dimension.DAILY_DOSE);

    private final Dimension dimension;

    Unit(Dimension dimension) {
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Printed symbol from the units definition, e.g. {@code µmol/L}. */
    public String symbol() {
        return UnitTable.standard().symbol(this);
    }

    /** Symbol with the analyte, for error messages, e.g. {@code creatinine µmol/L (CREATININE_UMOL_PER_L)}. */
    public String describe() {
        return dimension.name().toLowerCase(java.util.Locale.ROOT) + " " + symbol() + " (" + name() + ")";
    }
}
