package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * A concomitant or prior medication: one CM record. Glucocorticoids and immunosuppressants drive LLDAS, DORIS,
 * SFI and refractoriness; dose per administration in {@code dosu} (e.g. prednisone 20 {@code mg} {@code QD}).
 *
 * @param usubjid USUBJID
 * @param seq CMSEQ, unique within the subject
 * @param trt CMTRT reported name
 * @param decod CMDECOD standardised name (WHODrug), e.g. {@code PREDNISONE}
 * @param cat CMCAT, sponsor categories {@link #GLUCOCORTICOID}, {@link #IMMUNOSUPPRESSANT}, {@link #ANTIMALARIAL}
 * @param indc CMINDC indication
 * @param dose CMDOSE dose per administration
 * @param dosu CMDOSU (C71620), e.g. {@code mg}, {@code g}
 * @param dosfrq CMDOSFRQ (C71113), e.g. {@code QD}, {@code BID}, {@code QM}
 * @param route CMROUTE (C66729), e.g. {@code ORAL}, {@code INTRAVENOUS}
 * @param stdtc CMSTDTC start
 * @param endtc CMENDTC end
 * @param enrf CMENRF end relative to reference period (C66728), e.g. {@code ONGOING}, {@code BEFORE}
 * @param row 1-based data row in cm.csv / cm.json, 0 when not read from a file
 */
public record ConMed(
        String usubjid,
        int seq,
        String trt,
        @Nullable String decod,
        @Nullable String cat,
        @Nullable String indc,
        @Nullable Double dose,
        @Nullable String dosu,
        @Nullable String dosfrq,
        @Nullable String route,
        @Nullable IsoDate stdtc,
        @Nullable IsoDate endtc,
        @Nullable String enrf,
        int row) {
    /** CMCAT for systemic glucocorticoids (prednisone, methylprednisolone). */
    public static final String GLUCOCORTICOID = "GLUCOCORTICOID";
    /** CMCAT for immunosuppressants (cyclophosphamide, MMF, azathioprine, tacrolimus, leflunomide ...). */
    public static final String IMMUNOSUPPRESSANT = "IMMUNOSUPPRESSANT";
    /** CMCAT for antimalarials (hydroxychloroquine). */
    public static final String ANTIMALARIAL = "ANTIMALARIAL";

    public ConMed {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "CMSEQ");
        Require.text(trt, "CMTRT");
        Require.finite(dose, "CMDOSE");
        Require.row(row);
    }
}
