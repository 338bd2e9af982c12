package org.msct.trial.finding;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem in the data, a definition file (protocol, classification criteria) or a product check.
 *
 * @param severity {@link Severity#ERROR} (blocks the import) or {@link Severity#WARNING}
 * @param file file name inside the bundle, e.g. {@code lb.csv}, {@code lb.json} or {@code study.json}
 * @param row 1-based data row (the CSV header and the Dataset-JSON metadata are not counted; for Dataset-JSON the
 *     index in {@code rows}); 0 when the finding is not about one row (a header, a whole file)
 * @param variable SDTM variable (e.g. {@code LBSTRESN}) or JSON member path; null when not about one variable
 * @param value the offending value as read; null when there is none (e.g. a missing variable)
 * @param ruleId stable rule identifier, e.g. {@code BUNDLE-DATE}; documented in docs/bundle-format.md
 * @param message human-readable explanation
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

    /** An error finding. */
    public static Finding error(
            String file, long row, @Nullable String variable, @Nullable String value, String ruleId, String message) {
        return new Finding(Severity.ERROR, file, row, variable, value, ruleId, message);
    }

    /** A warning finding. */
    public static Finding warning(
            String file, long row, @Nullable String variable, @Nullable String value, String ruleId, String message) {
        return new Finding(Severity.WARNING, file, row, variable, value, ruleId, message);
    }

    /** An error finding not about one row (a definition file, a whole file or a product check). */
    public static Finding error(
            String file, @Nullable String variable, @Nullable String value, String ruleId, String message) {
        return error(file, 0, variable, value, ruleId, message);
    }

    /** A warning finding not about one row. */
    public static Finding warning(
            String file, @Nullable String variable, @Nullable String value, String ruleId, String message) {
        return warning(file, 0, variable, value, ruleId, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file: row N, VARIABLE='value': message [RULE]} for logs and the CLI. */
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
