package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * A disposition event or protocol milestone: one DS record. DSDECOD depends on DSCAT: {@code DISPOSITION EVENT} →
 * NCOMPLT (C66727: {@code COMPLETED}, {@code DEATH}, {@code LOST TO FOLLOW-UP}, {@code WITHDRAWAL BY SUBJECT} ...);
 * {@code PROTOCOL MILESTONE} → PROTMLST (C114118: {@code INFORMED CONSENT OBTAINED} ...).
 *
 * @param usubjid USUBJID
 * @param seq DSSEQ, unique within the subject
 * @param term DSTERM reported term; for a death, the cause of death as reported
 * @param decod DSDECOD standardised term
 * @param cat DSCAT (C74558)
 * @param scat DSSCAT (C170443): {@code STUDY PARTICIPATION}, {@code STUDY TREATMENT}
 * @param epoch EPOCH (C99079)
 * @param dtc DSDTC collection date
 * @param stdtc DSSTDTC start of the event
 * @param row 1-based data row in ds.csv / ds.json, 0 when not read from a file
 */
public record Disposition(
        String usubjid,
        int seq,
        String term,
        String decod,
        @Nullable String cat,
        @Nullable String scat,
        @Nullable String epoch,
        @Nullable IsoDate dtc,
        @Nullable IsoDate stdtc,
        int row) {
    /** DSDECOD of a death (C28554). */
    public static final String DEATH = "DEATH";
    /** DSCAT of end-of-study / end-of-treatment records. */
    public static final String DISPOSITION_EVENT = "DISPOSITION EVENT";

    public Disposition {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "DSSEQ");
        Require.text(term, "DSTERM");
        Require.text(decod, "DSDECOD");
        Require.row(row);
    }
}
