package org.msct.instruments.sfi;

/**
 * How "increase to &gt; level" is read for the severe SLEDAI (&gt; 12), PGA (&gt; 2.5) and prednisone (&gt; 0.5
 * mg/kg/day) criteria. Protocol-defined (shared/spec/instruments.md §2.2 conventions (a)/(b)).
 */
public enum SevereLevelRule {
    /** Current above the level and higher than previous (spec conventions (a)/(b); default). */
    ABOVE_AND_INCREASED,
    /** Current above the level and increased by at least the mild step (3 SLEDAI points, 1.0 PGA). Not for prednisone. */
    ABOVE_AND_MILD_STEP,
    /** Current above the level, whatever the previous value (literal reading). */
    ABOVE
}
