package org.msct.stats.proportion;

import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class McNemarReport {
    private McNemarReport() {}

    public static JsonObject results(LongData data, String param, String paramB, double visitA, double visitB) {
        throw new UnsupportedOperationException("mcnemar not implemented yet");
    }
}
