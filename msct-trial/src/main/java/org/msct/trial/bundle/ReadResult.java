package org.msct.trial.bundle;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.model.TrialData;

/**
 * The outcome of reading a bundle: all or nothing.
 *
 * @param data the trial, or null when any finding is an ERROR (nothing is half-loaded)
 * @param findings errors and warnings in the order found (files in reading order, rows ascending)
 */
public record ReadResult(@Nullable TrialData data, List<Finding> findings) {
    public ReadResult {
        findings = List.copyOf(findings);
        boolean errors = findings.stream().anyMatch(Finding::isError);
        if (errors && data != null) throw new IllegalArgumentException("data must be null when there are errors");
        if (!errors && data == null) throw new IllegalArgumentException("data is required when there are no errors");
    }

    public boolean hasErrors() {
        return data == null;
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
