package org.msct.reports.render;

/**
 * Escaping of plain text for each output format. Every text that reaches an output (titles, headers, cells,
 * footnotes, captions, figure labels) goes through one of these.
 */
public final class Escape {
    private Escape() {}

    /**
     * Text for HTML/XHTML/SVG element content and attribute values: {@code & < > " '} become {@code &amp; &lt; &gt;
     * &quot; &#39;}. Control characters other than tab, line feed and carriage return are not allowed in XML 1.0 and
     * are replaced by U+FFFD. The output contains only the five predefined XML entities, so it is well-formed XML
     * as well as HTML.
     */
    public static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Text for a GitHub-flavoured Markdown table cell or paragraph, shown literally:
     *
     * <ul>
     *   <li>{@code & < >} become HTML entities (Markdown passes raw HTML through, so "&lt;b&gt;" must not become
     *       bold);
     *   <li>the Markdown punctuation {@code \ ` * _ [ ] | #} and a leading list marker ({@code - } or {@code + }) are backslash-escaped, so
     *       significance stars "**" print as stars and a pipe does not end the cell;
     *   <li>line breaks become a space (a table row is one line).
     * </ul>
     */
    public static String markdown(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> sb.append('\\').append(c);
                case '-', '+' -> {
                    if (sb.isEmpty() && i + 1 < text.length() && text.charAt(i + 1) == ' ') sb.append('\\');
                    sb.append(c);
                }
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') sb.append(' ');
                }
                case '\n' -> sb.append(' ');
                default -> sb.append(c < 0x20 && c != '\t' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /**
     * One CSV field per RFC 4180: quoted when it contains a comma, a double quote, CR or LF (or starts or ends
     * with a space, which some readers trim), with inner double quotes doubled. Otherwise unchanged.
     */
    public static String csv(String field) {
        boolean quote = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
        if (!quote) return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
