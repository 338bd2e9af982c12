package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * An adverse event: one AE record. CTCAE grade in AETOXGR as {@code "1"}–{@code "5"} (no CDISC codelist; CTCAE
 * version named in the study's define.xml), relation to MSCT in AEREL ({@link Causality}).
 *
 * @param usubjid USUBJID
 * @param seq AESEQ, unique within the subject
 * @param term AETERM reported term
 * @param decod AEDECOD MedDRA preferred term (Req in SDTM)
 * @param cat AECAT, e.g. {@code INFUSION REACTION}
 * @param bodsys AEBODSYS body system / SOC
 * @param sev AESEV (C66769): {@code MILD}, {@code MODERATE}, {@code SEVERE}
 * @param ser AESER serious (Y/N)
 * @param acn AEACN (C66767), {@code NOT APPLICABLE} after a completed single infusion
 * @param rel AEREL relation to MSCT
 * @param out AEOUT (C66768), e.g. {@code FATAL}, {@code RECOVERED/RESOLVED}
 * @param scong AESCONG congenital anomaly (Y/N)
 * @param sdisab AESDISAB disability (Y/N)
 * @param sdth AESDTH results in death (Y/N)
 * @param shosp AESHOSP requires or prolongs hospitalisation (Y/N)
 * @param slife AESLIFE life threatening (Y/N)
 * @param smie AESMIE other medically important (Y/N)
 * @param toxgr AETOXGR CTCAE grade 1–5
 * @param stdtc AESTDTC start
 * @param endtc AEENDTC end
 * @param row 1-based data row in ae.csv / ae.json, 0 when not read from a file
 */
public record AdverseEvent(
        String usubjid,
        int seq,
        String term,
        String decod,
        @Nullable String cat,
        @Nullable String bodsys,
        @Nullable String sev,
        @Nullable Boolean ser,
        @Nullable String acn,
        @Nullable Causality rel,
        @Nullable String out,
        @Nullable Boolean scong,
        @Nullable Boolean sdisab,
        @Nullable Boolean sdth,
        @Nullable Boolean shosp,
        @Nullable Boolean slife,
        @Nullable Boolean smie,
        @Nullable Integer toxgr,
        @Nullable IsoDate stdtc,
        @Nullable IsoDate endtc,
        int row) {
    public AdverseEvent {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "AESEQ");
        Require.text(term, "AETERM");
        Require.text(decod, "AEDECOD");
        if (toxgr != null && (toxgr < 1 || toxgr > 5))
            throw new IllegalArgumentException("AETOXGR outside 1-5: " + toxgr);
        Require.row(row);
    }

    /** Whether the event is serious (AESER = Y). */
    public boolean serious() {
        return Boolean.TRUE.equals(ser);
    }
}
