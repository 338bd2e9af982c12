package org.msct.trial.protocol;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code source} block of a protocol: the publications and registry records it is built from.
 *
 * @param citations the sources; the first is the index publication
 * @param registry trial-registry ids that apply to the study (may be empty)
 * @param spec the sections of the shared spec the file transcribes
 */
public record SourceBlock(List<Citation> citations, List<String> registry, @Nullable String spec) {
    public SourceBlock {
        citations = citations == null ? List.of() : List.copyOf(citations);
        registry = registry == null ? List.of() : List.copyOf(registry);
    }
}
