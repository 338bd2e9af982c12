package org.msct.instruments.renal;

import java.util.List;

/**
 * One equation's result.
 *
 * @param equation which equation
 * @param value full double precision, never rounded; unit {@link EgfrEquation#unit()}
 * @param method the equation form and definition version used, e.g. {@code "CKD-EPI 2009 table form (egfr v1)"}
 * @param warnings applicability warnings (e.g. adult equation at age 12); never a refusal
 */
public record EgfrValue(EgfrEquation equation, double value, String method, List<String> warnings) {
    public EgfrValue {
        warnings = List.copyOf(warnings);
    }
}
