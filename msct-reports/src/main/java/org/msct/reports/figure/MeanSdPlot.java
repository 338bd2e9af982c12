package org.msct.reports.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.msct.reports.table.Fmt;

/** Renders a {@link MeanSdChart}. */
final class MeanSdPlot {
    static final double WIDTH = 720;
    static final double RIGHT = 696;
    static final double BOTTOM = 420;
    static final String STAR_KEY = "* p < 0.05; ** p < 0.01; *** p < 0.001 vs. baseline";

    private MeanSdPlot() {}

    static String render(String id, String description, MeanSdChart c) {
        List<MeanSdSeries> series = c.series();
        TreeSet<Double> xs = new TreeSet<>();
        for (MeanSdSeries s : series) for (double x : s.x()) xs.add(x);
        for (XTickLabel t : c.xTicks()) xs.add(t.x());
        double xLo = xs.first();
        double xHi = xs.last();
        List<Double> numericTicks = List.of();
        int xDecimals = 0;
        if (c.xTicks().isEmpty()) {
            NiceScale ns = NiceScale.of(xLo, xHi, 7);
            numericTicks = ns.ticks();
            xDecimals = ns.decimals();
            xLo = ns.min();
            xHi = ns.max();
        }
        double pad = xHi > xLo ? 0.05 * (xHi - xLo) : 0.5;

        boolean stars = false;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (MeanSdSeries s : series) {
            double[] m = s.mean();
            double[] sd = s.sd();
            double[] p = s.p();
            for (int i = 0; i < m.length; i++) {
                if (Double.isNaN(m[i])) continue;
                double e = Double.isNaN(sd[i]) ? 0 : sd[i];
                lo = Math.min(lo, m[i] - e);
                hi = Math.max(hi, m[i] + e);
                if (p.length > 0 && !Fmt.stars(p[i]).isEmpty()) stars = true;
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (stars) hi += 0.08 * Math.max(hi - lo, Math.abs(hi) * 0.1);
        NiceScale ys = c.yRange().isPresent()
                ? NiceScale.of(c.yRange().get().min(), c.yRange().get().max(), 6)
                : NiceScale.of(lo, hi, 6);
        double yMin = c.yRange().map(Range::min).orElse(ys.min());
        double yMax = c.yRange().map(Range::max).orElse(ys.max());
        List<Double> yTicks = ys.ticks().stream()
                .filter(t -> t >= yMin - 1e-9 && t <= yMax + 1e-9)
                .toList();

        List<String> labels = series.stream().map(MeanSdSeries::label).toList();
        boolean nRow = series.stream().anyMatch(s -> s.n().length > 0);
        double widest = 0;
        for (double t : yTicks) widest = Math.max(widest, Axes.textWidth(Fmt.num(t, ys.decimals()), Axes.FONT));
        double left = Math.max(72, widest + 44);
        if (nRow) left = Math.max(left, CountRows.labelWidth(labels));
        double top = 26 + Legend.LINE_HEIGHT * Legend.lineCount(labels, left, RIGHT);
        double cursor = BOTTOM + 60;
        double nTableY = cursor + 14;
        if (nRow) cursor = nTableY + CountRows.height(series.size()) - 4;
        double keyY = cursor + 14;
        if (stars) cursor = keyY + 10;
        double height = Math.max(480, cursor + 6);
        Frame f = new Frame(left, top, RIGHT - left, BOTTOM - top, xLo - pad, xHi + pad, yMin, yMax);

        SvgWriter svg = new SvgWriter(id, WIDTH, height, c.title(), description);
        Legend.draw(svg, labels, left, RIGHT, 22, true);
        Axes.left(svg, f, Axes.yTicks(f, yTicks, ys.decimals()), c.yLabel(), Math.max(20, left - widest - 28));
        List<Tick> ticks = new ArrayList<>();
        if (c.xTicks().isEmpty()) ticks = Axes.xTicks(f, numericTicks, xDecimals);
        for (XTickLabel t : c.xTicks()) ticks.add(new Tick(f.x(t.x()), t.label()));
        Axes.bottom(svg, f, ticks, c.xLabel(), 44);
        for (int i = 0; i < series.size(); i++) {
            double dodge = series.size() > 1 ? (i - (series.size() - 1) / 2.0) * 8 : 0;
            drawSeries(svg, f, series.get(i), i, dodge);
        }
        if (nRow) nTable(svg, f, series, labels, xs, nTableY);
        if (stars) svg.text(left, keyY, STAR_KEY, "font-size", 11);
        return svg.finish();
    }

    private static void drawSeries(SvgWriter svg, Frame f, MeanSdSeries s, int i, double dodge) {
        double[] x = s.x();
        double[] m = s.mean();
        double[] sd = s.sd();
        double[] p = s.p();
        svg.open("g", "class", "series");
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int k = 0; k < x.length; k++) {
            if (Double.isNaN(m[k])) {
                pen = false;
                continue;
            }
            d.append(d.isEmpty() ? "" : " ").append(pen ? 'L' : 'M');
            d.append(Num.f(f.x(x[k]) + dodge)).append(' ').append(Num.f(f.y(m[k])));
            pen = true;
        }
        if (!d.isEmpty()) {
            List<Object> a = new ArrayList<>(List.of("d", d.toString()));
            a.addAll(List.of(Palette.stroke(i, 1.5)));
            svg.empty("path", a.toArray());
        }
        for (int k = 0; k < x.length; k++) {
            if (Double.isNaN(m[k])) continue;
            double px = f.x(x[k]) + dodge;
            double top = f.y(m[k]);
            if (!Double.isNaN(sd[k]) && sd[k] > 0) {
                double y1 = f.y(m[k] + sd[k]);
                double y2 = f.y(m[k] - sd[k]);
                String bar = "M" + Num.f(px) + " " + Num.f(y1) + " V" + Num.f(y2) + " M" + Num.f(px - 4) + " "
                        + Num.f(y1) + " H" + Num.f(px + 4) + " M" + Num.f(px - 4) + " " + Num.f(y2) + " H"
                        + Num.f(px + 4);
                svg.empty("path", "class", "sd", "d", bar, "stroke", Palette.color(i), "stroke-width", 1.2);
                top = y1;
            }
            Palette.marker(svg, i, px, f.y(m[k]));
            String star = p.length > 0 ? Fmt.stars(p[k]) : "";
            if (!star.isEmpty()) {
                svg.text(
                        px,
                        top - 5,
                        star,
                        "text-anchor",
                        "middle",
                        "font-size",
                        14,
                        "font-weight",
                        "bold",
                        "fill",
                        Palette.color(i));
            }
        }
        svg.close("g");
    }

    private static void nTable(
            SvgWriter svg, Frame f, List<MeanSdSeries> series, List<String> labels, TreeSet<Double> all, double y) {
        double[] cols = new double[all.size()];
        int c = 0;
        for (double x : all) cols[c++] = x;
        double[] px = new double[cols.length];
        for (int k = 0; k < cols.length; k++) px[k] = f.x(cols[k]);
        List<String[]> rows = new ArrayList<>();
        for (MeanSdSeries s : series) {
            String[] row = new String[cols.length];
            double[] x = s.x();
            int[] n = s.n();
            for (int k = 0; k < cols.length; k++) {
                row[k] = "";
                for (int j = 0; j < x.length && n.length > 0; j++) if (x[j] == cols[k]) row[k] = Integer.toString(n[j]);
            }
            rows.add(row);
        }
        CountRows.draw(svg, f, y, "n", labels, px, rows);
    }
}
