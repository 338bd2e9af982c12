package org.msct.reports.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link ForestChart}. */
final class ForestPlot {
    static final double WIDTH = 720;
    static final double ROW = 24;
    static final double TOP = 44;
    static final String COLOR = Palette.color(0);

    private ForestPlot() {}

    static String render(String id, String description, ForestChart c) {
        double lo = 1;
        double hi = 1;
        double labelW = Axes.textWidth(c.labelHeader(), Axes.FONT);
        double annW = Axes.textWidth(c.estimateHeader(), Axes.FONT);
        boolean headings = c.rows().stream().anyMatch(ForestRow::isHeading);
        for (ForestRow r : c.rows()) {
            labelW = Math.max(
                    labelW,
                    Axes.textWidth(r.label(), Axes.FONT) * (r.isHeading() ? 1.1 : 1)
                            + (headings && !r.isHeading() ? 12 : 0));
            annW = Math.max(annW, Axes.textWidth(r.annotationText(), Axes.FONT));
            if (r.isHeading()) continue;
            lo = Math.min(lo, r.estimate());
            hi = Math.max(hi, r.estimate());
            if (r.lower() > 0) lo = Math.min(lo, r.lower());
            if (Double.isFinite(r.upper())) hi = Math.max(hi, r.upper());
        }
        List<BigDecimal> ticks = LogTicks.of(lo, hi);
        double left = 16 + Math.min(260, Math.max(100, labelW + 16));
        double right = 704 - Math.max(110, annW + 16);
        double plotH = ROW * c.rows().size();
        double first = Math.log10(ticks.get(0).doubleValue());
        double last = Math.log10(ticks.get(ticks.size() - 1).doubleValue());
        Frame f = new Frame(left, TOP, right - left, plotH, first, last, 0, 1);
        boolean favours = !c.favoursBelow().isEmpty() || !c.favoursAbove().isEmpty();
        double titleGap = favours ? 62 : 44;
        double height = f.bottom() + titleGap + 16;

        SvgWriter svg = new SvgWriter(id, WIDTH, height, c.title(), description);
        svg.text(16, 28, c.labelHeader(), "font-weight", "bold");
        svg.text(right + 12, 28, c.estimateHeader(), "font-weight", "bold");
        svg.empty("line", "x1", 16, "y1", 36, "x2", 704, "y2", 36, "stroke", Axes.AXIS);
        double one = f.x(0);
        svg.empty(
                "line",
                "class",
                "reference",
                "x1",
                one,
                "y1",
                f.top(),
                "x2",
                one,
                "y2",
                f.bottom(),
                "stroke",
                "#555555");
        svg.open("g", "class", "rows");
        for (int i = 0; i < c.rows().size(); i++) row(svg, f, c.rows().get(i), TOP + ROW * i + ROW / 2, headings);
        svg.close("g");
        List<Tick> axisTicks = new ArrayList<>();
        for (BigDecimal t : ticks) axisTicks.add(new Tick(f.x(Math.log10(t.doubleValue())), t.toPlainString()));
        Axes.bottom(svg, f, axisTicks, c.xLabel(), titleGap);
        if (!c.favoursBelow().isEmpty()) {
            svg.text(one - 8, f.bottom() + 40, "\u2190 " + c.favoursBelow(), "text-anchor", "end", "font-size", 11);
        }
        if (!c.favoursAbove().isEmpty()) {
            svg.text(one + 8, f.bottom() + 40, c.favoursAbove() + " \u2192", "font-size", 11);
        }
        return svg.finish();
    }

    private static void row(SvgWriter svg, Frame f, ForestRow r, double y, boolean headings) {
        if (r.isHeading()) {
            svg.text(16, y + 4, r.label(), "font-weight", "bold");
            if (!r.annotation().isEmpty()) svg.text(f.right() + 12, y + 4, r.annotation());
            return;
        }
        svg.text(headings ? 28 : 16, y + 4, r.label());
        svg.text(f.right() + 12, y + 4, r.annotationText());
        double x1 = r.lower() > 0 ? Math.max(f.left(), f.x(Math.log10(r.lower()))) : f.left();
        double x2 = Double.isFinite(r.upper()) ? Math.min(f.right(), f.x(Math.log10(r.upper()))) : f.right();
        svg.empty("line", "x1", x1, "y1", y, "x2", x2, "y2", y, "stroke", COLOR, "stroke-width", 1.5);
        if (r.lower() == 0) arrow(svg, x1, y, -1);
        if (Double.isInfinite(r.upper())) arrow(svg, x2, y, 1);
        double x = f.x(Math.log10(r.estimate()));
        svg.empty("rect", "x", x - 4.5, "y", y - 4.5, "width", 9.0, "height", 9.0, "fill", COLOR);
    }

    private static void arrow(SvgWriter svg, double x, double y, int dir) {
        String d = "M" + Num.f(x) + " " + Num.f(y) + " L" + Num.f(x - dir * 7) + " " + Num.f(y - 4) + " L"
                + Num.f(x - dir * 7) + " " + Num.f(y + 4) + " Z";
        svg.empty("path", "class", "arrow", "d", d, "fill", COLOR);
    }
}
