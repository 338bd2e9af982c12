package org.msct.stats.survival.km;

import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class KmReport {
    private KmReport() {}

    /**
     * @param times landmark times or {@code null}
     * @param tau restricted-mean horizon or {@code null}
     * @param withTable include the per-time {@code table}
     */
    public static JsonObject results(TteData data, double[] times, Double tau, boolean withTable) {
        throw new UnsupportedOperationException("km not implemented yet");
    }
}
