package org.msct.instruments.renal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The equations that could be computed for one patient and assessment, in contract order (ckd_epi_2021,
 * ckd_epi_2009, mdrd_175, mdrd_186, cockcroft_gault, schwartz_bedside[, schwartz_quadratic]). An equation whose inputs
 * are missing is absent, never guessed.
 *
 * @param values computed values, in contract order
 * @param warnings warnings not tied to one equation (e.g. race not given, creatinine given in two units)
 */
public record EgfrResult(List<EgfrValue> values, List<String> warnings) {
    public EgfrResult {
        values = List.copyOf(values);
        warnings = List.copyOf(warnings);
    }

    /** The value of {@code equation}, empty when it was not computed. */
    public OptionalDouble value(EgfrEquation equation) {
        for (EgfrValue v : values) {
            if (v.equation() == equation) return OptionalDouble.of(v.value());
        }
        return OptionalDouble.empty();
    }

    /** Values keyed as the contract output ({@code ckd_epi_2021} …), in contract order; unmodifiable. */
    public Map<String, Double> byKey() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (EgfrValue v : values) m.put(v.equation().key(), v.value());
        return Collections.unmodifiableMap(m);
    }

    /** True when no equation could be computed (the {@code egfr} member is then left out of the output). */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
