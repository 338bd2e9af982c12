package org.msct.trial.protocol;

import org.jspecify.annotations.Nullable;

/**
 * One inclusion or exclusion criterion. An inclusion criterion must be met; an exclusion criterion must not be met
 * (SDTM IE semantics: the condition describes the excluding state, e.g. "pregnant").
 *
 * @param code short name, SDTM IETESTCD rules: ≤ 8 letters, digits or underscores, not starting with a digit
 *     (e.g. {@code INCL01}, {@code EXCL03}); unique among the criteria active under any one option setting
 * @param category inclusion or exclusion
 * @param text the criterion as the protocol states it (SDTM IETEST)
 * @param condition the structured condition
 * @param provenance how the criterion is known
 * @param when the option setting under which the criterion applies; null = always
 */
public record Criterion(
        String code, Category category, String text, Condition condition, Provenance provenance, @Nullable When when) {

    /** SDTM IECAT. */
    public enum Category {
        INCLUSION,
        EXCLUSION
    }
}
