package org.msct.reports.figure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Kaplan–Meier survival curves: one step curve per arm falling from 1, optional confidence bands, censoring ticks,
 * landmark lines and a numbers-at-risk table under the x axis. The y axis runs from 0 to 1 in steps of 0.2.
 *
 * <p>X ticks: {@code xTicks} if given, else the risk-table times, else a {@link NiceScale} from 0 to the last time.
 * The x axis starts at 0 and extends to the last tick or the last time, whichever is later. Arrays are copied.
 *
 * @param title accessible title (not drawn)
 * @param xLabel x axis title with unit, e.g. "Months since MSCT"
 * @param yLabel y axis title, e.g. "Overall survival"
 * @param curves one or more curves, styled in order by the colour-blind-safe palette and dash patterns
 * @param xTicks explicit x ticks (increasing, &ge; 0), or empty
 * @param riskTable numbers at risk, one row per curve, or empty
 * @param landmarks vertical reference lines, may be empty
 */
public record KaplanMeierChart(
        String title,
        String xLabel,
        String yLabel,
        List<StepCurve> curves,
        double[] xTicks,
        Optional<RiskTable> riskTable,
        List<Landmark> landmarks)
        implements Chart {
    public KaplanMeierChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        curves = List.copyOf(curves);
        xTicks = xTicks.clone();
        Objects.requireNonNull(riskTable, "riskTable");
        landmarks = List.copyOf(landmarks);
        StepSpec.check(title, curves, xTicks, riskTable);
    }

    /** Curves only: automatic ticks, no risk table, no landmarks. */
    public KaplanMeierChart(String title, String xLabel, String yLabel, List<StepCurve> curves) {
        this(title, xLabel, yLabel, curves, new double[0], Optional.empty(), List.of());
    }

    /** This chart with a numbers-at-risk table (whose times become the x ticks unless ticks are set). */
    public KaplanMeierChart withRiskTable(RiskTable table) {
        return new KaplanMeierChart(title, xLabel, yLabel, curves, xTicks, Optional.of(table), landmarks);
    }

    /** This chart with these landmark lines. */
    public KaplanMeierChart withLandmarks(List<Landmark> lines) {
        return new KaplanMeierChart(title, xLabel, yLabel, curves, xTicks, riskTable, lines);
    }

    /** This chart with explicit x ticks. */
    public KaplanMeierChart withXTicks(double... ticks) {
        return new KaplanMeierChart(title, xLabel, yLabel, curves, ticks, riskTable, landmarks);
    }

    @Override
    public double[] xTicks() {
        return xTicks.clone();
    }

    @Override
    public String toSvg(String id, String description) {
        StepSpec spec = new StepSpec(title, xLabel, yLabel, curves, xTicks, riskTable, landmarks, false);
        return StepPlot.render(Chart.checkId(id), description, spec);
    }
}
