package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * One laboratory result: one LB record (SDTMIG 3.4 LB). Test codes and units are CDISC submission values
 * (cdisc-terms.md §4.1): e.g. {@code CREAT} in {@code umol/L}, {@code PROTEXR} in {@code g/day}, {@code C3} in
 * {@code g/L}, {@code PLAT} in {@code 10^9/L}. A test not done has {@code stat = "NOT DONE"} and null results.
 *
 * @param usubjid USUBJID
 * @param seq LBSEQ, unique within the subject
 * @param testcd LBTESTCD (C65047)
 * @param test LBTEST (C67154)
 * @param cat LBCAT: {@code CHEMISTRY}, {@code HEMATOLOGY}, {@code URINALYSIS}, {@code IMMUNOLOGY}
 * @param orres LBORRES result as reported
 * @param orresu LBORRESU unit as reported (C71620)
 * @param ornrlo LBORNRLO reference range lower limit, original units (text)
 * @param ornrhi LBORNRHI reference range upper limit, original units (text)
 * @param stresc LBSTRESC result in standard format
 * @param stresn LBSTRESN numeric result in standard units; null when non-numeric or not done
 * @param stresu LBSTRESU standard unit
 * @param stnrlo LBSTNRLO lower limit, standard units
 * @param stnrhi LBSTNRHI upper limit, standard units
 * @param nrind LBNRIND (C78736): {@code NORMAL}, {@code LOW}, {@code HIGH}, {@code ABNORMAL}
 * @param stat LBSTAT: {@code NOT DONE} or null
 * @param reasnd LBREASND reason not done
 * @param spec LBSPEC (C78734): {@code SERUM}, {@code BLOOD}, {@code URINE}
 * @param method LBMETHOD (C85492)
 * @param lobxfl LBLOBXFL last observation before exposure (Y → true)
 * @param drvfl LBDRVFL derived by the platform (Y → true)
 * @param visitnum VISITNUM
 * @param visit VISIT
 * @param dtc LBDTC specimen collection (start of a timed collection)
 * @param endtc LBENDTC end of a timed collection (24-h urine)
 * @param row 1-based data row in lb.csv / lb.json, 0 when not read from a file
 */
public record LabResult(
        String usubjid,
        int seq,
        String testcd,
        String test,
        @Nullable String cat,
        @Nullable String orres,
        @Nullable String orresu,
        @Nullable String ornrlo,
        @Nullable String ornrhi,
        @Nullable String stresc,
        @Nullable Double stresn,
        @Nullable String stresu,
        @Nullable Double stnrlo,
        @Nullable Double stnrhi,
        @Nullable String nrind,
        @Nullable String stat,
        @Nullable String reasnd,
        @Nullable String spec,
        @Nullable String method,
        @Nullable Boolean lobxfl,
        @Nullable Boolean drvfl,
        @Nullable Double visitnum,
        @Nullable String visit,
        @Nullable IsoDate dtc,
        @Nullable IsoDate endtc,
        int row) {
    public LabResult {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "LBSEQ");
        Require.text(testcd, "LBTESTCD");
        Require.text(test, "LBTEST");
        Require.finite(stresn, "LBSTRESN");
        Require.finite(stnrlo, "LBSTNRLO");
        Require.finite(stnrhi, "LBSTNRHI");
        Require.finite(visitnum, "VISITNUM");
        Require.row(row);
    }

    /** Whether the test was not done (LBSTAT = NOT DONE). */
    public boolean notDone() {
        return "NOT DONE".equals(stat);
    }
}
