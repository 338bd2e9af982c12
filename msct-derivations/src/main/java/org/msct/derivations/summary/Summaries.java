package org.msct.derivations.summary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.course.VisitState;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.rules.RuleSet;

/**
 * Patient counts with explicit numerators and denominators, as the seed papers report them (endpoint-rules.md
 * §1.4, §2.3, §3.3, §5, §7). Pure functions over the subjects and their courses under one endpoint.
 */
public final class Summaries {
    private Summaries() {}

    /** The subjects of a denominator. */
    public static Set<String> computeMembers(Denominator d, List<SubjectRecord> subjects, List<SubjectCourse> courses) {
        Map<String, SubjectCourse> byId = courses.stream().collect(Collectors.toMap(SubjectCourse::usubjid, c -> c));
        Predicate<SubjectRecord> in =
                switch (d) {
                    case Denominator.Enrolled x -> s -> true;
                    case Denominator.Survivors x -> s -> !s.diedBy(x.day());
                    case Denominator.Responders x -> s -> course(byId, s).responded();
                    case Denominator.AtRisk x -> s -> s.studyDay(s.lastAliveDate()) >= x.day();
                    case Denominator.Assessed x -> s -> course(byId, s)
                            .stateAt(x.visitNumber())
                            .filter(st -> !st.equals(RuleSet.NOT_EVALUABLE))
                            .isPresent();
                };
        return subjects.stream().filter(in).map(SubjectRecord::usubjid).collect(Collectors.toSet());
    }

    private static SubjectCourse course(Map<String, SubjectCourse> byId, SubjectRecord s) {
        SubjectCourse c = byId.get(s.usubjid());
        if (c == null) throw new IllegalArgumentException("no course for subject " + s.usubjid());
        return c;
    }

    private static Proportion of(
            String endpoint,
            Denominator d,
            List<SubjectRecord> subjects,
            List<SubjectCourse> courses,
            Predicate<SubjectCourse> counted) {
        Set<String> members = computeMembers(d, subjects, courses);
        List<String> num = courses.stream()
                .filter(c -> members.contains(c.usubjid()) && counted.test(c))
                .map(SubjectCourse::usubjid)
                .sorted()
                .toList();
        return new Proportion(endpoint, d, num, members.stream().sorted().toList());
    }

    /** "Ever achieved": patient-level response in {@code states} (e.g. MCR 13/40, CR or PR 49/81). */
    public static Proportion computeEver(
            String endpoint,
            List<SubjectRecord> subjects,
            List<SubjectCourse> courses,
            Set<String> states,
            Denominator d) {
        return of(endpoint, d, subjects, courses, c -> states.contains(c.best()));
    }

    /** Status at a visit: state at visit {@code visitNumber} in {@code states} (Gu 2014 41/45/44 %; CT 2013 by year). */
    public static Proportion computeStatusAt(
            String endpoint,
            List<SubjectRecord> subjects,
            List<SubjectCourse> courses,
            int visitNumber,
            Set<String> states,
            Denominator d) {
        return of(endpoint, d, subjects, courses, c -> c.stateAt(visitNumber)
                .filter(states::contains)
                .isPresent());
    }

    /**
     * First flare / relapse after response within the period (11/49 or 11/81; 9/37). Under the landmark aggregation a
     * subject whose response was not maintained is not a responder and is not counted.
     */
    public static Proportion computeEvent(
            String endpoint, List<SubjectRecord> subjects, List<SubjectCourse> courses, Denominator d) {
        return of(
                endpoint, d, subjects, courses, c -> c.responded() && c.event().isPresent());
    }

    /**
     * First events detected at visit {@code visitNumber} ({@link Counting#NEW_AT_VISIT}: ART 2014 3/24 at month 9 and
     * 4/24 at month 12) or at any visit up to it ({@link Counting#CUMULATIVE}). Deaths counted as relapse have no
     * visit and appear only in {@link #computeEvent}.
     */
    public static Proportion computeEventsByVisit(
            String endpoint,
            List<SubjectRecord> subjects,
            List<SubjectCourse> courses,
            int visitNumber,
            Counting counting,
            Denominator d) {
        return of(
                endpoint,
                d,
                subjects,
                courses,
                c -> c.responded()
                        && c.event()
                                .flatMap(e -> e.visit())
                                .map(v -> counting == Counting.NEW_AT_VISIT
                                        ? v.visitNumber() == visitNumber
                                        : v.visitNumber() <= visitNumber)
                                .orElse(false));
    }

    /**
     * In remission at study day {@code day} (SCR 2018 22/81, 6/81; 28/68): alive at {@code day}, responded, no
     * flare / relapse, and the category in {@code states} — the best category ({@link Category#BEST}, default) or the
     * last evaluable visit state of the period ({@link Category#LAST_STATUS}).
     */
    public static Proportion computeInRemission(
            String endpoint,
            List<SubjectRecord> subjects,
            List<SubjectCourse> courses,
            Set<String> states,
            Category category,
            int day,
            Denominator d) {
        Map<String, SubjectRecord> byId = subjects.stream().collect(Collectors.toMap(SubjectRecord::usubjid, s -> s));
        return of(
                endpoint,
                d,
                subjects,
                courses,
                c -> !byId.get(c.usubjid()).diedBy(day)
                        && c.responded()
                        && c.event().isEmpty()
                        && category(c, category).filter(states::contains).isPresent());
    }

    private static Optional<String> category(SubjectCourse c, Category category) {
        if (category == Category.BEST) return Optional.of(c.best());
        List<VisitState> evaluable = c.states().stream()
                .filter(s -> !s.state().equals(RuleSet.NOT_EVALUABLE))
                .toList();
        return evaluable.isEmpty()
                ? Optional.empty()
                : Optional.of(evaluable.get(evaluable.size() - 1).state());
    }

    /** Crude survival: alive (not known to have died) at study day {@code day} (Gu 77/81, ART 37/40, SCR 68/81). */
    public static Proportion computeAlive(
            String endpoint, List<SubjectRecord> subjects, List<SubjectCourse> courses, int day, Denominator d) {
        Map<String, SubjectRecord> byId = subjects.stream().collect(Collectors.toMap(SubjectRecord::usubjid, s -> s));
        return of(endpoint, d, subjects, courses, c -> !byId.get(c.usubjid()).diedBy(day));
    }

    /** Per-visit counting of first events. */
    public enum Counting {
        NEW_AT_VISIT,
        CUMULATIVE
    }

    /** Which category a subject in remission is counted under. */
    public enum Category {
        BEST,
        LAST_STATUS
    }
}
