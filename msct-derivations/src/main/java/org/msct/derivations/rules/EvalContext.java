package org.msct.derivations.rules;

import java.util.List;
import java.util.Optional;

/**
 * Everything a condition may read for one subject at one visit.
 *
 * @param current values at the visit being classified
 * @param baseline baseline values, empty when the subject has none
 * @param reference reference values of an event definition (e.g. at the response visit), empty for response rules
 * @param state the visit's response state (for {@code stateIn} in event definitions), empty for response rules
 * @param systems BILAG system-grade parameter codes of the scheme in use (empty when the rule set uses no grades)
 */
public record EvalContext(
        Snapshot current,
        Optional<Snapshot> baseline,
        Optional<Snapshot> reference,
        Optional<String> state,
        List<String> systems) {
    public EvalContext {
        systems = List.copyOf(systems);
    }

    /** The snapshot an anchor designates. */
    public Optional<Snapshot> at(Anchor anchor) {
        return switch (anchor) {
            case CURRENT -> Optional.of(current);
            case BASELINE -> baseline;
            case REFERENCE -> reference;
        };
    }
}
