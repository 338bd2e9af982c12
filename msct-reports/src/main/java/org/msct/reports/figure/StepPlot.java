package org.msct.reports.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link StepSpec}: the shared drawing code of Kaplan–Meier and cumulative-incidence charts. */
final class StepPlot {
    static final double WIDTH = 720;
    static final double RIGHT = 696;
    static final double BOTTOM = 420;

    private StepPlot() {}

    static String render(String id, String description, StepSpec s) {
        double start = s.increasing() ? 0 : 1;
        double dataMax = 0;
        for (StepCurve c : s.curves()) dataMax = Math.max(dataMax, c.end());
        for (Landmark l : s.landmarks()) dataMax = Math.max(dataMax, l.time());
        double[] ticks = s.xTicks();
        if (ticks.length == 0 && s.riskTable().isPresent())
            ticks = s.riskTable().get().times();
        List<Double> xTicks = new ArrayList<>();
        int xDecimals;
        if (ticks.length == 0) {
            NiceScale ns = NiceScale.of(0, dataMax > 0 ? dataMax : 1, 7);
            xTicks.addAll(ns.ticks());
            xDecimals = ns.decimals();
        } else {
            for (double t : ticks) xTicks.add(t);
            xDecimals = decimals(ticks);
        }
        double xMax = Math.max(xTicks.get(xTicks.size() - 1), dataMax);
        if (!(xMax > 0)) xMax = 1;

        NiceScale yScale = yScale(s);
        List<String> labels = s.curves().stream().map(StepCurve::label).toList();
        double left = 72;
        if (s.riskTable().isPresent()) left = Math.max(left, CountRows.labelWidth(labels));
        int legendLines = Legend.lineCount(labels, left, RIGHT);
        double top = 26 + Legend.LINE_HEIGHT * legendLines;
        double height = s.riskTable().isPresent()
                ? BOTTOM + 74 + CountRows.height(s.curves().size()) - 4
                : 480;
        Frame f = new Frame(left, top, RIGHT - left, BOTTOM - top, 0, xMax, 0, yScale.max());

        SvgWriter svg = new SvgWriter(id, WIDTH, height, s.title(), description);
        Legend.draw(svg, labels, left, RIGHT, 22, false);
        Axes.left(svg, f, Axes.yTicks(f, yScale.ticks(), yScale.decimals()), s.yLabel(), Math.max(20, left - 52));
        Axes.bottom(svg, f, Axes.xTicks(f, xTicks, xDecimals), s.xLabel(), 44);
        f.clipPath(svg, id + "-clip");
        svg.open("g", "class", "curves", "clip-path", "url(#" + id + "-clip)");
        for (int i = 0; i < s.curves().size(); i++) band(svg, f, s.curves().get(i), i);
        for (int i = 0; i < s.curves().size(); i++) curve(svg, f, s.curves().get(i), i, start);
        svg.close("g");
        landmarks(svg, f, s.landmarks(), xDecimals);
        s.riskTable().ifPresent(rt -> {
            double[] times = rt.times();
            double[] xs = new double[times.length];
            for (int i = 0; i < xs.length; i++) xs[i] = f.x(times[i]);
            List<String[]> counts = new ArrayList<>();
            for (int[] row : rt.counts()) {
                String[] text = new String[row.length];
                for (int i = 0; i < row.length; i++) text[i] = Integer.toString(row[i]);
                counts.add(text);
            }
            CountRows.draw(svg, f, BOTTOM + 74, "Number at risk", labels, xs, counts);
        });
        return svg.finish();
    }

    /** [0, 1] by 0.2 for survival; for incidence a nice limit above the data, at most 1. */
    private static NiceScale yScale(StepSpec s) {
        NiceScale unit = new NiceScale(0, 1, 0.2);
        if (!s.increasing()) return unit;
        double hi = 0;
        for (StepCurve c : s.curves()) {
            for (double v : c.values()) hi = Math.max(hi, v);
            for (double v : c.upper()) if (Double.isFinite(v)) hi = Math.max(hi, v);
        }
        NiceScale ns = NiceScale.of(0, Math.max(hi, 0.05), 6);
        return ns.max() > 1 ? unit : ns;
    }

