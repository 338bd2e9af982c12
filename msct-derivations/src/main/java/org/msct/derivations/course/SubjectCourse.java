package org.msct.derivations.course;

import java.util.List;
import java.util.Optional;

/**
 * One subject's course under one endpoint.
 *
 * @param studyId study
 * @param usubjid subject
 * @param states state at every analysis visit (also after the last visit of the period)
 * @param best patient-level response (an outcome code or the otherwise code; never NE)
 * @param bestVisit first visit at which {@code best} was reached, empty for a non-responder
 * @param response the response visit (first responding visit, or the landmark visit), empty for a non-responder
 * @param event first flare / relapse after the response within the period
 */
public record SubjectCourse(
        String studyId,
        String usubjid,
        List<VisitState> states,
        String best,
        Optional<VisitState> bestVisit,
        Optional<VisitState> response,
        Optional<CourseEvent> event) {
    public SubjectCourse {
        states = List.copyOf(states);
    }

    /** True when the subject responded (is at risk of a flare / relapse). */
    public boolean responded() {
        return response.isPresent();
    }

    /** State at visit {@code visitNumber}, empty when the visit is missing. */
    public Optional<String> stateAt(int visitNumber) {
        return states.stream()
                .filter(s -> s.visit().visitNumber() == visitNumber)
                .map(VisitState::state)
                .findFirst();
    }
}
