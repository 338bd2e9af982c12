package org.msct.reports.testing;

import java.util.List;
import org.msct.reports.figure.CumulativeIncidenceChart;
import org.msct.reports.figure.ForestChart;
import org.msct.reports.figure.ForestRow;
import org.msct.reports.figure.KaplanMeierChart;
import org.msct.reports.figure.Landmark;
import org.msct.reports.figure.MeanSdChart;
import org.msct.reports.figure.MeanSdSeries;
import org.msct.reports.figure.RiskTable;
import org.msct.reports.figure.StepCurve;
import org.msct.reports.figure.XTickLabel;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Column;
import org.msct.reports.table.Fmt;
import org.msct.reports.table.HeaderGroup;
import org.msct.reports.table.Table;

/**
 * Inputs for golden tests. Provenance per fixture:
 *
 * <ul>
 *   <li>{@link #baselineTable()}: Wang D et al. 2014 (multicentre UC-MSC, 40 patients), Table 1 rows 1–13 as
 *       transcribed in /work/shared/spec/clinical-definitions.md §6.3; summaries computed with Python 3 {@code
 *       statistics.mean/stdev/quantiles(method="inclusive")} (printed in the comments).
 *   <li>{@link #kmChart()} and {@link #incidenceChart()}: illustrative data sets (not published), Kaplan–Meier with
 *       plain Greenwood intervals computed in Python from the follow-up listed in the comments.
 *   <li>{@link #meanSdChart()}: illustrative; month-12 values anchored on Liang 2010 (SLEDAI 12.2 ± 3.3 → 3.2 ± 2.8).
 *   <li>{@link #forestChart()}: Gu 2014 univariate Cox CIs for baseline proteinuria (0.336–0.794, P = 0.003) and
 *       creatinine (0.224–0.990, P = 0.047); the estimates were not retrieved and are the geometric means of the
 *       bounds (exact for a Wald interval on the log scale). The other rows are illustrative.
 * </ul>
 */
public final class Fixtures {
    private Fixtures() {}

    public static Table baselineTable() {
        // age all: mean 29.076923, sd 9.844301; resp 35.571429 / 8.922951; nr 21.5 / 3.016621
        // duration median (Q1-Q3): all 50 (40-75); resp 60 (40.5-79.5); nr 50 (42.5-68.75)
        // SLEDAI: 13.076923 / 6.836928; 14.857143 / 8.839845; 11 / 2.966479
        // BILAG: 13.461538 / 5.980738; 14.857143 / 6.743604; 11.833333 / 5.036533
        List<Column> columns = List.of(
                Column.left("Characteristic"),
                Column.center("All (N = 13)"),
                Column.center("Responders (n = 7)"),
                Column.center("Non-responders (n = 6)"));
        List<HeaderGroup> groups =
                List.of(new HeaderGroup("", 1), new HeaderGroup("", 1), new HeaderGroup("Outcome at 12 months", 2));
        List<List<Cell>> rows = List.of(
                List.of(
                        Cell.of("Age, years, mean ± SD"),
                        Cell.of(Fmt.meanSd(29.076923, 9.844301, 1), 29.076923),
                        Cell.of(Fmt.meanSd(35.571429, 8.922951, 1), 35.571429),
                        Cell.of(Fmt.meanSd(21.5, 3.016621, 1), 21.5)),
                List.of(
                        Cell.of("Disease duration, months, median (IQR)"),
                        Cell.of(Fmt.medianIqr(50, 40, 75, 1), 50),
                        Cell.of(Fmt.medianIqr(60, 40.5, 79.5, 1), 60),
                        Cell.of(Fmt.medianIqr(50, 42.5, 68.75, 1), 50)),
                List.of(
                        Cell.of("SLEDAI-2K, mean ± SD"),
                        Cell.of(Fmt.meanSd(13.076923, 6.836928, 1), 13.076923),
                        Cell.of(Fmt.meanSd(14.857143, 8.839845, 1), 14.857143),
                        Cell.of(Fmt.meanSd(11, 2.966479, 1), 11)),
                List.of(
                        Cell.of("Total BILAG, mean ± SD"),
                        Cell.of(Fmt.meanSd(13.461538, 5.980738, 1), 13.461538),
                        Cell.of(Fmt.meanSd(14.857143, 6.743604, 1), 14.857143),
                        Cell.of(Fmt.meanSd(11.833333, 5.036533, 1), 11.833333)),
                List.of(Cell.of("Manifestations, n/N (%)").strong().spanning(4)),
                List.of(
                        Cell.of("Lupus nephritis").indented(1),
                        Cell.of(Fmt.countPct(12, 13)),
                        Cell.of(Fmt.countPct(7, 7)),
                        Cell.of(Fmt.countPct(5, 6))),
                List.of(
                        Cell.of("Anti-dsDNA positive").indented(1),
                        Cell.of(Fmt.countPct(8, 13)),
                        Cell.of(Fmt.countPct(3, 7)),
                        Cell.of(Fmt.countPct(5, 6))),
                List.of(Cell.of("Cumulative CYC, g"), Cell.missing(), Cell.missing(), Cell.missing()));
        return new Table(
                "Baseline characteristics by outcome at 12 months (Wang 2014, patients 1–13)",
                columns,
                groups,
                rows,
                List.of(
                        "Source: Wang D et al. 2014, Table 1, patients 1–13 (the stored page is truncated after"
                                + " patient 13).",
                        "Responders: major or partial clinical response (MCR, PCR). IQR: quartiles by linear"
                                + " interpolation. – = not available.",
                        "SD, standard deviation; IQR, interquartile range; CYC, cyclophosphamide."));
    }

