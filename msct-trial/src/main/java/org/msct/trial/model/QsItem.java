package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * One instrument item or score: one QS record. QSCAT names the instrument ({@link Instrument#qscat()}), QSTESTCD
 * the item (e.g. {@code SLE2K113} = SLEDAI-2K proteinuria). {@code orres} is the response as collected
 * ({@code PRESENT}/{@code ABSENT} for SLEDAI-2K, {@code 0}–{@code 4}/{@code ND} for BILAG items, {@code A}–{@code E}
 * for BILAG system grades), {@code stresc}/{@code stresn} the score the instrument assigns. A total computed by msct
 * has {@code drvfl = true}.
 *
 * @param usubjid USUBJID
 * @param seq QSSEQ, unique within the subject
 * @param testcd QSTESTCD (≤ 8 chars)
 * @param test QSTEST (≤ 40 chars)
 * @param cat QSCAT: {@code SLEDAI-2K}, {@code BILAG-2004}, {@code SDI}, {@code PGA}
 * @param scat QSSCAT, e.g. the BILAG system
 * @param orres QSORRES as collected
 * @param stresc QSSTRESC standardised result
 * @param stresn QSSTRESN numeric score; null for grades A–E and not-done items
 * @param stat QSSTAT: {@code NOT DONE} or null
 * @param reasnd QSREASND reason not done
 * @param lobxfl QSLOBXFL last observation before exposure (Y → true)
 * @param drvfl QSDRVFL derived (Y → true)
 * @param visitnum VISITNUM
 * @param visit VISIT
 * @param dtc QSDTC
 * @param evlint QSEVLINT recall window, ISO 8601 duration, e.g. {@code -P10D} (SLEDAI-2K), {@code -P4W} (BILAG)
 * @param row 1-based data row in qs.csv / qs.json, 0 when not read from a file
 */
public record QsItem(
        String usubjid,
        int seq,
        String testcd,
        String test,
        String cat,
        @Nullable String scat,
        @Nullable String orres,
        @Nullable String stresc,
        @Nullable Double stresn,
        @Nullable String stat,
        @Nullable String reasnd,
        @Nullable Boolean lobxfl,
        @Nullable Boolean drvfl,
        @Nullable Double visitnum,
        @Nullable String visit,
        @Nullable IsoDate dtc,
        @Nullable String evlint,
        int row) {
    public QsItem {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "QSSEQ");
        Require.text(testcd, "QSTESTCD");
        Require.text(test, "QSTEST");
        Require.text(cat, "QSCAT");
        Require.finite(stresn, "QSSTRESN");
        Require.finite(visitnum, "VISITNUM");
        Require.row(row);
    }

    /** Whether the item was scored by the platform (QSDRVFL = Y). */
    public boolean derived() {
        return Boolean.TRUE.equals(drvfl);
    }
}
