package org.msct.cli.analyze;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.core.json.JsonObject;

/** Reads members of msct-stats result objects back (nested paths, arrays as double[]; null → NaN). */
final class Json {
    private Json() {}

    static @Nullable Object at(JsonObject o, String... path) {
        Object cur = o;
        for (String p : path) {
            if (!(cur instanceof JsonObject j) || !j.has(p)) return null;
            cur = j.get(p);
        }
        return cur;
    }

    static JsonObject obj(JsonObject o, String... path) {
        Object v = at(o, path);
        if (v instanceof JsonObject j) return j;
        throw new IllegalStateException("no object at " + String.join(".", path));
    }

    static double num(JsonObject o, String... path) {
        return toDouble(at(o, path));
    }

    static double toDouble(@Nullable Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static double[] doubles(JsonObject o, String... path) {
        Object v = at(o, path);
        if (v instanceof double[] a) return a.clone();
        if (v instanceof int[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) d[i] = a[i];
            return d;
        }
        if (v instanceof long[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) d[i] = a[i];
            return d;
        }
        if (v instanceof List<?> l) {
            double[] d = new double[l.size()];
            for (int i = 0; i < d.length; i++) d[i] = toDouble(l.get(i));
            return d;
        }
        if (v instanceof Object[] l) {
            double[] d = new double[l.length];
            for (int i = 0; i < d.length; i++) d[i] = toDouble(l[i]);
            return d;
        }
        return new double[0];
    }

    static @Nullable Object first(JsonObject o, String... path) {
        Object v = at(o, path);
        if (v instanceof List<?> l && !l.isEmpty()) return l.get(0);
        if (v instanceof Object[] a && a.length > 0) return a[0];
        if (v instanceof double[] a && a.length > 0) return a[0];
        return null;
    }
}
