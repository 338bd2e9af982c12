package org.msct.derivations.tte;

import java.util.List;
import org.msct.derivations.dataset.Row;

/**
 * A structured row filter: the character variable {@code var} is (or, with {@code negate}, is not) one of {@code
 * values}. A missing value is never in the list.
 *
 * @param var variable name
 * @param values allowed values
 * @param negate true for "not in"
 */
public record Where(String var, List<String> values, boolean negate) {
    public Where {
        values = List.copyOf(values);
    }

    /** {@code var} in {@code values}. */
    public static Where in(String var, String... values) {
        return new Where(var, List.of(values), false);
    }

    /** {@code var} not in {@code values}. */
    public static Where notIn(String var, String... values) {
        return new Where(var, List.of(values), true);
    }

    /** True when {@code row} passes. */
    public boolean test(Row row) {
        Object v = row.get(var);
        boolean in = v != null && values.contains(v.toString());
        return in != negate;
    }

    /** True when {@code row} passes every filter. */
    public static boolean all(List<Where> filters, Row row) {
        return filters.stream().allMatch(w -> w.test(row));
    }
}
