package org.msct.instruments.sledai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * SLEDAI-2K section of an assessment: descriptors the investigator marked present, and lab-derived descriptors that
 * are present by value but not attributable to SLE (e.g. cytopenia after cyclophosphamide conditioning).
 */
public record SledaiInput(Set<String> present, Set<String> notAttributable) {
    public SledaiInput {
        present = Set.copyOf(present);
        notAttributable = Set.copyOf(notAttributable);
    }

    /** Parses the {@code sledai2k} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SledaiInput fromJson(JsonNode node, String path) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
