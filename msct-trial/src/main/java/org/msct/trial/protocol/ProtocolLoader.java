package org.msct.trial.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;

/**
 * Reads protocol files and validates them ({@link ProtocolValidator}). Shipped protocols live on the class path under
 * {@code trial/protocols/}; {@link #SHIPPED} lists them. A protocol is returned only when it has no ERROR finding.
 */
public final class ProtocolLoader {
    private ProtocolLoader() {}

    /** Ids of the shipped protocols → their resource file names, in publication order. */
    public static final Map<String, String> SHIPPED = shipped(
            "liang-2010", "liang-2010.v1.json",
            "gu-2014", "gu-2014.v1.json",
            "wang-2014", "wang-2014.v1.json",
            "wang-2018", "wang-2018.v1.json");

    private static Map<String, String> shipped(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Class-path folder of the shipped protocols. */
    public static final String FOLDER = "/trial/protocols/";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The outcome of reading one file.
     *
     * @param protocol the protocol, or null when it has an ERROR finding
     * @param findings every finding, errors and warnings
     */
    public record Result(@Nullable Protocol protocol, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return protocol != null;
        }

        public List<Finding> errors() {
            return findings.stream().filter(Finding::isError).toList();
        }
    }

    /** Loads and validates a shipped protocol; an unknown id gives a result with one PRT-003 error. */
    public static Result load(String id) {
        String file = SHIPPED.get(id);
        if (file == null) {
            return new Result(
                    null,
                    List.of(Finding.error(
                            id,
                            "id",
                            id,
                            "PRT-003",
                            "no shipped protocol '" + id + "'; shipped: " + String.join(", ", SHIPPED.keySet()))));
        }
        try (InputStream in = ProtocolLoader.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return new Result(null, List.of(Finding.error(file, null, null, "PRT-001", "resource not found")));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            return new Result(
                    null, List.of(Finding.error(file, null, null, "PRT-001", "cannot read: " + e.getMessage())));
        }
    }

    /**
     * A shipped protocol that must be valid (they are checked by the build).
     *
     * @throws IllegalArgumentException for an unknown id
     * @throws IllegalStateException listing the errors if the file does not validate
     */
    public static Protocol require(String id) {
        if (!SHIPPED.containsKey(id)) {
            throw new IllegalArgumentException(
                    "unknown protocol '" + id + "'; shipped: " + String.join(", ", SHIPPED.keySet()));
        }
        Result r = load(id);
        if (!r.ok()) throw new IllegalStateException("protocol " + id + " is invalid: " + r.errors());
        return r.protocol();
    }

    /** Parses and validates protocol JSON text; {@code file} names the file in findings (and must be {@code <id>.v<major>.json}). */
    public static Result parse(String json, String file) {
        Protocol p;
        try {
            p = MAPPER.readValue(json, Protocol.class);
        } catch (InvalidTypeIdException e) {
            return new Result(
                    null,
                    List.of(Finding.error(
                            file,
                            path(e),
                            e.getTypeId(),
                            "PRT-012",
                            "unknown condition type '" + e.getTypeId()
                                    + "'; allowed: all, any, classification, age, sledai2k,"
                                    + " bilag, proteinuria, serumCreatinine, urineRbc, renalBiopsy, flag, treatment")));
        } catch (JsonMappingException e) {
            return new Result(null, List.of(Finding.error(file, path(e), null, "PRT-001", clean(e))));
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(Finding.error(file, null, null, "PRT-001", "not valid JSON: " + clean(e))));
        }
        if (p == null) return new Result(null, List.of(Finding.error(file, null, null, "PRT-001", "empty file")));
        List<Finding> findings = new ArrayList<>(ProtocolValidator.validate(p, file));
        boolean error = findings.stream().anyMatch(Finding::isError);
        return new Result(error ? null : p, findings);
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    static String clean(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        return m == null
                ? e.getClass().getSimpleName()
                : m.replaceAll("\\s+", " ").strip();
    }
}
