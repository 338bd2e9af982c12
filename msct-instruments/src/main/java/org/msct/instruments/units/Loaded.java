package org.msct.instruments.units;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of reading a definition file: the definition when it is valid, and every finding (empty when valid).
 *
 * @param definition the parsed definition, {@code null} when there are findings
 * @param findings problems found, in file order
 */
public record Loaded<T>(@Nullable T definition, List<DefinitionFinding> findings) {
    public Loaded {
        findings = List.copyOf(findings);
    }

    /** The definition, or an {@link IllegalStateException} listing every finding. */
    public T orThrow() {
        if (definition == null || !findings.isEmpty()) {
            throw new IllegalStateException("invalid definition: " + findings);
        }
        return definition;
    }
}
