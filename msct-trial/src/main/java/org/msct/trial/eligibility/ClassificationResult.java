package org.msct.trial.eligibility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The classification of one subject by one criteria set.
 *
 * @param setId criteria set id
 * @param status MET (classified), NOT_MET, or MISSING_DATA (the missing items decide)
 * @param items every item of the set with its status; for weighted sets, whether its weight counts (the highest met
 *     in its domain)
 * @param points weighted sets: points from met items (missing counted as not met); null otherwise
 * @param maxPoints weighted sets: points if every missing item were met; null otherwise
 * @param explanation one line: counts, points, rule and, for a recorded statement, that it was recorded
 */
public record ClassificationResult(
        String setId,
        Status status,
        List<ItemStatus> items,
        @Nullable Integer points,
        @Nullable Integer maxPoints,
        String explanation) {
    public ClassificationResult {
        items = List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param code item code
     * @param status met, not met, or missing data (not assessed)
     * @param weight points, weighted sets only
     * @param counted weighted sets: the item is met and is the highest-weighted met item of its domain
     */
    public record ItemStatus(String code, Status status, @Nullable Integer weight, boolean counted) {}
}
