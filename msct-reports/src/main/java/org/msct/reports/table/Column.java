package org.msct.reports.table;

import java.util.Objects;

/**
 * One column of a {@link Table}.
 *
 * @param header the column header text (plain text; renderers escape it), may be empty
 * @param alignment horizontal alignment of the header and the cells below it
 */
public record Column(String header, Alignment alignment) {
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** A left-aligned column, for labels. */
    public static Column left(String header) {
        return new Column(header, Alignment.LEFT);
    }

    /** A centred column, for formatted statistics such as "4.48 ± 2.60". */
    public static Column center(String header) {
        return new Column(header, Alignment.CENTER);
    }

    /** A right-aligned column, for plain numbers. */
    public static Column right(String header) {
        return new Column(header, Alignment.RIGHT);
    }
}
