package org.msct.trial.model;

/**
 * A visit of the schedule of assessments with its window, in SDTM study days (day 1 = day of the first MSC
 * infusion, RFSTDTC; the day before is -1; there is no day 0). A visit on study day d is in window when
 * {@code day - windowBefore <= d <= day + windowAfter}.
 *
 * @param visitnum VISITNUM (integer for planned visits)
 * @param visit VISIT name, e.g. {@code MONTH 3}
 * @param day planned study day (VISITDY)
 * @param windowBefore days allowed before {@code day} (>= 0)
 * @param windowAfter days allowed after {@code day} (>= 0)
 */
public record PlannedVisit(double visitnum, String visit, int day, int windowBefore, int windowAfter) {
    public PlannedVisit {
        if (!Double.isFinite(visitnum)) throw new IllegalArgumentException("visitnum is not finite");
        Require.text(visit, "visit");
        if (day == 0) throw new IllegalArgumentException("SDTM study days have no day 0");
        if (windowBefore < 0 || windowAfter < 0) throw new IllegalArgumentException("windows must be >= 0");
    }

    /** Whether study day {@code studyDay} lies in this visit's window (inclusive). */
    public boolean inWindow(int studyDay) {
        return studyDay >= day - windowBefore && studyDay <= day + windowAfter;
    }
}
