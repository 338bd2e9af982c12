package org.msct.instruments.sdi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** SDI section: damage item code → points recorded (see shared/spec/instruments.md §5). */
public record SdiInput(Map<String, Integer> items) {
    public SdiInput {
        items = Map.copyOf(items);
    }

    /** Parses the {@code sdi} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SdiInput fromJson(JsonNode node, String path) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
