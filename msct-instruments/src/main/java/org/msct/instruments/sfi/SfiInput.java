package org.msct.instruments.sfi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Extra SELENA flare-index facts of a visit that neither SLEDAI nor treatment fields carry (new/worse features...). */
public record SfiInput(List<String> newOrWorse, boolean hospitalised) {
    public SfiInput {
        newOrWorse = List.copyOf(newOrWorse);
    }

    /** Parses the {@code sfi} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SfiInput fromJson(JsonNode node, String path) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
