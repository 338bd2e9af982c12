package org.msct.stats.paired;

import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class PairedReport {
    private PairedReport() {}

    /** Pairs (param, visitA) with (paramB, visitB); d = b - a; per arm (at least 2 pairs) and pooled. */
    public static JsonObject results(LongData data, String param, String paramB, double visitA, double visitB) {
        throw new UnsupportedOperationException("paired not implemented yet");
    }
}
