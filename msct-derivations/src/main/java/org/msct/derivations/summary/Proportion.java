package org.msct.derivations.summary;

import java.util.HashSet;
import java.util.List;

/**
 * A count with its explicit numerator and denominator subjects.
 *
 * @param endpoint what is counted, e.g. {@code renal remission (CR or PR) by month 12}
 * @param denominatorKind the denominator
 * @param numerator subjects counted (always a subset of {@code denominator}), sorted
 * @param denominator subjects of the denominator, sorted
 */
public record Proportion(
        String endpoint, Denominator denominatorKind, List<String> numerator, List<String> denominator) {
    public Proportion {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        if (!new HashSet<>(denominator).containsAll(numerator))
            throw new IllegalArgumentException("numerator of " + endpoint + " is not within its denominator");
    }

    /** Numerator count. */
    public int n() {
        return numerator.size();
    }

    /** Denominator count. */
    public int d() {
        return denominator.size();
    }

    /** 100 n / d; NaN when d = 0. */
    public double percent() {
        return denominator.isEmpty() ? Double.NaN : 100.0 * numerator.size() / denominator.size();
    }

    @Override
    public String toString() {
        return endpoint + ": " + n() + "/" + d() + " (" + denominatorKind.describe() + ")";
    }
}
