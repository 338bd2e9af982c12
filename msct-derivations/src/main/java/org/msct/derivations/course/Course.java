package org.msct.derivations.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msct.derivations.course.CourseOptions.Aggregation;
import org.msct.derivations.course.CourseOptions.DeathAfterResponse;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.rules.EvalContext;
import org.msct.derivations.rules.Reference;
import org.msct.derivations.rules.RuleSet;
import org.msct.derivations.rules.RuleSets;
import org.msct.derivations.rules.Snapshot;

/**
 * A subject's course under an endpoint: per-visit states, patient-level response, response visit and first event.
 * Rules from endpoint-rules.md §1.4, §2.3, §3.3 and §7: no imputation; a visit that cannot be classified (NE) is
 * skipped; a patient with no evaluable visit, or who died before responding, is a non-responder; flares and relapses
 * are looked for only after the response, within the period, and only the first is kept.
 */
public final class Course {
    private Course() {}

    /** The courses of every subject (in {@code subjects} order). */
    public static List<SubjectCourse> computeCourses(
            List<SubjectRecord> subjects, Map<String, SubjectVisits> visits, Endpoint endpoint) {
        List<SubjectCourse> out = new ArrayList<>();
        for (SubjectRecord s : subjects) {
            out.add(computeCourse(
                    s,
                    visits.getOrDefault(s.usubjid(), new SubjectVisits(s.usubjid(), Optional.empty(), List.of())),
                    endpoint));
        }
        return out;
    }

    /** The state of every visit under the endpoint's response definition. */
    public static List<VisitState> computeStates(SubjectVisits v, Endpoint e) {
        List<VisitState> out = new ArrayList<>();
        for (AnalysisVisit a : v.visits()) {
            EvalContext ctx =
                    new EvalContext(a.values(), v.baseline(), Optional.empty(), Optional.empty(), e.responseSystems());
            out.add(new VisitState(a, RuleSets.classify(e.response(), ctx)));
        }
        return out;
    }

    /** One subject's course. */
    public static SubjectCourse computeCourse(SubjectRecord s, SubjectVisits v, Endpoint e) {
        CourseOptions o = e.options();
        RuleSet rules = e.response();
        List<VisitState> states = computeStates(v, e);
        List<VisitState> period = states.stream()
                .filter(st -> st.visit().visitNumber() <= o.lastVisitNumber())
                .toList();
        Optional<VisitState> response;
        String best = rules.otherwiseCode();
        if (o.aggregation() == Aggregation.BEST_EVER) {
            response =
                    period.stream().filter(st -> isResponse(rules, st.state())).findFirst();
            for (VisitState st : period)
                if (!st.state().equals(RuleSet.NOT_EVALUABLE) && rules.rank(st.state()) < rules.rank(best))
                    best = st.state();
        } else {
            int lm = o.landmarkVisit().getAsInt();
            response = period.stream()
                    .filter(st -> st.visit().visitNumber() == lm && isResponse(rules, st.state()))
                    .findFirst();
            if (response.isPresent()) best = response.get().state();
        }
        Optional<CourseEvent> event = response.flatMap(r -> computeEvent(s, v, period, period.indexOf(r), e));
        if (o.aggregation() == Aggregation.LANDMARK_MAINTAINED && event.isPresent()) {
            best = rules.otherwiseCode();
            response = Optional.empty();
        }
        String b = best;
        Optional<VisitState> bestVisit = period.stream()
                .filter(st -> st.state().equals(b) && isResponse(rules, b))
                .findFirst();
        return new SubjectCourse(s.studyId(), s.usubjid(), states, best, bestVisit, response, event);
    }

    /** True when {@code code} is one of the rule set's outcomes (a response), not the otherwise code or NE. */
    public static boolean isResponse(RuleSet rules, String code) {
        return rules.outcome(code).isPresent();
    }

    /** The first event after the response visit {@code period.get(responseAt)}; see {@link Reference}. */
    static Optional<CourseEvent> computeEvent(
            SubjectRecord s, SubjectVisits v, List<VisitState> period, int responseAt, Endpoint e) {
        VisitState response = period.get(responseAt);
        if (e.event().isPresent()) {
            RuleSet rules = e.event().get();
            Reference ref = e.options().reference().orElse(rules.reference().orElse(Reference.RESPONSE_VISIT));
            for (int i = responseAt + 1; i < period.size(); i++) {
                VisitState st = period.get(i);
                Snapshot refValues = computeReference(ref, v, period, responseAt, i);
                EvalContext ctx = new EvalContext(
                        st.visit().values(),
                        v.baseline(),
                        Optional.of(refValues),
                        Optional.of(st.state()),
                        e.eventSystems());
                String code = RuleSets.classify(rules, ctx);
                if (rules.outcome(code).isPresent())
                    return Optional.of(
                            new CourseEvent(code, st.visit().date(), st.visit().studyDay(), Optional.of(st.visit())));
            }
        }
        if (e.options().deathAfterResponse() == DeathAfterResponse.RELAPSE
                && s.deathDate().isPresent()) {
            int day = s.studyDay(s.deathDate().get());
            if (day <= e.options().horizonDay() && day > response.visit().studyDay()) {
                return Optional.of(
                        new CourseEvent(CourseEvent.DEATH, s.deathDate().get(), day, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** Reference values for the visit {@code period.get(current)}. */
    static Snapshot computeReference(
            Reference ref, SubjectVisits v, List<VisitState> period, int responseAt, int current) {
        Snapshot atResponse = period.get(responseAt).visit().values();
        return switch (ref) {
            case RESPONSE_VISIT -> atResponse;
            case PREVIOUS_VISIT -> period.get(current - 1).visit().values();
            case BASELINE -> v.baseline().orElse(Snapshot.empty());
            case NADIR -> {
                Map<String, Double> min = new HashMap<>();
                for (int i = 0; i < current; i++) {
                    period.get(i).visit().values().numbers().forEach((k, x) -> min.merge(k, x, Math::min));
                }
                yield new Snapshot(min, atResponse.texts());
            }
        };
    }
}
