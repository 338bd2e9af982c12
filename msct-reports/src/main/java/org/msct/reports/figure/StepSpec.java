package org.msct.reports.figure;

import java.util.List;
import java.util.Optional;

/** What a step plot needs; shared by {@link KaplanMeierChart} and {@link CumulativeIncidenceChart}. */
record StepSpec(
        String title,
        String xLabel,
        String yLabel,
        List<StepCurve> curves,
        double[] xTicks,
        Optional<RiskTable> riskTable,
        List<Landmark> landmarks,
        boolean increasing) {

    /** Validates what both step charts share. */
    static void check(String title, List<StepCurve> curves, double[] xTicks, Optional<RiskTable> riskTable) {
        if (curves.isEmpty()) throw new IllegalArgumentException("chart '" + title + "': no curves");
        for (int i = 0; i < xTicks.length; i++) {
            if (!Double.isFinite(xTicks[i]) || xTicks[i] < 0 || (i > 0 && xTicks[i] <= xTicks[i - 1])) {
                throw new IllegalArgumentException(
                        "chart '" + title + "': x ticks must be finite, >= 0 and increasing; got " + xTicks[i]);
            }
        }
        riskTable.ifPresent(rt -> {
            if (rt.counts().size() != curves.size()) {
                throw new IllegalArgumentException("chart '" + title + "': risk table has "
                        + rt.counts().size() + " rows for " + curves.size() + " curves");
            }
        });
    }
}
