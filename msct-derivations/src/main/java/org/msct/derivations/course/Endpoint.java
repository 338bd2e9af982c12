package org.msct.derivations.course;

import java.util.List;
import java.util.Optional;
import org.msct.derivations.bilag.BilagSchemes;
import org.msct.derivations.rules.RuleSet;

/**
 * One endpoint: the per-visit response definition, the optional flare / relapse definition, ADRS parameters and the
 * counting conventions.
 *
 * @param response response / remission definition (a response family)
 * @param event flare / relapse definition (an event family), when the endpoint has one
 * @param params ADRS parameter codes
 * @param options counting conventions
 * @param responseSystems BILAG grade parameters of the response definition's scheme (empty when it uses no grades)
 * @param eventSystems BILAG grade parameters of the event definition's scheme
 */
public record Endpoint(
        RuleSet response,
        Optional<RuleSet> event,
        ResponseParams params,
        CourseOptions options,
        List<String> responseSystems,
        List<String> eventSystems) {
    public Endpoint {
        if (response.family().isEvent())
            throw new IllegalArgumentException("rule set " + response.id() + " is not a response definition");
        if (event.isPresent() && !event.get().family().isEvent())
            throw new IllegalArgumentException("rule set " + event.get().id() + " is not a flare / relapse definition");
        responseSystems = List.copyOf(responseSystems);
        eventSystems = List.copyOf(eventSystems);
    }

    /** An endpoint whose BILAG systems are taken from the rule sets' schemes. */
    public static Endpoint of(RuleSet response, Optional<RuleSet> event, ResponseParams params, CourseOptions options) {
        return new Endpoint(response, event, params, options, systems(Optional.of(response)), systems(event));
    }

    private static List<String> systems(Optional<RuleSet> rules) {
        return rules.flatMap(RuleSet::bilagScheme)
                .map(id -> BilagSchemes.load(id).gradeParams())
                .orElse(List.of());
    }

    /** A copy with other options. */
    public Endpoint withOptions(CourseOptions o) {
        return new Endpoint(response, event, params, o, responseSystems, eventSystems);
    }
}
