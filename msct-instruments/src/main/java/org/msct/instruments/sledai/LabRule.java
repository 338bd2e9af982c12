package org.msct.instruments.sledai;

import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Labs;

/**
 * One lab condition of a definition file, e.g. {@code platelets_10e9_l lt 100} or {@code c3_low isTrue}. An absent
 * value never satisfies a rule.
 *
 * @param field the lab
 * @param op {@link Comparison#IS_TRUE} for yes/no labs, a numeric operator for numeric labs
 * @param value the threshold in the unit of {@code field} (ignored for {@code isTrue})
 */
public record LabRule(LabField field, Comparison op, double value) {
    public LabRule {
        if (field.numeric() != op.numeric()) {
            throw new IllegalArgumentException("operator " + op.json() + " does not apply to " + field.json());
        }
    }

    /** Whether the value in {@code labs} is present and satisfies the rule. */
    public boolean matches(Labs labs) {
        if (op == Comparison.IS_TRUE) return Boolean.TRUE.equals(field.flag(labs));
        Double v = field.number(labs);
        return v != null && op.test(v, value);
    }

    /** The numeric value this rule reads, or {@code null}. */
    public @Nullable Double valueIn(Labs labs) {
        return field.number(labs);
    }

    /** The evidence, e.g. {@code "platelets_10e9_l 99 < 100"}, for labs that satisfy the rule. */
    public String explain(Labs labs) {
        if (op == Comparison.IS_TRUE) return field.json() + " = true";
        Double v = field.number(labs);
        return field.json() + " " + (v == null ? "absent" : Numbers.format(v)) + " " + op.symbol() + " "
                + Numbers.format(value);
    }

    /** E.g. {@code "platelets_10e9_l < 100"}. */
    @Override
    public String toString() {
        return op == Comparison.IS_TRUE
                ? field.json() + " = true"
                : field.json() + " " + op.symbol() + " " + Numbers.format(value);
    }
}
