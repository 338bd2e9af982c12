package org.msct.trial.protocol;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a protocol element comes from.
 *
 * @param tag verified / verified-secondary / recalled / inferred (clinical-definitions.md §0)
 * @param sources citation refs of the protocol's {@code source.citations} (e.g. {@code S12}); may be empty for an
 *     inference that rests on the remarks
 * @param note the reasoning for an inference, or a caveat (e.g. "low-quality copy of the Methods")
 */
public record Provenance(@Nullable ProvenanceTag tag, List<String> sources, @Nullable String note) {
    public Provenance {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
