package org.msct.instruments.response;

/**
 * One criterion of an index, as evaluated.
 *
 * @param id stable identifier, e.g. {@code SLEDAI_REDUCTION}
 * @param rule the rule with its threshold and operator, e.g. {@code "baseline − follow-up SLEDAI-2K ≥ 4"}
 * @param outcome met, failed, or not evaluated (input absent and the options allow it, or informational)
 * @param observed the values the rule was applied to, e.g. {@code "10 → 6 (fall 4)"}
 */
public record CriterionResult(String id, String rule, Outcome outcome, String observed) {
    public enum Outcome {
        MET,
        FAILED,
        NOT_EVALUATED
    }

    static CriterionResult of(String id, String rule, boolean met, String observed) {
        return new CriterionResult(id, rule, met ? Outcome.MET : Outcome.FAILED, observed);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
