package org.msct.instruments.response;

import java.util.function.Supplier;

/**
 * One criterion of an index, as evaluated. The explanation texts ({@link #rule()}, {@link #observed()}) are formatted
 * only when asked for, so that batch scoring, which needs only the outcome, does not pay for them (this is why this
 * value type is a class with suppliers rather than a record of strings).
 */
public final class CriterionResult {
    /** Outcome of one criterion. */
    public enum Outcome {
        MET,
        FAILED,
        /** Input absent and the options allow it, or the criterion is informational. */
        NOT_EVALUATED
    }

    private final String id;
    private final Outcome outcome;
    private final Supplier<String> rule;
    private final Supplier<String> observed;

    /**
     * @param id stable identifier, e.g. {@code SLEDAI_REDUCTION}
     * @param outcome met, failed or not evaluated
     * @param rule the rule with its threshold and operator, e.g. {@code "baseline − follow-up SLEDAI ≥ 4"}
     * @param observed the values the rule was applied to, e.g. {@code "10 → 6 (fall 4)"}
     */
    public CriterionResult(String id, Outcome outcome, Supplier<String> rule, Supplier<String> observed) {
        this.id = id;
        this.outcome = outcome;
        this.rule = rule;
        this.observed = observed;
    }

    static CriterionResult of(String id, boolean met, Supplier<String> rule, Supplier<String> observed) {
        return new CriterionResult(id, met ? Outcome.MET : Outcome.FAILED, rule, observed);
    }

    public String id() {
        return id;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The rule with its threshold and operator. */
    public String rule() {
        return rule.get();
    }

    /** The values the rule was applied to. */
    public String observed() {
        return observed.get();
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return id + " " + outcome + ": " + rule() + " — " + observed();
    }
}
