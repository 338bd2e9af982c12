package org.msct.reports.figure;

import org.msct.reports.render.Escape;

/**
 * A minimal SVG writer: elements with attributes given as name/value pairs, one element per line, indented.
 * Numeric attribute values go through {@link Num#f(double)}, text through {@link Escape#html(String)}, so the output
 * is deterministic, well-formed XML.
 */
final class SvgWriter {
    static final String NS = "http://www.w3.org/2000/svg";

    private final StringBuilder sb = new StringBuilder(8192);
    private int depth;

    /** Opens the root element with a white background, {@code <title>} and {@code <desc>}. */
    SvgWriter(String id, double width, double height, String title, String description) {
        sb.append("<svg xmlns=\"").append(NS).append('"');
        attrs("width", width, "height", height, "viewBox", "0 0 " + Num.f(width) + " " + Num.f(height));
        attrs("role", "img", "aria-labelledby", id + "-title " + id + "-desc");
        attrs("font-family", "sans-serif", "font-size", 12, "fill", "none");
        sb.append(">\n");
        depth = 1;
        element("title", title, "id", id + "-title");
        element("desc", description, "id", id + "-desc");
        empty("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#ffffff");
    }

    SvgWriter open(String tag, Object... attrs) {
        indent().append('<').append(tag);
        attrs(attrs);
        sb.append(">\n");
        depth++;
        return this;
    }

    SvgWriter close(String tag) {
        depth--;
        indent().append("</").append(tag).append(">\n");
        return this;
    }

    SvgWriter empty(String tag, Object... attrs) {
        indent().append('<').append(tag);
        attrs(attrs);
        sb.append("/>\n");
        return this;
    }

    /** An element holding escaped text. */
    SvgWriter element(String tag, String text, Object... attrs) {
        indent().append('<').append(tag);
        attrs(attrs);
        sb.append('>').append(Escape.html(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A {@code <text>} at (x, y) in black unless {@code attrs} sets a fill. */
    SvgWriter text(double x, double y, String text, Object... attrs) {
        indent().append("<text");
        attrs("x", x, "y", y);
        boolean fill = false;
        for (int i = 0; i < attrs.length; i += 2) fill |= "fill".equals(attrs[i]);
        if (!fill) attrs("fill", "#000000");
        attrs(attrs);
        sb.append('>').append(Escape.html(text)).append("</text>\n");
        return this;
    }

    private void attrs(Object... nameValues) {
        if (nameValues.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        for (int i = 0; i < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            String value = v instanceof Double d ? Num.f(d) : v instanceof Integer n ? n.toString() : (String) v;
            sb.append(' ')
                    .append((String) nameValues[i])
                    .append("=\"")
                    .append(Escape.html(value))
                    .append('"');
        }
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) sb.append("  ");
        return sb;
    }

    /** Closes the root element and returns the document (no XML declaration, ends with a newline). */
    String finish() {
        if (depth != 1) throw new IllegalStateException("unbalanced SVG elements, depth " + depth);
        depth = 0;
        return sb.append("</svg>\n").toString();
    }
}
