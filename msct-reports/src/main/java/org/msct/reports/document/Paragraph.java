package org.msct.reports.document;

import java.util.Objects;

/**
 * A paragraph of plain text (no markup: renderers escape it).
 *
 * @param text the text
 */
public record Paragraph(String text) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
