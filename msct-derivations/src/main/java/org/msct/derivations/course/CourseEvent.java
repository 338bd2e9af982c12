package org.msct.derivations.course;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The first flare or relapse after a response.
 *
 * @param code event code of the definition (e.g. {@code NEPHRITIC}) or {@code DEATH}
 * @param date event date (visit date, or death date)
 * @param studyDay event study day
 * @param visit the visit at which it was detected; empty for a death
 */
public record CourseEvent(String code, LocalDate date, int studyDay, Optional<AnalysisVisit> visit) {
    /** Event code of a death counted as relapse. */
    public static final String DEATH = "DEATH";
}
