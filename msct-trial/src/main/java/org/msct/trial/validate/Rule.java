package org.msct.trial.validate;

import java.util.List;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;

/**
 * One validation rule of a loaded bundle: a pure function from the trial to its findings. Every finding names the
 * file, the 1-based data row, the SDTM variable, the value as read and the rule id. Rule ids are stable
 * ({@code VAL-<DOMAIN>-<nnn>}) and documented in docs/bundle-format.md.
 */
public interface Rule {
    /** Stable id, e.g. {@code VAL-LB-001}. */
    String id();

    /** Severity of the findings this rule reports. */
    Severity severity();

    /** One-line description for the documentation and {@code --help}. */
    String description();

    /** Where the rule comes from (spec section, SDTMIG assumption, protocol). */
    String source();

    /** The findings for {@code ctx}; empty when the data satisfy the rule. Never throws for bad data. */
    List<Finding> check(ValidationContext ctx);
}
