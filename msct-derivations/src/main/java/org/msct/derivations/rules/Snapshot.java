package org.msct.derivations.rules;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msct.instruments.model.BilagGrade;

/**
 * The analysis values of one subject at one time point: numeric results by parameter code and character results
 * (BILAG grades) by parameter code. An absent code is a missing value.
 *
 * @param numbers numeric AVAL by PARAMCD
 * @param texts character AVALC by PARAMCD
 */
public record Snapshot(Map<String, Double> numbers, Map<String, String> texts) {
    public Snapshot {
        numbers = Map.copyOf(numbers);
        texts = Map.copyOf(texts);
    }

    /** A snapshot without values. */
    public static Snapshot empty() {
        return new Snapshot(Map.of(), Map.of());
    }

    /** The numeric value of {@code paramcd}. */
    public OptionalDouble number(String paramcd) {
        Double d = numbers.get(paramcd);
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    /** The BILAG grade of {@code paramcd}; empty when missing or not a grade letter A–E. */
    public Optional<BilagGrade> grade(String paramcd) {
        String t = texts.get(paramcd);
        if (t == null) return Optional.empty();
        for (BilagGrade g : BilagGrade.values()) if (g.name().equals(t)) return Optional.of(g);
        return Optional.empty();
    }
}
