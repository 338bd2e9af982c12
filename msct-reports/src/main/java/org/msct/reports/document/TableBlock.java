package org.msct.reports.document;

import java.util.Objects;
import org.msct.reports.table.Table;

/**
 * A table in a section; numbered "Table n" in document order.
 *
 * @param table the table
 */
public record TableBlock(Table table) implements Block {
    public TableBlock {
        Objects.requireNonNull(table, "table");
    }
}
