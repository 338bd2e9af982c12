package org.msct.reports.figure;

import java.util.Objects;
import org.msct.reports.table.Fmt;

/**
 * One row of a {@link ForestChart}: a ratio estimate (hazard ratio, odds ratio) with its confidence interval. A row
 * whose estimate is NaN is a heading: its label is printed in bold and nothing is plotted.
 *
 * @param label row label, e.g. "Baseline proteinuria (per g/24 h)"
 * @param estimate the ratio, &gt; 0, or NaN for a heading row
 * @param lower lower confidence limit, 0 &le; lower &le; estimate (0 draws an arrow to the left edge)
 * @param upper upper confidence limit, estimate &le; upper &le; +∞ (+∞ draws an arrow to the right edge)
 * @param annotation text in the right-hand column; "" for {@link Fmt#ci(double, double, double) "est (lo–hi)"}
 *     with 2 decimals
 */
public record ForestRow(String label, double estimate, double lower, double upper, String annotation) {
    public ForestRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(annotation, "annotation");
        if (!Double.isNaN(estimate)) {
            boolean ok =
                    Double.isFinite(estimate) && estimate > 0 && lower >= 0 && lower <= estimate && upper >= estimate;
            if (!ok) {
                throw new IllegalArgumentException("forest row '" + label + "': need 0 <= lower <= estimate <= upper"
                        + " and estimate > 0; got " + estimate + " (" + lower + ", " + upper + ")");
            }
        }
    }

    /** A row with the default annotation. */
    public ForestRow(String label, double estimate, double lower, double upper) {
        this(label, estimate, lower, upper, "");
    }

    /** A heading row (bold label, nothing plotted). */
    public static ForestRow heading(String label) {
        return new ForestRow(label, Double.NaN, Double.NaN, Double.NaN, "");
    }

    /** Whether this is a heading row. */
    public boolean isHeading() {
        return Double.isNaN(estimate);
    }

    /** The right-hand column text. */
    String annotationText() {
        if (isHeading()) return annotation;
        if (!annotation.isEmpty()) return annotation;
        return Fmt.ci(estimate, lower, Double.isInfinite(upper) ? Double.NaN : upper);
    }
}
