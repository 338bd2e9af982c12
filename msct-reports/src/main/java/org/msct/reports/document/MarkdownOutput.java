package org.msct.reports.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Markdown report: the text of report.md and the SVG files it links to, to be written in the same directory.
 *
 * @param text the Markdown text
 * @param files SVG text by file name, in figure order
 */
public record MarkdownOutput(String text, Map<String, String> files) {
    public MarkdownOutput {
        Objects.requireNonNull(text, "text");
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
