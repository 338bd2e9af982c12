package org.msct.trial.protocol;

import org.jspecify.annotations.Nullable;

/**
 * A planned visit (SDTM TV). Study day 0 is the first MSC infusion; SDTM VISITDY, which has no day 0, is
 * {@code studyDay + 1} for days ≥ 0 and {@code studyDay} before. Months are 365.25/12 days, rounded.
 *
 * @param number VISITNUM, strictly increasing with the study day
 * @param name VISIT, e.g. {@code MONTH 3}
 * @param epoch CDISC EPOCH: SCREENING, TREATMENT, FOLLOW-UP or LONG-TERM FOLLOW-UP
 * @param studyDay target study day
 * @param windowBefore days allowed before the target (≥ 0)
 * @param windowAfter days allowed after the target (≥ 0)
 * @param optional true when the visit may be skipped without a deviation
 * @param provenance how it is known
 * @param when the option setting under which it applies; null = always
 */
public record Visit(
        Integer number,
        String name,
        String epoch,
        Integer studyDay,
        Integer windowBefore,
        Integer windowAfter,
        Boolean optional,
        Provenance provenance,
        @Nullable When when) {

    /** First day of the window. */
    public int firstDay() {
        return studyDay - windowBefore;
    }

    /** Last day of the window. */
    public int lastDay() {
        return studyDay + windowAfter;
    }
}
