package org.msct.trial.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A named choice where the sources disagree (with each other or with the registry), or where the literature leaves a
 * parameter open. Elements of the protocol (criteria, infusions, visits, endpoints, release specifications) that depend
 * on the choice carry a {@link When}.
 *
 * @param id option id, camelCase (e.g. {@code sledaiThreshold})
 * @param description what the option decides
 * @param choices the allowed settings
 * @param defaultChoice the setting used unless the user chooses another (JSON {@code default}); the one the spec argues
 *     for, with the argument in {@code rationale}
 * @param rationale why the default is the default
 * @param provenance how the disagreement itself is known
 */
public record ProtocolOption(
        String id,
        String description,
        List<Choice> choices,
        @JsonProperty("default") String defaultChoice,
        String rationale,
        Provenance provenance) {
    public ProtocolOption {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Whether {@code value} is one of the choices. */
    public boolean allows(String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }

    /** The choice values, in file order. */
    public List<String> values() {
        return choices.stream().map(Choice::value).toList();
    }

    /**
     * One setting of an option.
     *
     * @param value setting name, UPPER_SNAKE (e.g. {@code REGISTRY_GE8})
     * @param description what it means, with its source
     * @param provenance how it is known
     */
    public record Choice(String value, String description, Provenance provenance) {}
}
