package org.msct.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Table;

/**
 * Renders a {@link Table} as CSV per RFC 4180: one header record, then one record per row, every record ending in
 * CRLF, fields quoted by {@link Escape#csv(String)}.
 *
 * <p>CSV carries the data, not the layout: the title, footnotes, bold and indentation are dropped; a header group
 * label is prefixed to the column headers below it ("Month 12: Mean ± SD"), as in Markdown; a spanning cell is
 * followed by empty fields. Cells hold the formatted text. The output is UTF-8 text without a byte-order mark.
 */
public final class CsvTableRenderer {
    private static final String CRLF = "\r\n";

    private CsvTableRenderer() {}

    /** The table as CSV text. */
    public static String render(Table table) {
        StringBuilder sb = new StringBuilder();
        List<String> groups = table.groupLabelPerColumn();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String h = table.columns().get(i).header();
            String g = groups.get(i);
            header.add(g.isEmpty() ? h : h.isEmpty() ? g : g + ": " + h);
        }
        record(sb, header);
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>();
            for (Cell cell : row) {
                fields.add(cell.text());
                for (int k = 1; k < cell.span(); k++) fields.add("");
            }
            record(sb, fields);
        }
        return sb.toString();
    }

    private static void record(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(Escape.csv(fields.get(i)));
        }
        sb.append(CRLF);
    }
}
