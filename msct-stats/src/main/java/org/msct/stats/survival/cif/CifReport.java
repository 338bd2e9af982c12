package org.msct.stats.survival.cif;

import java.util.Map;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;

/** Entry point used by {@code msct stats}; see the JSON layout in shared/spec/cli-contract.md. */
public final class CifReport {
    private CifReport() {}

    /**
     * @param causeLabels label per cause code (codes without a label are named {@code cause<k>})
     * @param times landmark times or {@code null}
     */
    public static JsonObject results(TteData data, Map<Integer, String> causeLabels, double[] times) {
        throw new UnsupportedOperationException("cif not implemented yet");
    }
}
