package org.msct.instruments.bilag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.Comparison;

/** Typed reads of definition-file members that record a finding instead of throwing. */
final class Reads {
    final List<DefinitionFinding> findings = new ArrayList<>();

    void add(String code, String path, String message) {
        findings.add(new DefinitionFinding(code, path, message));
    }

    static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A required non-blank text member, or {@code null} (with a finding). */
    @Nullable
    String text(JsonNode parent, String name, String path, String code) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            add(code, at(path, name), "required text member is missing or empty");
            return null;
        }
        return n.asText();
    }

    /** A required finite number, or NaN (with a finding). */
    double number(JsonNode parent, String name, String path, String code) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            add(code, at(path, name), "required finite number is missing or not a number: " + n);
            return Double.NaN;
        }
        return n.asDouble();
    }

    /** A required integer within [min, max], or {@code min - 1} (with a finding). */
    int integer(JsonNode parent, String name, String path, String code, int min, int max) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            add(code, at(path, name), "required integer " + min + "–" + max + " is missing or out of range: " + n);
            return min - 1;
        }
        return n.asInt();
    }

    /** A required threshold object {@code {"op": "lt|le|gt|ge", "value": number}}, or {@code null}. */
    @Nullable
    Threshold threshold(JsonNode parent, String name, String path, String code) {
        JsonNode n = parent.get(name);
        String p = at(path, name);
        if (n == null || !n.isObject()) {
            add(code, p, "required threshold {\"op\", \"value\"} is missing");
            return null;
        }
        JsonNode opNode = n.get("op");
        Comparison op = opNode == null || !opNode.isTextual() ? null : Comparison.fromCode(opNode.asText());
        if (op == null) add(code, p + ".op", "operator " + opNode + " is not allowed; allowed: lt, le, gt, ge");
        double value = number(n, "value", p, code);
        return op == null || Double.isNaN(value) ? null : new Threshold(op, value);
    }

    /** A threshold that must be a lower bound (gt/ge), e.g. "UPCR &gt; 100". */
    @Nullable
    Threshold lowerBound(JsonNode parent, String name, String path, String code) {
        return bound(parent, name, path, code, Comparison.GT, Comparison.GE);
    }

    /** A threshold that must be an upper bound (lt/le), e.g. "GFR &lt; 80". */
    @Nullable
    Threshold upperBound(JsonNode parent, String name, String path, String code) {
        return bound(parent, name, path, code, Comparison.LT, Comparison.LE);
    }

    private @Nullable Threshold bound(
            JsonNode parent, String name, String path, String code, Comparison a, Comparison b) {
        Threshold t = threshold(parent, name, path, code);
        if (t != null && t.op() != a && t.op() != b) {
            add(
                    code,
                    at(path, name) + ".op",
                    "operator " + t.op().code() + " not allowed here; allowed: " + a.code() + ", " + b.code());
            return null;
        }
        return t;
    }

    /** A grade letter; {@code abcOnly} restricts it to A, B, C. Returns {@code null} (with a finding) otherwise. */
    @Nullable
    BilagGrade grade(@Nullable JsonNode n, String path, String code, boolean abcOnly) {
        if (n != null && n.isTextual()) {
            for (BilagGrade g : BilagGrade.values()) {
                if (g.name().equals(n.asText()) && (!abcOnly || g.compareTo(BilagGrade.C) <= 0)) return g;
            }
        }
        add(code, path, "grade " + n + " is not allowed; allowed: " + (abcOnly ? "A, B, C" : "A, B, C, D, E"));
        return null;
    }

    /** An array of codes 0–4 as a bit mask (bit c = code c), or 0 (with a finding). */
    int codeMask(@Nullable JsonNode n, String path, String code) {
        int mask = 0;
        if (n == null || !n.isArray() || n.isEmpty()) {
            add(code, path, "required non-empty array of codes 0–4 is missing");
            return 0;
        }
        for (JsonNode c : n) {
            if (!c.isIntegralNumber() || c.asInt() < 0 || c.asInt() > 4) {
                add(code, path, "code " + c + " is not allowed; allowed: 0, 1, 2, 3, 4");
                return 0;
            }
            mask |= 1 << c.asInt();
        }
        return mask;
    }
}
