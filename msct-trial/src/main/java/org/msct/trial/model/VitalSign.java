package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * One vital-sign measurement: one VS record. Units from C66770 (VSRESU): {@code mmHg}, {@code C}, {@code kg},
 * {@code cm}, {@code beats/min}.
 *
 * @param usubjid USUBJID
 * @param seq VSSEQ, unique within the subject
 * @param testcd VSTESTCD (C66741), e.g. {@code SYSBP}, {@code TEMP}, {@code WEIGHT}
 * @param test VSTEST
 * @param pos VSPOS (C71148)
 * @param orres VSORRES as collected
 * @param orresu VSORRESU
 * @param stresc VSSTRESC
 * @param stresn VSSTRESN numeric result in standard units, null when not numeric or not done
 * @param stresu VSSTRESU
 * @param stat VSSTAT: {@code NOT DONE} or null
 * @param reasnd VSREASND reason not done
 * @param lobxfl VSLOBXFL: last observation before exposure (Y → true)
 * @param visitnum VISITNUM
 * @param visit VISIT
 * @param dtc VSDTC
 * @param row 1-based data row in vs.csv / vs.json, 0 when not read from a file
 */
public record VitalSign(
        String usubjid,
        int seq,
        String testcd,
        String test,
        @Nullable String pos,
        @Nullable String orres,
        @Nullable String orresu,
        @Nullable String stresc,
        @Nullable Double stresn,
        @Nullable String stresu,
        @Nullable String stat,
        @Nullable String reasnd,
        @Nullable Boolean lobxfl,
        @Nullable Double visitnum,
        @Nullable String visit,
        @Nullable IsoDate dtc,
        int row) {
    public VitalSign {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "VSSEQ");
        Require.text(testcd, "VSTESTCD");
        Require.text(test, "VSTEST");
        Require.finite(stresn, "VSSTRESN");
        Require.finite(visitnum, "VISITNUM");
        Require.row(row);
    }
}
