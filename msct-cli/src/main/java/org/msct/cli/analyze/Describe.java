package org.msct.cli.analyze;

import org.msct.stats.describe.Descriptives;

/** A labelled {@link Results.Continuous} from msct-stats' {@link Descriptives} (NaN values dropped). */
final class Describe {
    private Describe() {}

    static Results.Continuous of(String id, String label, String definition, double[] values) {
        Descriptives d = Descriptives.of(values);
        return new Results.Continuous(id, label, definition, d.n(), d.mean(), d.sd(), d.median(), d.q1(), d.q3());
    }
}
