package org.msct.instruments.bilag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagSystem;

/**
 * BILAG-2004 section: item number → code 0–4 for scaled items, item number → yes/no for yes/no items, and the systems
 * previously involved (which turn an inactive system into D rather than E).
 */
public record BilagInput(
        Map<Integer, Integer> codes, Map<Integer, Boolean> flags, Set<BilagSystem> previouslyInvolved) {
    public BilagInput {
        codes = Map.copyOf(codes);
        flags = Map.copyOf(flags);
        previouslyInvolved = Set.copyOf(previouslyInvolved);
    }

    /** Parses the {@code bilag2004} object at JSON path {@code path}; throws FieldException on bad input. */
    public static BilagInput fromJson(JsonNode node, String path) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
