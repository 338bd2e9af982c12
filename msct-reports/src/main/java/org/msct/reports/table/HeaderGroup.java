package org.msct.reports.table;

import java.util.Objects;

/**
 * A header that spans {@code span} adjacent columns above the column headers, e.g. "Month 12" over "Mean ± SD" and
 * "p". An empty label leaves the columns below without a group (typically the label column).
 *
 * @param label group label (plain text), may be empty
 * @param span number of columns covered, at least 1
 */
public record HeaderGroup(String label, int span) {
    public HeaderGroup {
        Objects.requireNonNull(label, "label");
        if (span < 1)
            throw new IllegalArgumentException("header group '" + label + "': span must be >= 1, was " + span);
    }
}
