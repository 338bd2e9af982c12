package org.msct.trial.validate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;

/** Holds a rule's id, severity, description and source, and builds its findings. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Severity severity;
    private final String description;
    private final String source;

    BaseRule(String id, Severity severity, String description, String source) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.description = Objects.requireNonNull(description);
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String source() {
        return source;
    }

    final Finding finding(String file, long row, String variable, @Nullable Object value, String message) {
        return new Finding(severity, file, row, variable, value == null ? null : value.toString(), id, message);
    }

    @Override
    public String toString() {
        return id + " (" + severity + "): " + description;
    }
}
