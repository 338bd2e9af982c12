package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * A subject's death, as derived by {@link TrialData#death(String)} from DM (DTHFL = Y, DTHDTC) and the DS record
 * with DSDECOD = {@code DEATH}, whose DSTERM carries the reported cause.
 *
 * @param usubjid USUBJID
 * @param date DTHDTC, null when the date is unknown
 * @param cause reported cause (DSTERM of the DEATH disposition), null when not recorded
 */
public record Death(String usubjid, @Nullable IsoDate date, @Nullable String cause) {
    public Death {
        Require.text(usubjid, "USUBJID");
    }
}
