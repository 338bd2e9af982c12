package org.msct.trial.protocol;

import org.jspecify.annotations.Nullable;

/**
 * Study design as published.
 *
 * @param description e.g. "single-centre pilot, open label, single arm"
 * @param centres number of centres, if known
 * @param plannedSubjects planned number of subjects (registry), if known
 * @param enrolled number enrolled / analysed in the index publication
 * @param followUpMonths planned or reported follow-up, months
 * @param provenance how it is known
 */
public record Design(
        String description,
        @Nullable Integer centres,
        @Nullable Integer plannedSubjects,
        Integer enrolled,
        Double followUpMonths,
        Provenance provenance) {}
