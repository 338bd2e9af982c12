package org.msct.stats.proportion;

import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class BinomReport {
    private BinomReport() {}

    /** Data mode: 0/1 values of (param, visit) per arm and pooled; difference when there are two arms. */
    public static JsonObject fromData(LongData data, String param, double visit, String refArm, double p0) {
        throw new UnsupportedOperationException("binom not implemented yet");
    }

    /** Counts mode: one result per (x, n) pair. */
    public static JsonObject fromCounts(int[] x, int[] n, double p0) {
        throw new UnsupportedOperationException("binom not implemented yet");
    }
}
