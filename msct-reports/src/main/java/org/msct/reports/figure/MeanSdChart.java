package org.msct.reports.figure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mean ± SD over visits, as in the figures of Wang 2014 ("Error bars mean SD values. *P &lt; 0.05 versus before
 * MSCT"): per series a marker at the mean, an SD error bar with caps, a line joining the visits, significance stars
 * above the bar, and optionally the n per visit under the x axis. When any star is drawn, a key "* p &lt; 0.05; ** p
 * &lt; 0.01; *** p &lt; 0.001 vs. baseline" is printed at the bottom. Several series at the same x are offset
 * horizontally by 8 px each so their bars do not overlap.
 *
 * <p>X axis: the labelled ticks if given (visit names), else a {@link NiceScale} over the x values; padded by 5% of
 * the range on both sides. Y axis: {@code yRange} if given, else a {@link NiceScale} over mean ± SD (with head room
 * for stars).
 *
 * @param title accessible title (not drawn)
 * @param xLabel x axis title, e.g. "Months since MSCT" or "Visit"
 * @param yLabel y axis title with unit, e.g. "Serum albumin (g/L)"
 * @param xTicks labelled x ticks, or empty for numeric ticks
 * @param series one or more series
 * @param yRange a fixed y range, or empty for automatic
 */
public record MeanSdChart(
        String title,
        String xLabel,
        String yLabel,
        List<XTickLabel> xTicks,
        List<MeanSdSeries> series,
        Optional<Range> yRange)
        implements Chart {
    public MeanSdChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        xTicks = List.copyOf(xTicks);
        series = List.copyOf(series);
        Objects.requireNonNull(yRange, "yRange");
        if (series.isEmpty()) throw new IllegalArgumentException("chart '" + title + "': no series");
        boolean anyPoint = series.stream().anyMatch(s -> s.x().length > 0);
        if (!anyPoint && xTicks.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "': no points and no x ticks");
        }
    }

    /** Labelled x ticks, automatic y range. */
    public MeanSdChart(String title, String xLabel, String yLabel, List<XTickLabel> xTicks, List<MeanSdSeries> series) {
        this(title, xLabel, yLabel, xTicks, series, Optional.empty());
    }

    /** This chart with a fixed y range. */
    public MeanSdChart withYRange(double min, double max) {
        return new MeanSdChart(title, xLabel, yLabel, xTicks, series, Optional.of(new Range(min, max)));
    }

    @Override
    public String toSvg(String id, String description) {
        return MeanSdPlot.render(Chart.checkId(id), description, this);
    }
}
