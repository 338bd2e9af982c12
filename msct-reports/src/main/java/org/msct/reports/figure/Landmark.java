package org.msct.reports.figure;

import java.util.Objects;

/**
 * A vertical dotted reference line on a step plot, e.g. at 12 months, labelled at the top of the plot.
 *
 * @param time the x value, finite
 * @param label the text next to the line, may be empty
 */
public record Landmark(double time, String label) {
    public Landmark {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(time)) throw new IllegalArgumentException("landmark '" + label + "': time " + time);
    }
}
