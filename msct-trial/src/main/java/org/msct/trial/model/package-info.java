/**
 * The MSCT trial data model: pure, immutable records mirroring the SDTM datasets of a study bundle (one record per
 * SDTM row, SDTM variable names in the Javadoc), plus the {@link org.msct.trial.model.TrialData} aggregate with lookups
 * by USUBJID. Dates are {@link org.msct.trial.model.IsoDate} (ISO 8601, partial allowed, never imputed); every
 * record keeps its 1-based source {@code row} so that validation findings can name the file row. Format:
 * docs/bundle-format.md.
 */
@NullMarked
package org.msct.trial.model;

import org.jspecify.annotations.NullMarked;
