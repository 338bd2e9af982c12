package org.msct.derivations.bds;

import java.util.OptionalInt;

/**
 * Switches of the BDS derivation.
 *
 * @param baselineTiming which pre-treatment records may be baseline
 * @param baselineWindowDays how far before day 0 a baseline may lie (days), empty = no limit; default 30
 *     (endpoint-rules.md §1.4, assumption)
 * @param outOfWindow what happens to a post-baseline record outside every visit window
 * @param tieRule which record is analysed when two are equally close to the visit target
 */
public record BdsOptions(
        BaselineTiming baselineTiming, OptionalInt baselineWindowDays, OutOfWindow outOfWindow, TieRule tieRule) {
    /** Defaults: last non-missing on or before day 0 within 30 days; out-of-window kept as Unscheduled; earlier. */
    public static final BdsOptions DEFAULT = new BdsOptions(
            BaselineTiming.ON_OR_BEFORE_DAY0, OptionalInt.of(30), OutOfWindow.UNSCHEDULED, TieRule.EARLIER);

    public BdsOptions {
        if (baselineWindowDays.isPresent() && baselineWindowDays.getAsInt() < 0)
            throw new IllegalArgumentException("baselineWindowDays must be >= 0");
    }

    /** Baseline candidates: study day ≤ 0 (default; day-0 samples are taken before the infusion) or &lt; 0. */
    public enum BaselineTiming {
        ON_OR_BEFORE_DAY0,
        BEFORE_DAY0
    }

    /**
     * A post-baseline record outside every window: kept with AVISIT {@code Unscheduled}, no AVISITN and never
     * ANL01FL (default), or excluded from the dataset.
     */
    public enum OutOfWindow {
        UNSCHEDULED,
        EXCLUDE
    }

    /** Equal distance to the target day: the earlier record (default) or the later one. */
    public enum TieRule {
        EARLIER,
        LATER
    }
}
