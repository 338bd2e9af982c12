package org.msct.instruments.report;

import org.msct.core.json.JsonObject;
import org.msct.instruments.model.ScoreInput;

/** Scores every instrument the input allows and lays the results out as shared/spec/cli-contract.md §2 says. */
public final class ScoreReport {
    private ScoreReport() {}

    public static JsonObject score(ScoreInput in, ScoreOptions options) {
        throw new UnsupportedOperationException("score not implemented yet");
    }
}
