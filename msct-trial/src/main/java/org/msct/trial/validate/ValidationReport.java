package org.msct.trial.validate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.TrialData;

/**
 * The outcome of validating a bundle. All or nothing: {@link #data()} is the trial only when no finding is an ERROR.
 *
 * @param findings reader and rule findings sorted by file, then row (then rule id, variable)
 * @param counts findings per severity (every severity present, 0 when none)
 * @param rowsRead data rows read per domain ({@code DM}, {@code SV} … {@code DS}; SUPPEX rows are merged into EX);
 *     empty when the reader rejected the bundle (no data)
 * @param data the trial, or null when there are errors
 */
public record ValidationReport(
        List<Finding> findings, Map<Severity, Long> counts, Map<String, Long> rowsRead, @Nullable TrialData data) {
    public ValidationReport {
        findings = List.copyOf(findings);
        Map<Severity, Long> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) c.put(s, counts.getOrDefault(s, 0L));
        counts = Map.copyOf(c);
        rowsRead = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsRead));
        if (counts.get(Severity.ERROR) > 0 && data != null)
            throw new IllegalArgumentException("data must be null when there are errors");
    }

    public long errors() {
        return counts.getOrDefault(Severity.ERROR, 0L);
    }

    public long warnings() {
        return counts.getOrDefault(Severity.WARNING, 0L);
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    /** Sum of {@link #rowsRead()}. */
    public long totalRows() {
        return rowsRead.values().stream().mapToLong(Long::longValue).sum();
    }
}
