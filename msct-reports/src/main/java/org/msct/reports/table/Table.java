package org.msct.reports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A publication table: title, columns, optional spanning header groups, body rows and footnotes.
 *
 * <p>Every row must cover exactly {@code columns.size()} columns, counting each cell's {@link Cell#span()}; so must
 * the header groups, when present. The first column is treated as the row header (labels) by the HTML renderer.
 *
 * @param title the caption (plain text); renderers may prefix a number such as "Table 1."
 * @param columns at least one column
 * @param groups spanning header groups above the column headers; empty for none
 * @param rows body rows
 * @param footnotes notes printed below the table (abbreviations, tests, significance), in order
 */
public record Table(
        String title, List<Column> columns, List<HeaderGroup> groups, List<List<Cell>> rows, List<String> footnotes) {
    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        List<List<Cell>> copied = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) copied.add(List.copyOf(row));
        rows = List.copyOf(copied);
        footnotes = List.copyOf(footnotes);
        if (columns.isEmpty()) throw new IllegalArgumentException("table '" + title + "': no columns");
        int width = columns.size();
        if (!groups.isEmpty()) {
            int covered = groups.stream().mapToInt(HeaderGroup::span).sum();
            if (covered != width) {
                throw new IllegalArgumentException(
                        "table '" + title + "': header groups span " + covered + " columns, table has " + width);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            int covered = rows.get(r).stream().mapToInt(Cell::span).sum();
            if (covered != width) {
                throw new IllegalArgumentException(
                        "table '" + title + "': row " + (r + 1) + " spans " + covered + " columns, table has " + width);
            }
        }
    }

    /** A table without header groups. */
    public Table(String title, List<Column> columns, List<List<Cell>> rows, List<String> footnotes) {
        this(title, columns, List.of(), rows, footnotes);
    }

    /** Whether any header group has a non-empty label (so a second header row is needed). */
    public boolean hasGroups() {
        return groups.stream().anyMatch(g -> !g.label().isEmpty());
    }

    /**
     * The group label above each column (empty when none), one entry per column: the flat view used by renderers
     * that cannot span (Markdown, CSV).
     */
    public List<String> groupLabelPerColumn() {
        List<String> out = new ArrayList<>(columns.size());
        if (groups.isEmpty()) {
            for (int i = 0; i < columns.size(); i++) out.add("");
            return out;
        }
        for (HeaderGroup g : groups) {
            for (int i = 0; i < g.span(); i++) out.add(g.label());
        }
        return out;
    }
}
