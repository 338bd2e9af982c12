package org.msct.reports.figure;

import java.util.regex.Pattern;

/**
 * A figure that renders itself as a standalone SVG document (no XML declaration, UTF-8 text). Rendering is
 * deterministic: the same chart and arguments give byte-identical SVG (fixed two-decimal coordinates, no
 * timestamps, ids derived only from {@code id}).
 */
public sealed interface Chart permits KaplanMeierChart, CumulativeIncidenceChart, MeanSdChart, ForestChart {
    /** Pattern for ids: an XML name usable in ids and url(#…) references. */
    Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** Short title; becomes the SVG {@code <title>} (accessible name). It is not drawn: captions go outside. */
    String title();

    /**
     * The SVG.
     *
     * @param id prefix of every id inside the SVG; distinct per figure when several are inlined in one page
     * @param description the alternative text; becomes the SVG {@code <desc>} (accessible description)
     * @throws IllegalArgumentException if {@code id} does not match {@link #ID}
     */
    String toSvg(String id, String description);

    /** The SVG with id prefix "figure" and the title as description. */
    default String toSvg() {
        return toSvg("figure", title());
    }

    /** Checks an id prefix. */
    static String checkId(String id) {
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("invalid SVG id prefix '" + id + "'");
        return id;
    }
}
