package org.msct.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.msct.reports.table.Alignment;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Column;
import org.msct.reports.table.Table;

/**
 * Renders a {@link Table} as a GitHub-flavoured Markdown table, preceded by its title in bold and followed by its
 * footnotes.
 *
 * <p>Markdown tables cannot span, so: a header group label is prefixed to each column header below it ("Month 12:
 * Mean ± SD"); a spanning cell is followed by empty cells; indentation is rendered as two no-break spaces
 * ({@code &#160;}) per level; bold cells are wrapped in {@code **}. All text is escaped with {@link
 * Escape#markdown(String)}, so pipes and significance stars print literally.
 */
public final class MarkdownTableRenderer {
    private MarkdownTableRenderer() {}

    /** The table with its plain title. */
    public static String render(Table table) {
        return render(table, "");
    }

    /**
     * The table as Markdown ending in a newline.
     *
     * @param label a number label such as "Table 1", printed as "Table 1." before the title; "" for none
     */
    public static String render(Table table, String label) {
        StringBuilder sb = new StringBuilder();
        sb.append("**");
        if (!label.isEmpty()) sb.append(Escape.markdown(label)).append(". ");
        sb.append(Escape.markdown(table.title())).append("**\n\n");
        List<String> groups = table.groupLabelPerColumn();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String h = table.columns().get(i).header();
            String g = groups.get(i);
            header.add(Escape.markdown(g.isEmpty() ? h : h.isEmpty() ? g : g + ": " + h));
        }
        line(sb, header);
        List<String> rule = new ArrayList<>();
        for (Column c : table.columns()) rule.add(rule(c.alignment()));
        line(sb, rule);
        for (List<Cell> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell(cell));
                for (int k = 1; k < cell.span(); k++) cells.add("");
            }
            line(sb, cells);
        }
        if (!table.footnotes().isEmpty()) {
            sb.append('\n');
            for (String note : table.footnotes())
                sb.append(Escape.markdown(note)).append("  \n");
        }
        return sb.toString();
    }

    private static String cell(Cell cell) {
        String text = Escape.markdown(cell.text());
        if (cell.bold() && !text.isEmpty()) text = "**" + text + "**";
        return "&#160;&#160;".repeat(cell.indent()) + text;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) sb.append(' ').append(c).append(" |");
        sb.append('\n');
    }

    private static String rule(Alignment a) {
        return switch (a) {
            case LEFT -> ":---";
            case CENTER -> ":---:";
            case RIGHT -> "---:";
        };
    }
}
