package org.msct.stats.survival.cox;

import java.util.List;

/**
 * Options of a Cox fit as {@code msct stats cox} (and the R oracle cox.R) take them.
 *
 * @param refArm reference arm or {@code null} for the first in byte order
 * @param covariates numeric covariate columns, used as-is
 * @param cluster robust sandwich SE clustered by subject_id
 * @param noArm leave the arm out of the model
 * @param ties tie methods to fit, in output order (efron, breslow, exact)
 */
public record CoxOptions(String refArm, List<String> covariates, boolean cluster, boolean noArm, List<Ties> ties) {
    public CoxOptions {
        covariates = List.copyOf(covariates);
        ties = List.copyOf(ties);
    }

    public enum Ties {
        EFRON,
        BRESLOW,
        EXACT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