    public static KaplanMeierChart kmChart() {
        // arm A follow-up (months, 1 = death): 2/1 5/1 9/1 14/0 20/1 27/0 33/1 41/0 47/0 52/0 58/0 60/0
        // arm B: 1/1 4/1 7/1 11/1 16/0 22/1 30/0 38/0 45/0 60/0
        StepCurve a = new StepCurve(
                "UC-MSC (n = 12)",
                new double[] {0, 2, 5, 9, 20, 33},
                new double[] {1, 0.9167, 0.8333, 0.75, 0.6562, 0.5469},
                new double[] {1, 0.7603, 0.6225, 0.505, 0.3815, 0.2457},
                new double[] {1, 1, 1, 0.995, 0.931, 0.8481},
                new double[] {14, 27, 41, 47, 52, 58, 60});
        StepCurve b = new StepCurve(
                "BM-MSC (n = 10)",
                new double[] {0, 1, 4, 7, 11, 22},
                new double[] {1, 0.9, 0.8, 0.7, 0.6, 0.48},
                new double[] {1, 0.7141, 0.5521, 0.416, 0.2964, 0.1587},
                new double[] {1, 1, 1, 0.984, 0.9036, 0.8013},
                new double[] {16, 30, 38, 45, 60});
        RiskTable risk = new RiskTable(
                new double[] {0, 12, 24, 36, 48, 60},
                List.of(new int[] {12, 9, 7, 5, 3, 1}, new int[] {10, 6, 4, 3, 1, 1}));
        return new KaplanMeierChart(
                        "Overall survival by MSC source", "Months since MSCT", "Overall survival", List.of(a, b))
                .withRiskTable(risk)
                .withLandmarks(List.of(new Landmark(12, "12 months")));
    }

    public static CumulativeIncidenceChart incidenceChart() {
        // time to renal remission (months, 1 = remission): 1/1 2/0 3/1 3/1 3/1 4/1 5/0 6/1 6/1 8/1 9/1 + 9 x 12/0
        StepCurve r = new StepCurve(
                "All patients (n = 20)",
                new double[] {1, 3, 4, 6, 8, 9},
                new double[] {0.05, 0.2083, 0.2611, 0.3748, 0.4316, 0.4885},
                new double[] {0, 0.0264, 0.0641, 0.1539, 0.2045, 0.2583},
                new double[] {0.1455, 0.3902, 0.4581, 0.5957, 0.6588, 0.7186},
                new double[] {2, 5, 12, 12, 12, 12, 12, 12, 12, 12, 12});
        return new CumulativeIncidenceChart(
                        "Cumulative incidence of renal remission",
                        "Months since MSCT",
                        "Cumulative incidence of remission",
                        List.of(r))
                .withRiskTable(new RiskTable(new double[] {0, 3, 6, 9, 12}, List.of(new int[] {20, 18, 13, 10, 9})));
    }

    public static MeanSdChart meanSdChart() {
        double[] x = {0, 1, 3, 6, 12};
        MeanSdSeries uc = new MeanSdSeries(
                "UC-MSC",
                x,
                new double[] {12.2, 9.1, 6.4, 4.8, 3.2},
                new double[] {3.3, 3.6, 3.1, 2.9, 2.8},
                new int[] {15, 15, 14, 13, 12},
                new double[] {Double.NaN, 0.05, 0.004, 0.0009, 0.00049});
        MeanSdSeries bm = new MeanSdSeries(
                "BM-MSC",
                x,
                new double[] {11.6, 10.2, 8.3, 6.9, Double.NaN},
                new double[] {3.9, 4.1, 3.8, 3.5, Double.NaN},
                new int[] {10, 10, 9, 9, 0},
                new double[] {Double.NaN, 0.31, 0.049, 0.01, Double.NaN});
        return new MeanSdChart(
                "SLEDAI-2K over 12 months",
                "Months since MSCT",
                "SLEDAI-2K score (points)",
                XTickLabel.of(x, "Baseline", "1", "3", "6", "12"),
                List.of(uc, bm));
    }

    public static ForestChart forestChart() {
        return new ForestChart(
                "Predictors of renal remission",
                "Hazard ratio for remission (log scale)",
                "Baseline variable",
                "HR (95% CI)",
                List.of(
                        ForestRow.heading("Gu 2014 (reconstructed)"),
                        new ForestRow("Proteinuria (per g/24 h)", Math.sqrt(0.336 * 0.794), 0.336, 0.794),
                        new ForestRow("Serum creatinine", Math.sqrt(0.224 * 0.990), 0.224, 0.990),
                        ForestRow.heading("Illustrative"),
                        new ForestRow("MSC source (UC vs BM)", 1.12, 0.61, 2.05),
                        new ForestRow("SLEDAI-2K (per point)", 0.98, 0.93, 1.04),
                        new ForestRow("Anti-dsDNA positive", 1.6, 0.4, Double.POSITIVE_INFINITY, "1.60 (0.40–NE)")),
                "Less remission",
                "More remission");
    }
}
