package org.msct.stats.survival.logrank;

import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class LogRankReport {
    private LogRankReport() {}

    /** Log-rank and Peto-Peto tests across arms, stratified when {@code data.strata()} is present. */
    public static JsonObject results(TteData data) {
        throw new UnsupportedOperationException("logrank not implemented yet");
    }
}
