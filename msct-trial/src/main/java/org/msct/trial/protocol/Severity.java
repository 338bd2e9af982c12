package org.msct.trial.protocol;

/** How bad a finding is: an {@link #ERROR} makes a definition unusable, a {@link #WARNING} is reported only. */
public enum Severity {
    ERROR,
    WARNING
}
