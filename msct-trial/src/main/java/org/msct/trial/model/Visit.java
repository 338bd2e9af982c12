package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * An actual (or planned-but-missed) visit: one SV record. Key: USUBJID + VISITNUM.
 *
 * @param usubjid USUBJID
 * @param visitnum VISITNUM; unplanned visits have non-integer numbers (e.g. 3.01)
 * @param visit VISIT name
 * @param svpresp SVPRESP: pre-specified (Y/N)
 * @param svoccur SVOCCUR: occurred (Y/N); false for a planned visit that did not take place
 * @param svreasoc SVREASOC: reason for the occurrence value
 * @param visitdy VISITDY planned study day
 * @param svstdtc SVSTDTC start of the visit
 * @param svendtc SVENDTC end of the visit
 * @param svupdes SVUPDES description of an unplanned visit
 * @param row 1-based data row in sv.csv / sv.json, 0 when not read from a file
 */
public record Visit(
        String usubjid,
        double visitnum,
        @Nullable String visit,
        @Nullable Boolean svpresp,
        @Nullable Boolean svoccur,
        @Nullable String svreasoc,
        @Nullable Integer visitdy,
        @Nullable IsoDate svstdtc,
        @Nullable IsoDate svendtc,
        @Nullable String svupdes,
        int row) {
    public Visit {
        Require.text(usubjid, "USUBJID");
        if (!Double.isFinite(visitnum)) throw new IllegalArgumentException("VISITNUM is not finite");
        Require.row(row);
    }
}
