package org.msct.stats.data;

import java.util.List;

/**
 * Long-format visit data (one row per subject × visit × parameter), as the oracles' long CSV.
 *
 * @param visit visit numbers (0 = baseline)
 * @param value values; NaN = missing
 */
public record LongData(
        String file,
        int[] subject,
        List<String> subjectLevels,
        int[] arm,
        List<String> armLevels,
        double[] visit,
        int[] param,
        List<String> paramLevels,
        double[] value) {

    public int size() {
        return value.length;
    }

    /** Code of parameter {@code name}, or -1 if no row has it. */
    public int paramCode(String name) {
        return paramLevels.indexOf(name);
    }
}
