package org.msct.reports.figure;

/**
 * Series styles: a colour from the Okabe–Ito colour-blind-safe palette (Okabe M, Ito K. <i>Color Universal Design
 * (CUD)</i>, 2008, https://jfly.uni-koeln.de/color/) paired with a distinct dash pattern and marker, so series are
 * told apart in greyscale print and by readers with colour-vision deficiency. Yellow is left out (too light on
 * white); orange and sky blue, the lightest, come last. Series beyond the seventh reuse the styles cyclically.
 */
final class Palette {
    /** Stroke colours, in series order. */
    static final String[] COLORS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#E69F00", "#56B4E9"};

    /** SVG {@code stroke-dasharray} values, in series order ("" = solid). */
    static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "4 4", "12 4 2 4 2 4", "1 3"};

    /** Marker shapes, in series order. */
    enum Marker {
        CIRCLE,
        SQUARE,
        TRIANGLE,
        DIAMOND
    }

    private Palette() {}

    static String color(int series) {
        return COLORS[series % COLORS.length];
    }

    static String dash(int series) {
        return DASHES[series % DASHES.length];
    }

    static Marker marker(int series) {
        return Marker.values()[series % Marker.values().length];
    }

    /** Stroke attributes for series {@code i}: colour, width and (unless solid) dash pattern. */
    static Object[] stroke(int series, double width) {
        String dash = dash(series);
        if (dash.isEmpty()) return new Object[] {"stroke", color(series), "stroke-width", width};
        return new Object[] {"stroke", color(series), "stroke-width", width, "stroke-dasharray", dash};
    }

    /** Draws the marker of series {@code i} centred at (x, y), filled with the series colour. */
    static void marker(SvgWriter svg, int series, double x, double y) {
        String c = color(series);
        double r = 4;
        switch (marker(series)) {
            case CIRCLE -> svg.empty("circle", "cx", x, "cy", y, "r", r, "fill", c);
            case SQUARE -> svg.empty("rect", "x", x - r, "y", y - r, "width", 2 * r, "height", 2 * r, "fill", c);
            case TRIANGLE -> svg.empty("path", "d", path(x, y - r - 1, x + r + 1, y + r, x - r - 1, y + r), "fill", c);
            case DIAMOND -> svg.empty(
                    "path", "d", path(x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y), "fill", c);
        }
    }

    private static String path(double... xy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            sb.append(i == 0 ? "M" : " L").append(Num.f(xy[i])).append(' ').append(Num.f(xy[i + 1]));
        }
        return sb.append(" Z").toString();
    }
}
