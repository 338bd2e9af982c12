package org.msct.stats.survival.cox;

import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class CoxReport {
    private CoxReport() {}

    public static JsonObject results(TteData data, CoxOptions options) {
        throw new UnsupportedOperationException("cox not implemented yet");
    }
}
