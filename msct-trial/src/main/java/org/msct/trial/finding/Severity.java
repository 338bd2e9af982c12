package org.msct.trial.finding;

/** How bad a finding is: an {@link #ERROR} blocks an import, a {@link #WARNING} is reported and the data loads. */
public enum Severity {
    ERROR,
    WARNING
}
