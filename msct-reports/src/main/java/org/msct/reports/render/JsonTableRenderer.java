package org.msct.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msct.core.json.JsonObject;
import org.msct.core.json.JsonWriter;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Column;
import org.msct.reports.table.Table;

/**
 * Renders a {@link Table} as JSON, for machine reading next to the human formats (e.g. a results.json written by
 * {@code msct analyze}). Shape:
 *
 * <pre>
 * {"title": "...", "columns": [{"header": "...", "align": "left|center|right", "group": "..."}],
 *  "rows": [[{"text": "4.48 ± 2.60", "value": 4.48, "bold": true, "indent": 1, "span": 2}]],
 *  "footnotes": ["..."]}
 * </pre>
 *
 * <p>{@code group} is present only for columns under a labelled header group; {@code value}, {@code bold}, {@code
 * indent} and {@code span} only when set (not null / false / 0 / 1). Numbers are written by {@link JsonWriter}
 * (shortest round-trip decimal).
 */
public final class JsonTableRenderer {
    private JsonTableRenderer() {}

    /** The table as a JSON object tree. */
    public static JsonObject toJson(Table table) {
        List<JsonObject> columns = new ArrayList<>();
        List<String> groups = table.groupLabelPerColumn();
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            JsonObject col = JsonObject.create()
                    .put("header", c.header())
                    .put("align", c.alignment().name().toLowerCase(Locale.ROOT));
            if (!groups.get(i).isEmpty()) col.put("group", groups.get(i));
            columns.add(col);
        }
        List<List<JsonObject>> rows = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            List<JsonObject> cells = new ArrayList<>();
            for (Cell cell : row) {
                JsonObject o = JsonObject.create().put("text", cell.text());
                cell.value().ifPresent(v -> o.put("value", v));
                if (cell.bold()) o.put("bold", true);
                if (cell.indent() > 0) o.put("indent", cell.indent());
                if (cell.span() > 1) o.put("span", cell.span());
                cells.add(o);
            }
            rows.add(cells);
        }
        return JsonObject.create()
                .put("title", table.title())
                .put("columns", columns)
                .put("rows", rows)
                .put("footnotes", table.footnotes());
    }

    /** The table as indented JSON text ending in a newline. */
    public static String render(Table table) {
        return JsonWriter.write(toJson(table)) + "\n";
    }
}
