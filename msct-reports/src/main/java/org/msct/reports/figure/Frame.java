package org.msct.reports.figure;

/**
 * The plot area in pixels and the linear maps from data to pixels (y grows downwards in SVG).
 *
 * @param left pixel x of the left edge
 * @param top pixel y of the top edge
 * @param width pixel width
 * @param height pixel height
 * @param xMin data value at the left edge
 * @param xMax data value at the right edge
 * @param yMin data value at the bottom edge
 * @param yMax data value at the top edge
 */
record Frame(double left, double top, double width, double height, double xMin, double xMax, double yMin, double yMax) {
    Frame {
        if (!(xMax > xMin) || !(yMax > yMin) || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("degenerate plot frame");
        }
    }

    double x(double v) {
        return left + (v - xMin) / (xMax - xMin) * width;
    }

    double y(double v) {
        return top + height - (v - yMin) / (yMax - yMin) * height;
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    /** The clip rectangle of this frame, slightly enlarged so lines on the edges stay whole. */
    void clipPath(SvgWriter svg, String id) {
        svg.open("defs");
        svg.open("clipPath", "id", id);
        svg.empty("rect", "x", left - 2, "y", top - 2, "width", width + 4, "height", height + 4);
        svg.close("clipPath");
        svg.close("defs");
    }
}
