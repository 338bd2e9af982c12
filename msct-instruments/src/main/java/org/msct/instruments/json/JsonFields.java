package org.msct.instruments.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.FieldException;

/** Typed access to JSON members with messages that name the field, the value and what is allowed. */
public final class JsonFields {
    private JsonFields() {}

    /** Rejects members outside {@code allowed}; {@code hints} maps a common mistake to its correction. */
    public static void onlyKnown(JsonNode obj, String path, Set<String> allowed, Map<String, String> hints) {
        Iterator<String> it = obj.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (allowed.contains(k)) continue;
            String hint = hints.get(k);
            throw new FieldException(
                    join(path, k),
                    hint != null
                            ? hint
                            : "unknown member '" + k + "'; allowed: "
                                    + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
    }

    public static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw new FieldException(join(path, name), "expected an object, got " + show(n));
        return n;
    }

    /** A number in [min, max] with its unit named in messages, or null when absent. */
    public static @Nullable Double number(
            JsonNode parent, String name, String path, double min, double max, String unit) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw new FieldException(join(path, name), "value " + show(n) + " is not a number");
        double v = n.doubleValue();
        if (!(v >= min && v <= max)) {
            throw new FieldException(
                    join(path, name),
                    "value " + n.asText() + " is impossible; allowed " + fmt(min) + " to " + fmt(max)
                            + (unit.isEmpty() ? "" : " " + unit));
        }
        return v;
    }

    public static @Nullable Integer integer(JsonNode parent, String name, String path, int min, int max, String what) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber() || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new FieldException(join(path, name), "value " + show(n) + " is not an integer; allowed " + what);
        }
        double v = n.doubleValue();
        if (v < min || v > max) {
            throw new FieldException(join(path, name), "value " + n.asText() + " is out of range; allowed " + what);
        }
        return (int) v;
    }

    public static @Nullable Boolean bool(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isBoolean()) throw new FieldException(join(path, name), "value " + show(n) + " is not true or false");
        return n.booleanValue();
    }

    public static @Nullable String text(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new FieldException(join(path, name), "value " + show(n) + " is not a string");
        return n.textValue();
    }

    /** A list of strings, each in {@code allowed} (matched case-insensitively, returned upper-case). */
    public static @Nullable List<String> codes(JsonNode parent, String name, String path, Set<String> allowed) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isArray()) throw new FieldException(join(path, name), "expected an array of codes, got " + show(n));
        List<String> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String p = join(path, name) + "[" + i + "]";
            if (!e.isTextual()) throw new FieldException(p, "value " + show(e) + " is not a code string");
            String c = e.textValue().toUpperCase(java.util.Locale.ROOT);
            if (!allowed.contains(c)) {
                throw new FieldException(
                        p,
                        "unknown code '" + e.textValue() + "'; allowed: "
                                + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            out.add(c);
        }
        return out;
    }

    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public static String show(JsonNode n) {
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    public static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
