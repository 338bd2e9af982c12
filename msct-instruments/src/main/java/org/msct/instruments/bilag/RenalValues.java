package org.msct.instruments.bilag;

import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.Labs;

/**
 * Renal values of one assessment (items 78, 79, 81–84, 86, 87), {@code null} when absent or, for the current
 * assessment, marked not attributable to SLE. Creatinine is in µmol/L; {@code creatinineMgDl} keeps a mg/dL entry so
 * that two mg/dL values are compared without conversion.
 */
record RenalValues(
        @Nullable Double protein24h,
        @Nullable Double upcr,
        @Nullable Double uacr,
        @Nullable Double dipstick,
        @Nullable Double creatinine,
        @Nullable Double creatinineUmolRaw,
        @Nullable Double creatinineMgDl,
        @Nullable Double gfr,
        @Nullable Double systolic,
        @Nullable Double diastolic) {

    /** No values (the "previous" of a first visit). */
    static final RenalValues NONE = new RenalValues(null, null, null, null, null, null, null, null, null, null);

    static RenalValues of(Labs labs, @Nullable BilagInput in, Bilag2004Definition def) {
        return new RenalValues(
                read(LabField.PROTEIN_24H, labs, in, def),
                read(LabField.UPCR, labs, in, def),
                read(LabField.UACR, labs, in, def),
                read(LabField.DIPSTICK_PROTEIN, labs, in, def),
                read(LabField.CREATININE, labs, in, def),
                attributable(LabField.CREATININE, in, def) ? labs.creatinineUmolPerL() : null,
                attributable(LabField.CREATININE, in, def) ? labs.creatinineMgPerDl() : null,
                read(LabField.GFR, labs, in, def),
                read(LabField.SYSTOLIC_BP, labs, in, def),
                read(LabField.DIASTOLIC_BP, labs, in, def));
    }

    private static @Nullable Double read(LabField f, Labs labs, @Nullable BilagInput in, Bilag2004Definition def) {
        return attributable(f, in, def) ? f.read(labs) : null;
    }

    private static boolean attributable(LabField f, @Nullable BilagInput in, Bilag2004Definition def) {
        return in == null
                || in.notAttributable().isEmpty()
                || !in.notAttributable().contains(def.itemOf(f));
    }

    /** Whether a quantitative proteinuria measure (24-h, UPCR, UACR) is present; the dipstick is then not used. */
    boolean quantitative() {
        return protein24h != null || upcr != null || uacr != null;
    }

    /** Sign of current/previous creatinine × 100 − percent, on the values in a common unit (exact decimals). */
    static int creatinineVsPercent(RenalValues cur, RenalValues prev, double percent) {
        if (cur.creatinineUmolRaw == null
                && prev.creatinineUmolRaw == null
                && cur.creatinineMgDl != null
                && prev.creatinineMgDl != null) {
            return Exact.compareProducts(cur.creatinineMgDl, 100, prev.creatinineMgDl, percent);
        }
        return Exact.compareProducts(cur.creatinine, 100, prev.creatinine, percent);
    }
}
