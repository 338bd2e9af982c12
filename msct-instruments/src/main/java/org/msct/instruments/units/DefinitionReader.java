package org.msct.instruments.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one definition file and collects {@link DefinitionFinding}s instead of failing on the first problem. Used
 * only while loading (once per file); the typed definitions it produces are immutable.
 *
 * <p>Every definition file must have {@code id} (equal to the expected id), {@code version} (integer ≥ 1),
 * {@code source.citation} (non-blank text) and {@code remarks} (text), as the house style requires.
 */
public final class DefinitionReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String file;
    private final List<DefinitionFinding> findings = new ArrayList<>();

    public DefinitionReader(String file) {
        this.file = file;
    }

    /** Parses a classpath resource (e.g. {@code instruments/units.v1.json}); unreadable → IllegalStateException. */
    public static JsonNode parseResource(String resource) {
        try (InputStream in = DefinitionReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("definition resource not found: " + resource);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("definition resource " + resource + " is not valid JSON: " + e, e);
        }
    }

    /** Checks the common header; returns the version (0 when invalid). */
    public int header(JsonNode root, String expectedId) {
        if (!root.isObject()) {
            problem("$", "the definition must be a JSON object");
            return 0;
        }
        String id = text(root, "id", "id");
        if (!id.isEmpty() && !id.equals(expectedId))
            problem("id", "value " + id + " is not allowed; expected " + expectedId);
        JsonNode version = root.get("version");
        int v = 0;
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            problem("version", "must be an integer ≥ 1");
        } else {
            v = version.intValue();
        }
        JsonNode source = object(root, "source", "source");
        if (source != null) text(source, "citation", "source.citation");
        JsonNode remarks = root.get("remarks");
        if (remarks == null || !remarks.isTextual()) problem("remarks", "must be text");
        return v;
    }

    /** Records a finding at {@code path}. */
    public void problem(String path, String message) {
        findings.add(new DefinitionFinding(file, path, message));
    }

    /** Findings so far (copy). */
    public List<DefinitionFinding> findings() {
        return List.copyOf(findings);
    }

    /** True when no finding was recorded. */
    public boolean ok() {
        return findings.isEmpty();
    }

    /** Wraps a result: the definition only when there are no findings. */
    public <T> Loaded<T> result(@Nullable T definition) {
        return new Loaded<>(findings.isEmpty() ? definition : null, findings);
    }

    public @Nullable JsonNode object(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isObject()) {
            problem(path, "must be an object");
            return null;
        }
        return n;
    }

    public @Nullable JsonNode array(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isArray() || n.isEmpty()) {
            problem(path, "must be a non-empty array");
            return null;
        }
        return n;
    }

    /** Non-blank text; "" (with a finding) when absent or not text. */
    public String text(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problem(path, "must be non-blank text");
            return "";
        }
        return n.asText();
    }

    /** A finite number; NaN (with a finding) when absent or not a number. */
    public double number(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isNumber() || !Double.isFinite(n.doubleValue())) {
            problem(path, "must be a finite number");
            return Double.NaN;
        }
        return n.doubleValue();
    }

    /** A finite number &gt; 0; NaN (with a finding) otherwise. */
    public double positive(JsonNode parent, String name, String path) {
        double v = number(parent, name, path);
        if (Double.isNaN(v)) return v;
        if (v <= 0) {
            problem(path, "value " + v + " is not allowed; allowed: a number > 0");
            return Double.NaN;
        }
        return v;
    }

    /** An optional finite number: {@code fallback} when absent. */
    public double optionalNumber(JsonNode parent, String name, String path, double fallback) {
        return parent.has(name) ? number(parent, name, path) : fallback;
    }

    /** {@code {"op": "lt|le|gt|ge", "value": number}}; {@code null} (with findings) when invalid. */
    public @Nullable Threshold threshold(JsonNode parent, String name, String path) {
        JsonNode n = object(parent, name, path);
        return n == null ? null : threshold(n, path);
    }

    /** Reads a threshold object itself. */
    public @Nullable Threshold threshold(JsonNode n, String path) {
        onlyMembers(n, path, Set.of("op", "value", "remarks"));
        Comparison op = comparison(n, "op", path + ".op");
        double v = number(n, "value", path + ".value");
        return op == null || Double.isNaN(v) ? null : new Threshold(op, v);
    }

    public @Nullable Comparison comparison(JsonNode parent, String name, String path) {
        String code = text(parent, name, path);
        if (code.isEmpty()) return null;
        Comparison op = Comparison.fromCode(code);
        if (op == null) problem(path, "value " + code + " is not allowed; allowed: lt, le, gt, ge");
        return op;
    }

    /** A constant of {@code type} named by the text member; {@code null} (with a finding) otherwise. */
    public <E extends Enum<E>> @Nullable E enumValue(JsonNode parent, String name, Class<E> type, String path) {
        String code = text(parent, name, path);
        if (code.isEmpty()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) return e;
        }
        problem(path, "value " + code + " is not allowed; allowed: " + names(type));
        return null;
    }

    /** Records a finding for each member of {@code node} not in {@code allowed} (catches misspelt members). */
    public void onlyMembers(JsonNode node, String path, Set<String> allowed) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f))
                problem(
                        path + "." + f,
                        "unknown member; allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()));
        });
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.name());
        }
        return sb.toString();
    }
}
