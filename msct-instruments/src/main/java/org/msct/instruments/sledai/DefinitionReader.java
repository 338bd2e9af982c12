package org.msct.instruments.sledai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads members of an instrument definition file and collects findings (problems) instead of failing at the first
 * one, so a validator can report every problem of a file. A finding is {@code "path: message"}. Also checks the
 * common header every definition carries: {@code id}, {@code version}, {@code source.citation}, {@code remarks}.
 */
public final class DefinitionReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final List<String> findings = new ArrayList<>();

    /** Reads a JSON resource of the class path; {@code null} (with a finding) when missing or not JSON. */
    /**
     * Reads a definition resource that must be a JSON object: null (with a finding) when it is missing, not JSON or
     * not an object.
     */
    public @Nullable JsonNode readObjectResource(String resource) {
        JsonNode root = readResource(resource);
        if (root != null && !root.isObject()) {
            problem("$", "a definition must be a JSON object");
            return null;
        }
        return root;
    }

    public @Nullable JsonNode readResource(String resource) {
        try (InputStream in = DefinitionReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                problem(resource, "resource not found");
                return null;
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            problem(resource, "not valid JSON: " + e.getMessage());
            return null;
        }
    }

    /** Parses JSON text; {@code null} (with a finding) when not valid JSON. */
    public @Nullable JsonNode readText(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            problem("$", "not valid JSON: " + e.getMessage());
            return null;
        }
    }

    public void problem(String path, String message) {
        findings.add(path + ": " + message);
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** Checks {@code id} (equal to {@code expectedId}), {@code version}, {@code source.citation} and {@code remarks}. */
    public void header(JsonNode root, String expectedId) {
        String id = text(root, "id", "");
        if (id != null && !id.equals(expectedId)) problem("id", "is '" + id + "', expected '" + expectedId + "'");
        text(root, "version", "");
        JsonNode source = object(root, "source", "");
        if (source != null) text(source, "citation", "source");
        JsonNode remarks = array(root, "remarks", "");
        if (remarks != null) {
            for (int i = 0; i < remarks.size(); i++) {
                if (!remarks.get(i).isTextual()) problem("remarks[" + i + "]", "must be a string");
            }
        }
    }

    /** A required non-empty string member. */
    public @Nullable String text(JsonNode obj, String name, String path) {
        JsonNode n = obj.get(name);
        if (n == null || !n.isTextual() || n.textValue().isBlank()) {
            problem(join(path, name), "required non-empty string is missing or not a string");
            return null;
        }
        return n.textValue();
    }

    /** A required object member. */
    public @Nullable JsonNode object(JsonNode obj, String name, String path) {
        JsonNode n = obj.get(name);
        if (n == null || !n.isObject()) {
            problem(join(path, name), "required object is missing or not an object");
            return null;
        }
        return n;
    }

    /** A required non-empty array member. */
    public @Nullable JsonNode array(JsonNode obj, String name, String path) {
        JsonNode n = obj.get(name);
        if (n == null || !n.isArray() || n.isEmpty()) {
            problem(join(path, name), "required non-empty array is missing or not an array");
            return null;
        }
        return n;
    }

    /** A required finite number member. */
    public @Nullable Double number(JsonNode obj, String name, String path) {
        JsonNode n = obj.get(name);
        if (n == null || !n.isNumber() || !Double.isFinite(n.doubleValue())) {
            problem(join(path, name), "required number is missing or not a number");
            return null;
        }
        return n.doubleValue();
    }

    /** A required integer member ≥ {@code min}. */
    public @Nullable Integer integer(JsonNode obj, String name, String path, int min) {
        JsonNode n = obj.get(name);
        if (n == null || !n.isIntegralNumber() || n.intValue() < min) {
            problem(join(path, name), "required integer >= " + min + " is missing or invalid");
            return null;
        }
        return n.intValue();
    }

    /** A required boolean member. */
    public @Nullable Boolean bool(JsonNode obj, String name, String path) {
        JsonNode n = obj.get(name);
        if (n == null || !n.isBoolean()) {
            problem(join(path, name), "required true/false is missing or not a boolean");
            return null;
        }
        return n.booleanValue();
    }

    /** A code member: non-empty, upper-case letters, digits and underscores, starting with a letter. */
    public @Nullable String code(JsonNode obj, String name, String path) {
        return codeValue(obj.get(name), join(path, name));
    }

    /** A code element {@code index} of an array. */
    public @Nullable String code(JsonNode array, int index, String path) {
        return codeValue(array.get(index), path + "[" + index + "]");
    }

    private @Nullable String codeValue(@Nullable JsonNode n, String path) {
        if (n == null || !n.isTextual() || n.textValue().isEmpty()) {
            problem(path, "required code is missing or not a string");
            return null;
        }
        String c = n.textValue();
        boolean ok = c.charAt(0) >= 'A' && c.charAt(0) <= 'Z';
        for (int i = 0; i < c.length() && ok; i++) {
            char ch = c.charAt(i);
            ok = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        if (!ok) {
            problem(path, "code '" + c + "' must be upper-case letters, digits and '_'");
            return null;
        }
        return c;
    }

    /** A numeric threshold object {@code {"op": "gt", "value": 12}} (required). */
    public @Nullable Threshold threshold(JsonNode obj, String name, String path) {
        JsonNode n = object(obj, name, path);
        if (n == null) return null;
        String p = join(path, name);
        Comparison op = operator(n, p);
        Double value = number(n, "value", p);
        if (op == null || value == null) return null;
        if (!op.numeric()) {
            problem(p + ".op", "operator '" + op.json() + "' is not numeric; allowed: lt, le, gt, ge");
            return null;
        }
        return new Threshold(op, value);
    }

    /** A lab rule object {@code {"field": "platelets_10e9_l", "op": "lt", "value": 100}} at {@code path}. */
    public @Nullable LabRule labRule(JsonNode n, String path) {
        if (!n.isObject()) {
            problem(path, "must be an object with field, op and value");
            return null;
        }
        String name = text(n, "field", path);
        Comparison op = operator(n, path);
        if (name == null || op == null) return null;
        LabField field = LabField.fromJson(name);
        if (field == null) {
            problem(path + ".field", "unknown lab field '" + name + "'; allowed: " + allowedLabs());
            return null;
        }
        if (field.numeric() != op.numeric()) {
            problem(
                    path + ".op",
                    "operator '" + op.json() + "' does not apply to " + (field.numeric() ? "numeric" : "yes/no")
                            + " lab " + name + (field.numeric() ? "; allowed: lt, le, gt, ge" : "; allowed: isTrue"));
            return null;
        }
        if (!op.numeric()) {
            if (n.has("value")) problem(path + ".value", "isTrue takes no value");
            return new LabRule(field, op, 0);
        }
        Double value = number(n, "value", path);
        return value == null ? null : new LabRule(field, op, value);
    }

    private @Nullable Comparison operator(JsonNode n, String path) {
        String op = text(n, "op", path);
        if (op == null) return null;
        Comparison c = Comparison.fromJson(op);
        if (c == null) problem(path + ".op", "unknown operator '" + op + "'; allowed: lt, le, gt, ge, isTrue");
        return c;
    }

    private static String allowedLabs() {
        StringBuilder sb = new StringBuilder();
        for (LabField f : LabField.values())
            sb.append(sb.length() == 0 ? "" : ", ").append(f.json());
        return sb.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
