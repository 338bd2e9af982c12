package org.msct.derivations.input;

/**
 * One planned post-baseline assessment visit with its analysis window, in study days (day 0 = first infusion).
 *
 * @param visitNumber analysis visit number ({@code AVISITN}); for the MSCT grid the month, e.g. 3
 * @param name analysis visit name ({@code AVISIT}), e.g. {@code Month 3}
 * @param targetDay target study day, e.g. 91
 * @param windowLow first study day of the window (inclusive)
 * @param windowHigh last study day of the window (inclusive)
 */
public record PlannedVisit(int visitNumber, String name, int targetDay, int windowLow, int windowHigh) {
    public PlannedVisit {
        if (visitNumber <= 0)
            throw new IllegalArgumentException("visit " + name + ": visitNumber must be > 0 (0 is the baseline)");
        if (!(windowLow <= targetDay && targetDay <= windowHigh)) {
            throw new IllegalArgumentException("visit " + name + ": window [" + windowLow + ", " + windowHigh
                    + "] must contain target day " + targetDay);
        }
        if (windowLow <= 0) throw new IllegalArgumentException("visit " + name + ": window must start after day 0");
    }

    /** True when {@code studyDay} lies inside the window. */
    public boolean contains(int studyDay) {
        return windowLow <= studyDay && studyDay <= windowHigh;
    }
}
