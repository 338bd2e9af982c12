package org.msct.trial.protocol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a definition file (protocol, classification criteria) or in a product check. Same shape as the
 * study-bundle findings so that both can be listed together.
 *
 * @param severity {@link Severity#ERROR} (the definition cannot be used) or {@link Severity#WARNING}
 * @param file file name, e.g. {@code wang-2014.v1.json}, or a lot id for product checks
 * @param row always 0 for JSON definitions (findings are located by {@code variable}); kept for the common shape
 * @param variable JSON path of the offending member (e.g. {@code eligibility.criteria[2].code}); null for the file
 * @param value the offending value as read; null when there is none (e.g. a missing member)
 * @param ruleId stable rule identifier, e.g. {@code PRT-011}; listed in {@link ProtocolValidator}
 * @param message human-readable explanation naming what is allowed
 */
public record Finding(
        Severity severity,
        String file,
        long row,
        @Nullable String variable,
        @Nullable String value,
        String ruleId,
        String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        if (row < 0) throw new IllegalArgumentException("row must be >= 0: " + row);
    }

    public static Finding error(
            String file, @Nullable String variable, @Nullable String value, String ruleId, String message) {
        return new Finding(Severity.ERROR, file, 0, variable, value, ruleId, message);
    }

    public static Finding warning(
            String file, @Nullable String variable, @Nullable String value, String ruleId, String message) {
        return new Finding(Severity.WARNING, file, 0, variable, value, ruleId, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code SEVERITY file: variable='value': message [RULE]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(severity).append(' ').append(file);
        if (row > 0) sb.append(": row ").append(row);
        if (variable != null) sb.append(row > 0 ? ", " : ": ").append(variable);
        if (value != null) sb.append("='").append(value).append('\'');
        return sb.append(": ")
                .append(message)
                .append(" [")
                .append(ruleId)
                .append(']')
                .toString();
    }
}
