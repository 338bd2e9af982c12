package org.msct.reports.table;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One table cell: the text shown, plus optional presentation and the number behind the text.
 *
 * @param text the displayed text, already formatted (see {@link Fmt}); plain text, renderers escape it
 * @param value the unrounded number the text shows, if any; HTML exposes it as {@code data-value} (not shown)
 * @param bold render in bold (e.g. a category label)
 * @param indent indentation level, 0 to 4 (e.g. 1 for a sub-category under a bold category)
 * @param span number of columns this cell covers, at least 1 (e.g. a category row spanning the whole table)
 */
public record Cell(String text, OptionalDouble value, boolean bold, int indent, int span) {
    /** Largest supported {@link #indent()} level. */
    public static final int MAX_INDENT = 4;

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (indent < 0 || indent > MAX_INDENT) {
            throw new IllegalArgumentException("cell '" + text + "': indent must be in [0, 4], was " + indent);
        }
        if (span < 1) throw new IllegalArgumentException("cell '" + text + "': span must be >= 1, was " + span);
    }

    /** A plain text cell. */
    public static Cell of(String text) {
        return new Cell(text, OptionalDouble.empty(), false, 0, 1);
    }

    /** A cell showing {@code text} for the number {@code value}; a NaN value is stored as absent. */
    public static Cell of(String text, double value) {
        return new Cell(text, Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value), false, 0, 1);
    }

    /** An empty cell. */
    public static Cell empty() {
        return of("");
    }

    /** The missing-value cell, showing {@link Fmt#MISSING}. */
    public static Cell missing() {
        return of(Fmt.MISSING);
    }

    /** This cell in bold. */
    public Cell strong() {
        return new Cell(text, value, true, indent, span);
    }

    /** This cell indented by {@code level}. */
    public Cell indented(int level) {
        return new Cell(text, value, bold, level, span);
    }

    /** This cell spanning {@code columns} columns. */
    public Cell spanning(int columns) {
        return new Cell(text, value, bold, indent, columns);
    }
}
