package org.msct.reports.figure;

import java.util.List;

/**
 * A small table of counts under the x axis (numbers at risk, n per visit): a title line, then one row per series
 * with the series label right-aligned left of the plot in the series colour and each count centred under its x.
 */
final class CountRows {
    static final double ROW = 18;

    /** Gap between a row label's right end and the plot's left edge (room for a count centred on it). */
    static final double LABEL_GAP = 24;

    private CountRows() {}

    /** Height used by a table of {@code rows} rows, title included. */
    static double height(int rows) {
        return ROW * (rows + 1);
    }

    /** Widest row label drawn; longer labels are shortened with "…" (the legend shows them in full). */
    static final double MAX_LABEL_WIDTH = 180;

    /** Width needed left of the plot for the row labels, gap and margin included. */
    static double labelWidth(List<String> labels) {
        double w = 0;
        for (String l : labels) w = Math.max(w, Axes.textWidth(fit(l), Axes.FONT));
        return w + LABEL_GAP + 16;
    }

    /** {@code label}, or its longest prefix plus "…" that fits {@link #MAX_LABEL_WIDTH}. */
    static String fit(String label) {
        if (Axes.textWidth(label, Axes.FONT) <= MAX_LABEL_WIDTH) return label;
        int keep = label.length();
        while (keep > 1 && Axes.textWidth(label.substring(0, keep) + "\u2026", Axes.FONT) > MAX_LABEL_WIDTH) keep--;
        if (Character.isHighSurrogate(label.charAt(keep - 1))) keep--;
        return label.substring(0, keep).stripTrailing() + "\u2026";
    }

    /**
     * Draws the table with the title baseline at {@code y}.
     *
     * @param xs pixel x of each column
     * @param counts per row, the text of each column (same length as {@code xs})
     */
    static void draw(
            SvgWriter svg, Frame f, double y, String title, List<String> labels, double[] xs, List<String[]> counts) {
        svg.open("g", "class", "count-table");
        svg.text(8, y, title, "font-weight", "bold");
        for (int r = 0; r < labels.size(); r++) {
            double ry = y + ROW * (r + 1);
            svg.text(f.left() - LABEL_GAP, ry, fit(labels.get(r)), "text-anchor", "end", "fill", Palette.color(r));
            String[] row = counts.get(r);
            for (int c = 0; c < xs.length; c++) {
                svg.text(xs[c], ry, row[c], "text-anchor", "middle");
            }
        }
        svg.close("g");
    }
}
