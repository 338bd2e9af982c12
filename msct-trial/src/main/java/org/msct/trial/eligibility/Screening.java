package org.msct.trial.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.msct.trial.protocol.Criterion;
import org.msct.trial.protocol.OptionSettings;
import org.msct.trial.protocol.Protocol;

/**
 * Runs a protocol's eligibility criteria on one subject's data and explains each criterion (met, not met, missing
 * data), with the rule and the value used. Pure: the screening date is an argument, never the clock.
 *
 * <p>Decision: NOT_ELIGIBLE when an inclusion criterion is not met or an exclusion criterion is met; otherwise
 * INCOMPLETE while any criterion has missing data (missing data are never counted as met, nor as "not excluded");
 * otherwise ELIGIBLE.
 */
public final class Screening {
    private Screening() {}

    /** Screens with the protocol's default options. */
    public static ScreeningResult screen(Protocol protocol, SubjectData subject, LocalDate onDate) {
        return screen(protocol, protocol.defaults(), subject, onDate);
    }

    /** Screens with the given option settings (see {@link OptionSettings#of}). */
    public static ScreeningResult screen(
            Protocol protocol, OptionSettings options, SubjectData subject, LocalDate onDate) {
        ConditionEvaluator ev = new ConditionEvaluator(subject, onDate);
        List<CriterionResult> out = new ArrayList<>();
        for (Criterion c : protocol.criteria(options)) {
            Evaluation e = ev.evaluate(c.condition());
            String opt = c.when() == null
                    ? null
                    : c.when().option() + "=" + options.get(c.when().option());
            out.add(new CriterionResult(
                    c.code(),
                    c.category(),
                    c.text(),
                    e.status(),
                    CriterionResult.Outcome.of(c.category(), e.status()),
                    e,
                    c.provenance().tag(),
                    opt));
        }
        return new ScreeningResult(
                subject.subjectId(), protocol.id(), protocol.version(), options, onDate, decide(out), out);
    }

    static Decision decide(List<CriterionResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == CriterionResult.Outcome.FAILS)) return Decision.NOT_ELIGIBLE;
        if (results.stream().anyMatch(r -> r.outcome() == CriterionResult.Outcome.UNKNOWN)) return Decision.INCOMPLETE;
        return Decision.ELIGIBLE;
    }
}
