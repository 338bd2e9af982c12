package org.msct.trial.product;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.trial.protocol.CellSource;
import org.msct.trial.protocol.OptionSettings;
import org.msct.trial.protocol.Protocol;
import org.msct.trial.protocol.Regimen;

/**
 * Protocol settings of the lot release check.
 *
 * @param criteriaId id of the marker criteria (e.g. {@code isct-msc-2006})
 * @param minViabilityPercent lowest viability %, or null for no viability requirement (ISCT 2006 sets none; the
 *     protocols' option {@code releaseViability} defaults to 70 %)
 * @param allowedSources MSC sources the protocol allows; empty = any
 */
public record ReleaseOptions(String criteriaId, @Nullable Double minViabilityPercent, Set<CellSource> allowedSources) {
    public ReleaseOptions {
        allowedSources = Set.copyOf(allowedSources);
        if (minViabilityPercent != null && !(minViabilityPercent >= 0 && minViabilityPercent <= 100)) {
            throw new IllegalArgumentException("minViabilityPercent " + minViabilityPercent + " outside 0-100");
        }
    }

    /** ISCT 2006 markers, viability ≥ 70 %, any source: the protocols' defaults. */
    public static final ReleaseOptions DEFAULT = new ReleaseOptions("isct-msc-2006", 70.0, Set.of());

    /**
     * The release settings of {@code p} under option settings {@code s}.
     *
     * @throws IllegalStateException if no release specification applies (only for an invalid protocol)
     */
    public static ReleaseOptions of(Protocol p, OptionSettings s) {
        Regimen.ReleaseSpec r = p.release(s)
                .orElseThrow(() -> new IllegalStateException(
                        "protocol " + p.id() + " has no release specification under " + s.values()));
        return new ReleaseOptions(
                r.criteria(),
                r.minViabilityPercent(),
                Set.copyOf(p.regimen().cells().sources()));
    }
}
