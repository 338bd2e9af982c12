package org.msct.reports.figure;

import java.util.List;
import java.util.Objects;

/**
 * A forest plot of ratio estimates (hazard ratios from univariate Cox models, odds ratios) with confidence
 * intervals on a log axis: labels on the left, a square at the estimate and a line for the interval in the middle,
 * a solid reference line at 1, and the formatted estimate (CI) on the right. Optional "favours" captions under the
 * axis on each side of 1.
 *
 * <p>The axis runs over 1, 2 and 5 times powers of ten enclosing every estimate, every finite non-zero bound and 1
 * (see {@link LogTicks}). A bound of 0 or +∞ is drawn as an arrow to the axis edge. The height grows with the
 * number of rows (24 px each).
 *
 * @param title accessible title (not drawn)
 * @param xLabel axis title, e.g. "Hazard ratio for remission (log scale)"
 * @param labelHeader header of the label column, may be empty
 * @param estimateHeader header of the right-hand column, e.g. "HR (95% CI)"
 * @param rows at least one row
 * @param favoursBelow caption left of 1, e.g. "Favours lower remission", may be empty
 * @param favoursAbove caption right of 1, may be empty
 */
public record ForestChart(
        String title,
        String xLabel,
        String labelHeader,
        String estimateHeader,
        List<ForestRow> rows,
        String favoursBelow,
        String favoursAbove)
        implements Chart {
    public ForestChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(labelHeader, "labelHeader");
        Objects.requireNonNull(estimateHeader, "estimateHeader");
        rows = List.copyOf(rows);
        Objects.requireNonNull(favoursBelow, "favoursBelow");
        Objects.requireNonNull(favoursAbove, "favoursAbove");
        if (rows.isEmpty()) throw new IllegalArgumentException("forest plot '" + title + "': no rows");
    }

    /** A forest plot without label header and "favours" captions. */
    public ForestChart(String title, String xLabel, String estimateHeader, List<ForestRow> rows) {
        this(title, xLabel, "", estimateHeader, rows, "", "");
    }

    @Override
    public String toSvg(String id, String description) {
        return ForestPlot.render(Chart.checkId(id), description, this);
    }
}
