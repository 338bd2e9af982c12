package org.msct.trial.product;

import java.util.List;
import org.msct.trial.finding.Finding;

/**
 * The release check of one lot.
 *
 * @param lotId the lot
 * @param releasable true only when there is no ERROR finding
 * @param findings every failed or unverifiable rule, each naming the marker or field, its value and the rule
 */
public record ReleaseResult(String lotId, boolean releasable, List<Finding> findings) {
    public ReleaseResult {
        findings = List.copyOf(findings);
    }
}
