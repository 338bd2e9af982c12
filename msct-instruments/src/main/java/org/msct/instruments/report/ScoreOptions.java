package org.msct.instruments.report;

/**
 * Options of {@code msct score}.
 *
 * @param explain add the explanation of each score (items and rules that fired) to the output
 */
public record ScoreOptions(boolean explain) {
    public static final ScoreOptions DEFAULTS = new ScoreOptions(false);
}
