package org.msct.reports.document;

import java.util.Objects;
import org.msct.reports.figure.Chart;

/**
 * A figure in a section; numbered "Figure n" in document order.
 *
 * @param chart the figure
 * @param caption the caption printed under the figure (plain text), e.g. the legend explaining stars and bars
 * @param altText the text alternative for readers who cannot see the figure: what it shows and its main message;
 *     becomes the SVG {@code <desc>} and the Markdown image alt text. Must not be blank.
 */
public record FigureBlock(Chart chart, String caption, String altText) implements Block {
    public FigureBlock {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(altText, "altText");
        if (altText.isBlank()) {
            throw new IllegalArgumentException("figure '" + chart.title() + "': alt text must not be blank");
        }
    }
}
