package org.msct.reports.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A labelled x tick, for visit axes: e.g. at 0 "Baseline", at 3 "Month 3".
 *
 * @param x position in the data units of the series x values, finite
 * @param label tick label
 */
public record XTickLabel(double x, String label) {
    public XTickLabel {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(x)) throw new IllegalArgumentException("tick '" + label + "' at " + x);
    }

    /** Ticks pairing {@code xs[i]} with {@code labels[i]}. */
    public static List<XTickLabel> of(double[] xs, String... labels) {
        if (xs.length != labels.length) {
            throw new IllegalArgumentException(xs.length + " tick positions but " + labels.length + " labels");
        }
        List<XTickLabel> out = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) out.add(new XTickLabel(xs[i], labels[i]));
        return out;
    }
}