    private static void curve(SvgWriter svg, Frame f, StepCurve c, int i, double start) {
        double[] t = c.times();
        double[] v = c.values();
        StringBuilder d = new StringBuilder();
        if (t.length == 0 || t[0] > 0) {
            d.append('M').append(Num.f(f.x(0))).append(' ').append(Num.f(f.y(start)));
        }
        for (int k = 0; k < t.length; k++) {
            if (d.isEmpty()) d.append('M').append(Num.f(f.x(t[k]))).append(' ').append(Num.f(f.y(v[k])));
            else d.append(" H").append(Num.f(f.x(t[k]))).append(" V").append(Num.f(f.y(v[k])));
        }
        d.append(" H").append(Num.f(f.x(c.end())));
        List<Object> a = new ArrayList<>(List.of("d", d.toString()));
        a.addAll(List.of(Palette.stroke(i, 2.0)));
        svg.empty("path", a.toArray());
        double[] censor = c.censorTimes();
        if (censor.length == 0) return;
        StringBuilder m = new StringBuilder();
        for (double ct : censor) {
            double y = f.y(c.valueAt(ct, start));
            if (!m.isEmpty()) m.append(' ');
            m.append('M')
                    .append(Num.f(f.x(ct)))
                    .append(' ')
                    .append(Num.f(y - 5))
                    .append(" V")
                    .append(Num.f(y + 5));
        }
        svg.empty("path", "class", "censor", "d", m.toString(), "stroke", Palette.color(i), "stroke-width", 1.5);
    }

    /** The band as one closed step polygon per run of times where both bounds are finite. */
    private static void band(SvgWriter svg, Frame f, StepCurve c, int i) {
        if (!c.hasBand()) return;
        double[] t = c.times();
        double[] lo = c.lower();
        double[] hi = c.upper();
        StringBuilder d = new StringBuilder();
        int a = 0;
        while (a < t.length) {
            if (!Double.isFinite(lo[a]) || !Double.isFinite(hi[a])) {
                a++;
                continue;
            }
            int b = a;
            while (b + 1 < t.length && Double.isFinite(lo[b + 1]) && Double.isFinite(hi[b + 1])) b++;
            double end = b + 1 < t.length ? t[b + 1] : c.end();
            if (!d.isEmpty()) d.append(' ');
            d.append('M').append(Num.f(f.x(t[a]))).append(' ').append(Num.f(f.y(hi[a])));
            for (int k = a + 1; k <= b; k++)
                d.append(" H").append(Num.f(f.x(t[k]))).append(" V").append(Num.f(f.y(hi[k])));
            d.append(" H").append(Num.f(f.x(end))).append(" V").append(Num.f(f.y(lo[b])));
            for (int k = b; k > a; k--)
                d.append(" H").append(Num.f(f.x(t[k]))).append(" V").append(Num.f(f.y(lo[k - 1])));
            d.append(" H").append(Num.f(f.x(t[a]))).append(" Z");
            a = b + 1;
        }
        if (d.isEmpty()) return;
        svg.empty("path", "class", "band", "d", d.toString(), "fill", Palette.color(i), "fill-opacity", 0.15);
    }

    private static void landmarks(SvgWriter svg, Frame f, List<Landmark> landmarks, int decimals) {
        if (landmarks.isEmpty()) return;
        svg.open("g", "class", "landmarks");
        for (Landmark l : landmarks) {
            double x = f.x(l.time());
            svg.empty(
                    "line",
                    "x1",
                    x,
                    "y1",
                    f.top(),
                    "x2",
                    x,
                    "y2",
                    f.bottom(),
                    "stroke",
                    "#555555",
                    "stroke-dasharray",
                    "1 3");
            if (!l.label().isEmpty()) svg.text(x + 4, f.top() + 12, l.label(), "font-size", 11, "fill", "#333333");
        }
        svg.close("g");
    }

    /** Decimals needed to print each of {@code values} exactly, at most 3. */
    static int decimals(double[] values) {
        int d = 0;
        for (double v : values)
            d = Math.max(d, BigDecimal.valueOf(v).stripTrailingZeros().scale());
        return Math.min(3, Math.max(0, d));
    }
}
