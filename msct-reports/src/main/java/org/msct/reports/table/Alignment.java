package org.msct.reports.table;

/** Horizontal alignment of a column; numbers are usually {@link #RIGHT} or {@link #CENTER}. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
