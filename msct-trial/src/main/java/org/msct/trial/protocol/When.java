package org.msct.trial.protocol;

import java.util.List;

/**
 * Makes a protocol element conditional on a named option: the element applies when option {@code option} is set to
 * one of {@code in}. Elements without a {@code when} always apply.
 *
 * @param option the option id (see {@link ProtocolOption})
 * @param in the choices of that option for which the element applies
 */
public record When(String option, List<String> in) {
    public When {
        in = in == null ? List.of() : List.copyOf(in);
    }
}
