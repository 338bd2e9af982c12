package org.msct.core.json;

import java.util.List;
import java.util.Map;

/**
 * Writes {@link JsonObject} trees. Doubles use {@link Double#toString(double)}, the shortest decimal that parses back
 * to the same IEEE-754 value, so no precision is lost; integral doubles are printed without a fraction when exact.
 */
public final class JsonWriter {
    private JsonWriter() {}

    /** Compact-mode indent: no newlines or indentation (for NDJSON). */
    public static final int COMPACT = Integer.MIN_VALUE / 2;

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(4096);
        append(sb, value, 0);
        return sb.toString();
    }

    /** One line, no insignificant white space: for NDJSON output. */
    public static String writeCompact(Object value) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, value, COMPACT);
        return sb.toString();
    }

    public static void append(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof JsonObject o) {
            appendObject(sb, o, indent);
        } else if (v instanceof Map<?, ?> m) {
            appendMap(sb, m, indent);
        } else if (v instanceof Double d) {
            number(sb, d);
        } else if (v instanceof Float f) {
            number(sb, f.doubleValue());
        } else if (v instanceof Number n) {
            sb.append(n.toString());
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof CharSequence s) {
            string(sb, s);
        } else if (v instanceof double[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(indent < 0 ? "," : ", ");
                number(sb, a[i]);
            }
            sb.append(']');
        } else if (v instanceof int[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(indent < 0 ? "," : ", ");
                sb.append(a[i]);
            }
            sb.append(']');
        } else if (v instanceof long[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(indent < 0 ? "," : ", ");
                sb.append(a[i]);
            }
            sb.append(']');
        } else if (v instanceof boolean[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(indent < 0 ? "," : ", ");
                sb.append(a[i]);
            }
            sb.append(']');
        } else if (v instanceof Object[] a) {
            appendList(sb, List.of(a), indent);
        } else if (v instanceof List<?> l) {
            appendList(sb, l, indent);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }

    private static void appendObject(StringBuilder sb, JsonObject o, int indent) {
        int n = o.size();
        if (n == 0) {
            sb.append("{}");
            return;
        }
        boolean compact = indent < 0;
        sb.append(compact ? "{" : "{\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(compact ? "," : ",\n");
            pad(sb, indent + 2);
            string(sb, o.keyAt(i));
            sb.append(compact ? ":" : ": ");
            append(sb, o.valueAt(i), indent + 2);
        }
        if (!compact) {
            sb.append('\n');
            pad(sb, indent);
        }
        sb.append('}');
    }

    private static void appendMap(StringBuilder sb, Map<?, ?> m, int indent) {
        if (m.isEmpty()) {
            sb.append("{}");
            return;
        }
        boolean compact = indent < 0;
        sb.append(compact ? "{" : "{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (i++ > 0) sb.append(compact ? "," : ",\n");
            pad(sb, indent + 2);
            string(sb, String.valueOf(e.getKey()));
            sb.append(compact ? ":" : ": ");
            append(sb, e.getValue(), indent + 2);
        }
        if (!compact) {
            sb.append('\n');
            pad(sb, indent);
        }
        sb.append('}');
    }

    private static void appendList(StringBuilder sb, List<?> l, int indent) {
        boolean nested = indent >= 0
                && l.stream().anyMatch(x -> x instanceof JsonObject || x instanceof Map || x instanceof List);
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) sb.append(indent < 0 ? "," : ", ");
            if (nested) {
                sb.append('\n');
                pad(sb, indent + 2);
            }
            append(sb, l.get(i), indent + 2);
        }
        if (nested) {
            sb.append('\n');
            pad(sb, indent);
        }
        sb.append(']');
    }

    private static void pad(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append(' ');
    }

    public static void number(StringBuilder sb, double d) {
        if (!Double.isFinite(d)) {
            sb.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            sb.append((long) d);
        } else {
            sb.append(d);
        }
    }

    public static void string(StringBuilder sb, CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') break;
            i++;
        }
        sb.append('"');
        if (i == n) {
            // nothing to escape: the common case for codes, keys and labels
            sb.append(s);
            sb.append('"');
            return;
        }
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
