package org.msct.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A section of a report: a heading and its blocks in order.
 *
 * @param heading the section heading (plain text), listed in the table of contents
 * @param blocks paragraphs, tables and figures, in order
 */
public record Section(String heading, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    /** A section of these blocks. */
    public static Section of(String heading, Block... blocks) {
        return new Section(heading, List.of(blocks));
    }
}
