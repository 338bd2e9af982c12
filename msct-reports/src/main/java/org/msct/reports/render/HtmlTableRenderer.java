package org.msct.reports.render;

import java.util.List;
import org.msct.reports.table.Alignment;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Column;
import org.msct.reports.table.HeaderGroup;
import org.msct.reports.table.Table;

/**
 * Renders a {@link Table} as a semantic, accessible HTML {@code <table>} fragment that is also well-formed XHTML.
 *
 * <ul>
 *   <li>{@code <caption>} holds the (optionally numbered) title;
 *   <li>{@code <thead>} holds the header groups ({@code <th scope="colgroup">}, with matching {@code <colgroup>}s)
 *       and the column headers ({@code <th scope="col">});
 *   <li>in {@code <tbody>} the first cell of each row is the row header ({@code <th scope="row">});
 *   <li>footnotes go into {@code <tfoot>}, one row each;
 *   <li>alignment and indentation are classes ({@code l c r}, {@code i1..i4}) styled by {@link #CSS}; bold cells
 *       use {@code <strong>}; a cell's unrounded number is kept in {@code data-value}.
 * </ul>
 */
public final class HtmlTableRenderer {
    /** The style sheet for the classes used here: screen and print, no external resources. */
    public static final String CSS =
            """
            table.msct-table { border-collapse: collapse; margin: 1.5em 0; font-variant-numeric: tabular-nums; \
            page-break-inside: avoid; break-inside: avoid; }
            table.msct-table caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.5em 0; }
            table.msct-table th, table.msct-table td { padding: 0.25em 0.75em; vertical-align: top; }
            table.msct-table thead tr:first-child > * { border-top: 2px solid #000; }
            table.msct-table thead tr:last-child > * { border-bottom: 1px solid #000; }
            table.msct-table thead th[scope="colgroup"] { border-bottom: 1px solid #000; }
            table.msct-table tbody tr:last-child > * { border-bottom: 2px solid #000; }
            table.msct-table tbody th { font-weight: normal; }
            table.msct-table tfoot td { font-size: 0.85em; padding-top: 0.4em; text-align: left; }
            table.msct-table .l { text-align: left; }
            table.msct-table .c { text-align: center; }
            table.msct-table .r { text-align: right; }
            table.msct-table .i1 { padding-left: 1.75em; }
            table.msct-table .i2 { padding-left: 2.75em; }
            table.msct-table .i3 { padding-left: 3.75em; }
            table.msct-table .i4 { padding-left: 4.75em; }
            """;

    private HtmlTableRenderer() {}

    /** The table with its plain title as caption and no id. */
    public static String render(Table table) {
        return render(table, "", "");
    }

    /**
     * The table as an HTML fragment ending in a newline.
     *
     * @param id the element id (for links from a table of contents), or "" for none
     * @param label a number label such as "Table 1", printed as "Table 1." before the title; "" for none
     */
    public static String render(Table table, String id, String label) {
        StringBuilder sb = new StringBuilder(
                256 + 64 * table.rows().size() * table.columns().size());
        sb.append("<table class=\"msct-table\"");
        if (!id.isEmpty()) sb.append(" id=\"").append(Escape.html(id)).append('"');
        sb.append(">\n  <caption>");
        if (!label.isEmpty())
            sb.append("<span class=\"label\">").append(Escape.html(label)).append(".</span> ");
        sb.append(Escape.html(table.title())).append("</caption>\n");
        if (table.hasGroups()) {
            sb.append("  ");
            for (HeaderGroup g : table.groups())
                sb.append("<colgroup span=\"").append(g.span()).append("\"/>");
            sb.append('\n');
        }
        sb.append("  <thead>\n");
        if (table.hasGroups()) groupRow(sb, table.groups());
        sb.append("    <tr>");
        for (Column c : table.columns()) {
            sb.append("<th scope=\"col\" class=\"").append(align(c.alignment())).append("\">");
            sb.append(Escape.html(c.header())).append("</th>");
        }
        sb.append("</tr>\n  </thead>\n  <tbody>\n");
        for (List<Cell> row : table.rows()) bodyRow(sb, table.columns(), row);
        sb.append("  </tbody>\n");
        if (!table.footnotes().isEmpty()) {
            sb.append("  <tfoot>\n");
            for (String note : table.footnotes()) {
                sb.append("    <tr><td colspan=\"")
                        .append(table.columns().size())
                        .append("\">");
                sb.append(Escape.html(note)).append("</td></tr>\n");
            }
            sb.append("  </tfoot>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static void groupRow(StringBuilder sb, List<HeaderGroup> groups) {
        sb.append("    <tr>");
        for (HeaderGroup g : groups) {
            boolean blank = g.label().isEmpty();
            sb.append(blank ? "<td" : "<th scope=\"colgroup\" class=\"c\"");
            if (g.span() > 1) sb.append(" colspan=\"").append(g.span()).append('"');
            sb.append('>').append(Escape.html(g.label())).append(blank ? "</td>" : "</th>");
        }
        sb.append("</tr>\n");
    }

    private static void bodyRow(StringBuilder sb, List<Column> columns, List<Cell> row) {
        sb.append("    <tr>");
        int col = 0;
        for (Cell cell : row) {
            boolean header = col == 0;
            String tag = header ? "th" : "td";
            sb.append('<').append(tag);
            if (header) sb.append(" scope=\"row\"");
            if (cell.span() > 1) sb.append(" colspan=\"").append(cell.span()).append('"');
            sb.append(" class=\"").append(align(columns.get(col).alignment()));
            if (cell.indent() > 0) sb.append(" i").append(cell.indent());
            sb.append('"');
            if (cell.value().isPresent()) {
                sb.append(" data-value=\"").append(cell.value().getAsDouble()).append('"');
            }
            sb.append('>');
            if (cell.bold()) sb.append("<strong>");
            sb.append(Escape.html(cell.text()));
            if (cell.bold()) sb.append("</strong>");
            sb.append("</").append(tag).append('>');
            col += cell.span();
        }
        sb.append("</tr>\n");
    }

    private static String align(Alignment a) {
        return switch (a) {
            case LEFT -> "l";
            case CENTER -> "c";
            case RIGHT -> "r";
        };
    }
}
