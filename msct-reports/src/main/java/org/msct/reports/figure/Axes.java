package org.msct.reports.figure;

import java.util.ArrayList;
import java.util.List;
import org.msct.reports.table.Fmt;

/** Draws axes, ticks, tick labels, light grid lines and axis titles around a {@link Frame}. */
final class Axes {
    static final String AXIS = "#000000";
    static final String GRID = "#dddddd";
    static final double FONT = 12;
    static final double LABEL_FONT = 13;

    private Axes() {}

    /** An estimate of the rendered width of {@code text} in a sans-serif font of {@code size} px. */
    static double textWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size * 0.56;
    }

    /** Ticks for the data values {@code values} on the x axis of {@code f}, labelled with {@code decimals}. */
    static List<Tick> xTicks(Frame f, List<Double> values, int decimals) {
        List<Tick> out = new ArrayList<>();
        for (double v : values) out.add(new Tick(f.x(v), Fmt.num(v, decimals)));
        return out;
    }

    /** Ticks for the data values {@code values} on the y axis of {@code f}, labelled with {@code decimals}. */
    static List<Tick> yTicks(Frame f, List<Double> values, int decimals) {
        List<Tick> out = new ArrayList<>();
        for (double v : values) out.add(new Tick(f.y(v), Fmt.num(v, decimals)));
        return out;
    }

    /** Left axis with horizontal grid lines at the ticks and the rotated axis title at {@code titleX}. */
    static void left(SvgWriter svg, Frame f, List<Tick> ticks, String title, double titleX) {
        svg.open("g", "class", "axis-y");
        for (Tick t : ticks) {
            svg.empty("line", "x1", f.left(), "y1", t.px(), "x2", f.right(), "y2", t.px(), "stroke", GRID);
        }
        svg.empty("line", "x1", f.left(), "y1", f.top(), "x2", f.left(), "y2", f.bottom(), "stroke", AXIS);
        for (Tick t : ticks) {
            svg.empty("line", "x1", f.left() - 5, "y1", t.px(), "x2", f.left(), "y2", t.px(), "stroke", AXIS);
            svg.text(f.left() - 8, t.px() + 4, t.label(), "text-anchor", "end");
        }
        double cy = f.top() + f.height() / 2;
        svg.text(
                titleX,
                cy,
                title,
                "text-anchor",
                "middle",
                "font-size",
                LABEL_FONT,
                "transform",
                "rotate(-90 " + Num.f(titleX) + " " + Num.f(cy) + ")");
        svg.close("g");
    }

    /** Bottom axis with tick labels below and the axis title {@code titleGap} px under the axis. */
    static void bottom(SvgWriter svg, Frame f, List<Tick> ticks, String title, double titleGap) {
        svg.open("g", "class", "axis-x");
        svg.empty("line", "x1", f.left(), "y1", f.bottom(), "x2", f.right(), "y2", f.bottom(), "stroke", AXIS);
        for (Tick t : ticks) {
            svg.empty("line", "x1", t.px(), "y1", f.bottom(), "x2", t.px(), "y2", f.bottom() + 5, "stroke", AXIS);
            svg.text(t.px(), f.bottom() + 19, t.label(), "text-anchor", "middle");
        }
        svg.text(
                f.left() + f.width() / 2,
                f.bottom() + titleGap,
                title,
                "text-anchor",
                "middle",
                "font-size",
                LABEL_FONT);
        svg.close("g");
    }
}
