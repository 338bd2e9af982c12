package org.msct.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Compares an msct JSON result with an R oracle's {@code results} member, member by member. Every member of the
 * expected tree must be present in the actual tree (unless the path is ignored) and numbers must agree within the
 * relative tolerance for that path (absolute 1e-12 where the expected value is 0). Expected {@code null} (R's NA)
 * requires actual {@code null}.
 */
public final class OracleCompare {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ToDoubleFunction<String> tolerance;
    private final Predicate<String> ignored;

    /**
     * @param tolerance relative tolerance for a path such as {@code by_arm.placebo.table.surv[3]}
     * @param ignored paths (and their subtrees) not compared
     */
    public OracleCompare(ToDoubleFunction<String> tolerance, Predicate<String> ignored) {
        this.tolerance = tolerance;
        this.ignored = ignored;
    }

    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode readTree(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns one line per mismatch, empty when everything agrees. */
    public List<String> compare(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk("", expected, actual, out);
        return out;
    }

    private void walk(String path, JsonNode e, JsonNode a, List<String> out) {
        if (!path.isEmpty() && ignored.test(path)) return;
        if (a == null || a.isMissingNode()) {
            out.add(path + ": missing (expected " + abbreviate(e) + ")");
            return;
        }
        if (e.isObject()) {
            if (!a.isObject()) {
                out.add(path + ": expected an object, got " + abbreviate(a));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = e.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> m = it.next();
                String p = path.isEmpty() ? m.getKey() : path + "." + m.getKey();
                walk(p, m.getValue(), a.get(m.getKey()), out);
            }
        } else if (e.isArray()) {
            if (!a.isArray()) {
                // R writes a length-1 vector as a scalar only without arr(); accept a 1-element array either way
                out.add(path + ": expected an array, got " + abbreviate(a));
                return;
            }
            if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) walk(path + "[" + i + "]", e.get(i), a.get(i), out);
        } else if (e.isNull()) {
            if (!a.isNull()) out.add(path + ": expected null (NA), got " + a);
        } else if (e.isNumber()) {
            if (!a.isNumber()) {
                out.add(path + ": expected " + e + ", got " + a);
                return;
            }
            double x = e.doubleValue();
            double y = a.doubleValue();
            double tol = tolerance.applyAsDouble(path);
            boolean ok = x == 0 ? Math.abs(y) <= 1e-12 : Math.abs(y - x) <= tol * Math.abs(x);
            if (!ok) {
                out.add(path + ": expected " + x + ", got " + y + " (rel. diff " + Math.abs(y - x) / Math.abs(x)
                        + ", tolerance " + tol + ")");
            }
        } else if (e.isTextual() || e.isBoolean()) {
            if (!e.equals(a)) out.add(path + ": expected " + e + ", got " + a);
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
