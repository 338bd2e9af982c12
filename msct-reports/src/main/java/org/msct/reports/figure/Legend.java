package org.msct.reports.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal legend above the plot: for each series a short line sample in its colour and dash pattern (and its
 * marker, if the figure uses markers) followed by the label; wraps onto further lines when the width is exceeded.
 */
final class Legend {
    static final double LINE_HEIGHT = 18;
    private static final double SAMPLE = 30;
    private static final double GAP = 22;

    private Legend() {}

    /** Items placed in lines: each entry is the start x of the item; a new list starts a new line. */
    static List<List<Double>> layout(List<String> labels, double left, double right) {
        List<List<Double>> lines = new ArrayList<>();
        List<Double> line = new ArrayList<>();
        double x = left;
        for (String label : labels) {
            double w = SAMPLE + 6 + Axes.textWidth(label, Axes.FONT);
            if (!line.isEmpty() && x + w > right) {
                lines.add(line);
                line = new ArrayList<>();
                x = left;
            }
            line.add(x);
            x += w + GAP;
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    /** Number of lines {@link #draw} will use. */
    static int lineCount(List<String> labels, double left, double right) {
        return layout(labels, left, right).size();
    }

    /** Draws the legend with its first line's text baseline at {@code y}. */
    static void draw(SvgWriter svg, List<String> labels, double left, double right, double y, boolean markers) {
        if (labels.isEmpty()) return;
        svg.open("g", "class", "legend");
        int i = 0;
        double ly = y;
        for (List<Double> line : layout(labels, left, right)) {
            for (double x : line) {
                List<Object> a = new ArrayList<>(List.of("x1", x, "y1", ly - 4, "x2", x + SAMPLE, "y2", ly - 4));
                a.addAll(List.of(Palette.stroke(i, 2.0)));
                svg.empty("line", a.toArray());
                if (markers) Palette.marker(svg, i, x + SAMPLE / 2, ly - 4);
                svg.text(x + SAMPLE + 6, ly, labels.get(i));
                i++;
            }
            ly += LINE_HEIGHT;
        }
        svg.close("g");
    }
}
