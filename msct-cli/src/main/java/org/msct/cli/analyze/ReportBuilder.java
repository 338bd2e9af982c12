package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.reports.document.Block;
import org.msct.reports.document.FigureBlock;
import org.msct.reports.document.Paragraph;
import org.msct.reports.document.ReportDocument;
import org.msct.reports.document.Section;
import org.msct.reports.document.TableBlock;
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
import org.msct.reports.table.Table;

/** Builds the report document (tables and SVG figures) from {@link Results}; formatting only, no statistics. */
final class ReportBuilder {
    private ReportBuilder() {}

    /** Above this many censored subjects the curve is drawn without censoring ticks. */
    static final int MAX_CENSOR_TICKS = 300;

    static final String STARS =
            "* p < 0.05, ** p < 0.01, *** p < 0.001 (paired t-test vs baseline), as in Wang 2014's figures.";

    /** Parameters drawn as mean ± SD figures, when present. */
    static final List<String> FIGURE_PARAMS = List.of("SLEDAI", "PROT24H", "ALB", "CREAT", "C3", "EGFR");

    static ReportDocument build(Results r) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(
                "Study population",
                new Paragraph("Enrolled: " + r.enrolled() + "; deaths: " + Fmt.countPct(r.deaths(), r.enrolled())
                        + ". Protocol: " + r.protocolId()
                        + ". Day 0 = first MSC infusion; analysis visits from the msct visit grid (months).")));
        sections.add(Section.of("Baseline characteristics", new TableBlock(baseline(r))));
        List<Block> visitBlocks = new ArrayList<>();
        visitBlocks.add(new TableBlock(byVisit(r)));
        Map<String, List<Results.VisitStat>> byParam = new LinkedHashMap<>();
        r.byVisit().forEach(v -> byParam.computeIfAbsent(v.paramcd(), k -> new ArrayList<>())
                .add(v));
        for (String p : FIGURE_PARAMS) {
            List<Results.VisitStat> vs = byParam.get(p);
            if (vs == null || vs.stream().noneMatch(v -> v.n() > 0 && Double.isFinite(v.mean()))) continue;
            visitBlocks.add(meanSdFigure(vs));
        }
        sections.add(new Section("Laboratory values and instruments by visit", visitBlocks));
        List<Block> resp = new ArrayList<>();
        resp.add(new TableBlock(counts("Response and remission", r.response(), true)));
        for (String why : r.notEvaluable()) resp.add(new Paragraph(why + "."));
        for (Results.Curve c : r.curves())
            if (c.kind().equals("cum")) {
                resp.add(new TableBlock(landmarks(c)));
                resp.add(stepFigure(c));
            }
        sections.add(new Section("Response and remission", resp));
        List<Block> ev = new ArrayList<>();
        ev.add(new TableBlock(counts("Flare, relapse and survival", r.events(), true)));
        for (Results.Curve c : r.curves())
            if (!c.kind().equals("cum")) {
                ev.add(new TableBlock(landmarks(c)));
                ev.add(stepFigure(c));
            }
        sections.add(new Section("Flare, relapse and survival", ev));
        List<Block> cox = new ArrayList<>();
        if (r.cox().isEmpty())
            cox.add(new Paragraph("No Cox model could be fitted (no remission events or no covariate variation)."));
        else {
            cox.add(new TableBlock(cox(r)));
            List<ForestRow> rows = new ArrayList<>();
            for (Results.CoxRow c : r.cox()) {
                if (Double.isFinite(c.hr())
                        && Double.isFinite(c.lower())
                        && Double.isFinite(c.upper())
                        && c.lower() > 0) rows.add(new ForestRow(c.label(), c.hr(), c.lower(), c.upper()));
            }
            if (!rows.isEmpty())
                cox.add(new FigureBlock(
                        new ForestChart(
                                "Univariate Cox models for renal remission",
                                "Hazard ratio for remission (log scale)",
                                "HR (95% CI)",
                                rows),
                        "Univariate hazard ratios for renal remission with 95% CIs.",
                        "Forest plot of univariate hazard ratios for renal remission"));
        }
        sections.add(new Section("Predictors of renal remission (univariate Cox)", cox));
        sections.add(ProtocolEndpointsTable.section(r.protocolEndpoints()));
        return new ReportDocument(
                r.studyId(), "MSCT trial analysis: " + r.studyId(), "Protocol " + r.protocolId(), sections);
    }

    private static Table baseline(Results r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Results.Continuous c : r.baselineContinuous()) {
            rows.add(List.of(
                    Cell.of(c.label()),
                    Cell.of(String.valueOf(c.n())),
                    Cell.of(Fmt.meanSd(c.mean(), c.sd(), 2)),
                    Cell.of(Fmt.medianIqr(c.median(), c.q1(), c.q3(), 2))));
        }
        for (Results.Count c : r.baselineCounts()) {
            rows.add(List.of(
                    Cell.of(c.label()),
                    Cell.of(String.valueOf(c.denominator())),
                    Cell.of(Fmt.countPct(c.numerator(), c.denominator())),
                    Cell.empty()));
        }
        return new Table(
                "Baseline characteristics",
                List.of(
                        Column.left("Characteristic"),
                        Column.right("n"),
                        Column.right("Mean ± SD or n (%)"),
                        Column.right("Median [IQR]")),
                rows,
                List.of("Baseline = last value on or before day 0 (ABLFL = Y)."));
    }

    private static Table byVisit(Results r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Results.VisitStat v : r.byVisit()) {
            rows.add(List.of(
                    Cell.of(v.param()),
                    Cell.of(v.visit()),
                    Cell.of(String.valueOf(v.n())),
                    Cell.of(Fmt.meanSd(v.mean(), v.sd(), 2)),
                    Cell.of(v.visitNumber() == 0 ? "" : Fmt.meanSd(v.chgMean(), v.chgSd(), 2)),
                    Cell.of(Double.isFinite(v.tP()) ? Fmt.p(v.tP()) + Fmt.stars(v.tP()) : ""),
                    Cell.of(Double.isFinite(v.wilcoxonP()) ? Fmt.p(v.wilcoxonP()) + Fmt.stars(v.wilcoxonP()) : "")));
        }
        return new Table(
                "Laboratory values and instrument scores by visit",
                List.of(
                        Column.left("Parameter"),
                        Column.left("Visit"),
                        Column.right("n"),
                        Column.right("Mean ± SD"),
                        Column.right("Change ± SD"),
                        Column.right("Paired t p"),
                        Column.right("Wilcoxon p")),
                rows,
                List.of(STARS));
    }

    private static Table counts(String title, List<Results.Count> cs, boolean ci) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Results.Count c : cs) {
            rows.add(List.of(
                    Cell.of(c.label()),
                    Cell.of(Fmt.countPct(c.numerator(), c.denominator())),
                    Cell.of(Double.isFinite(c.lower()) ? Fmt.range(100 * c.lower(), 100 * c.upper(), 1) : ""),
                    Cell.of(c.denominatorDefinition())));
        }
        return new Table(
                title,
                List.of(
                        Column.left("Endpoint"),
                        Column.right("n/N (%)"),
                        Column.right("Exact 95% CI (%)"),
                        Column.left("Denominator")),
                rows,
                List.of("Exact 95% CI: Clopper-Pearson."));
    }

    private static Table landmarks(Results.Curve c) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Results.LandmarkRow l : c.landmarks()) {
            rows.add(List.of(
                    Cell.of(Fmt.num(l.time(), 0)),
                    Cell.of(String.valueOf(l.nRisk())),
                    Cell.of(Fmt.pct(l.estimate(), 1)),
                    Cell.of(Fmt.range(100 * l.lower(), 100 * l.upper(), 1))));
        }
        return new Table(
                c.label() + " (n = " + c.n() + ", events = " + c.events() + ")",
                List.of(
                        Column.right("Month"),
                        Column.right("At risk"),
                        Column.right("Estimate"),
                        Column.right("95% CI (%)")),
                rows,
                List.of(c.method() + ".", c.definition() + "."));
    }

    private static FigureBlock meanSdFigure(List<Results.VisitStat> vs) {
        List<Results.VisitStat> pts = vs.stream().filter(v -> v.n() > 0).toList();
        double[] x = new double[pts.size()];
        double[] mean = new double[pts.size()];
        double[] sd = new double[pts.size()];
        int[] n = new int[pts.size()];
        double[] p = new double[pts.size()];
        String[] labels = new String[pts.size()];
        for (int i = 0; i < x.length; i++) {
            Results.VisitStat v = pts.get(i);
            x[i] = i; // ordinal positions: month 1 would sit on top of baseline on a month scale
            mean[i] = v.mean();
            sd[i] = Double.isFinite(v.sd()) ? v.sd() : Double.NaN;
            n[i] = v.n();
            p[i] = v.tP();
            labels[i] = v.visitNumber() == 0 ? "BL" : "M" + v.visitNumber();
        }
        String param = pts.get(0).param();
        MeanSdChart chart = new MeanSdChart(
                param + " by visit",
                "Visit",
                param,
                XTickLabel.of(x, labels),
                List.of(new MeanSdSeries(pts.get(0).paramcd(), x, mean, sd, n, p)));
        return new FigureBlock(
                chart, param + ": mean ± SD by visit. " + STARS, "Mean and SD of " + param + " at each visit");
    }

    private static FigureBlock stepFigure(Results.Curve c) {
        double last = c.times().length == 0 ? 12 : Math.max(12, c.times()[c.times().length - 1]);
        double step = last > 36 ? 12 : last > 12 ? 6 : 3;
        int k = (int) Math.ceil(last / step);
        double[] ticks = new double[k + 1];
        for (int i = 0; i <= k; i++) ticks[i] = i * step;
        RiskTable risk = RiskTable.fromFollowUp(ticks, List.of(c.followUp()));
        // censoring ticks only where they can be told apart
        double[] censor = c.censorTimes().length > MAX_CENSOR_TICKS ? new double[0] : c.censorTimes();
        List<Landmark> lms = c.landmarks().stream()
                .filter(l -> c.kind().equals("km"))
                .map(l -> new Landmark(l.time(), "M" + Fmt.num(l.time(), 0)))
                .toList();
        if (c.kind().equals("km")) {
            StepCurve curve = new StepCurve(
                    "All", c.times(), clamp(c.values()), clampNaN(c.lower()), clampNaN(c.upper()), censor);
            return new FigureBlock(
                    new KaplanMeierChart(c.label(), "Months since first MSC infusion", c.label(), List.of(curve))
                            .withRiskTable(risk)
                            .withLandmarks(lms),
                    c.label() + ": Kaplan-Meier estimate with 95% CI and numbers at risk.",
                    "Kaplan-Meier curve of " + c.label());
        }
        List<StepCurve> curves = new ArrayList<>();
        curves.add(new StepCurve(
                c.kind().equals("cif") ? "Event" : "All",
                c.times(),
                clamp(c.values()),
                clampNaN(c.lower()),
                clampNaN(c.upper()),
                censor));
        List<double[]> fu = new ArrayList<>();
        fu.add(c.followUp());
        if (c.competing().length == c.times().length && c.competing().length > 0) {
            curves.add(new StepCurve("Death (competing)", c.times(), clamp(c.competing())));
            fu.add(c.followUp());
        }
        RiskTable rt = RiskTable.fromFollowUp(ticks, fu);
        return new FigureBlock(
                new CumulativeIncidenceChart(c.label(), "Months", c.label(), curves).withRiskTable(rt),
                c.label() + ": cumulative incidence with numbers at risk.",
                "Cumulative incidence curve of " + c.label());
    }

    private static double[] clamp(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) out[i] = Double.isFinite(out[i]) ? Math.max(0, Math.min(1, out[i])) : 0;
        return out;
    }

    private static double[] clampNaN(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) if (Double.isFinite(out[i])) out[i] = Math.max(0, Math.min(1, out[i]));
        return out;
    }

    private static Table cox(Results r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Results.CoxRow c : r.cox()) {
            rows.add(List.of(
                    Cell.of(c.label()),
                    Cell.of(String.valueOf(c.n())),
                    Cell.of(String.valueOf(c.events())),
                    Cell.of(Fmt.ci(c.hr(), c.lower(), c.upper(), 2)),
                    Cell.of(Fmt.p(c.p()) + Fmt.stars(c.p()))));
        }
        return new Table(
                "Univariate Cox models: time to first renal remission",
                List.of(
                        Column.left("Covariate"),
                        Column.right("n"),
                        Column.right("Events"),
                        Column.right("HR (95% CI)"),
                        Column.right("p")),
                rows,
                List.of("Cox proportional hazards, Efron ties (R coxph); Wald p."));
    }
}
