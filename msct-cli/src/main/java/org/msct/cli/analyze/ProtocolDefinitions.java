package org.msct.cli.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Which derivation each protocol definition id runs ({@code derivations/protocol/definitions.v1.json}, versioned with
 * a source citation). An id the file does not list is {@link Status#NOT_IMPLEMENTED} with that reason.
 *
 * @param version file version
 * @param citation the file's source citation
 * @param byId entries by definition id, in file order
 * @param endpointStates states counted by one protocol endpoint when they differ from its definition's (key {@code
 *     protocol/endpoint}; e.g. wang-2018 CCR5 counts CCR of SCR-REM-1)
 */
record ProtocolDefinitions(
        int version, String citation, Map<String, Definition> byId, Map<String, List<String>> endpointStates) {
    static final String RESOURCE = "/derivations/protocol/definitions.v1.json";

    ProtocolDefinitions {
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        endpointStates = Map.copyOf(endpointStates);
    }

    /** The states {@code endpoint} of {@code protocol} counts under definition {@code d}. */
    List<String> states(String protocol, String endpoint, Definition d) {
        return endpointStates.getOrDefault(protocol + "/" + endpoint, d.states());
    }

    enum Status {
        IMPLEMENTED,
        NOT_IMPLEMENTED
    }

    /** What the definition computes. */
    enum Kind {
        /** Per-visit response / remission states of a rule set (course). */
        RESPONSE,
        /** First flare / relapse after the response of a paired response rule set. */
        EVENT,
        /** Kaplan–Meier overall survival (ADTTE OS). */
        SURVIVAL,
        /** Crude proportion alive. */
        ALIVE,
        /** Paired change from baseline of a BDS parameter. */
        CHANGE,
        /** Subjects with at least one adverse event. */
        SAFETY
    }

    /**
     * One definition id.
     *
     * @param family rule-set family folder ({@code renal-response} …) for RESPONSE / EVENT
     * @param ruleSet rule-set id within the family
     * @param states response states counted (RESPONSE)
     * @param responseFamily for EVENT: family of the response endpoint it follows
     * @param eventRuleSet for RESPONSE: the event rule set that must not follow (landmark-maintained variant)
     * @param landmarkMonth for RESPONSE: landmark month (EXPLORER-style), empty for best-ever
     * @param paramcd for CHANGE: the BDS parameter
     * @param bilagScheme for CHANGE of a BILAG score: the scheme that derives it
     * @param targetScale published target × this = value in the analysis unit (e.g. mg → g)
     * @param targetUnitNote why the targets are rescaled
     * @param requires parameters the bundle must have (otherwise "not computable")
     * @param reason why NOT_IMPLEMENTED
     * @param source citation (spec section)
     */
    record Definition(
            String id,
            Status status,
            Kind kind,
            String family,
            String ruleSet,
            List<String> states,
            String responseFamily,
            String eventRuleSet,
            OptionalInt landmarkMonth,
            String paramcd,
            String bilagScheme,
            double targetScale,
            String targetUnitNote,
            List<String> requires,
            String reason,
            String source) {
        Definition {
            states = List.copyOf(states);
            requires = List.copyOf(requires);
        }

        static Definition missing(String id) {
            return new Definition(
                    id,
                    Status.NOT_IMPLEMENTED,
                    Kind.RESPONSE,
                    "",
                    "",
                    List.of(),
                    "",
                    "",
                    OptionalInt.empty(),
                    "",
                    "",
                    1,
                    "",
                    List.of(),
                    "no entry for " + id + " in " + RESOURCE.substring(1),
                    "");
        }
    }

    /** The entry of {@code id}, or a NOT_IMPLEMENTED placeholder naming the missing entry. */
    Definition get(String id) {
        Definition d = byId.get(id);
        return d != null ? d : Definition.missing(id);
    }

    Optional<Definition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    static ProtocolDefinitions load() {
        try (InputStream in = ProtocolDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource not found: " + RESOURCE);
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProtocolDefinitions parse(JsonNode root) {
        Map<String, Definition> out = new LinkedHashMap<>();
        for (JsonNode n : root.get("definitions")) {
            String id = n.get("id").asText();
            Status st = Status.valueOf(
                    text(n, "status").toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            Kind kind = Kind.valueOf(text(n, "kind").toUpperCase(java.util.Locale.ROOT));
            if (st == Status.NOT_IMPLEMENTED && text(n, "reason").isEmpty())
                throw new IllegalStateException(RESOURCE + ": " + id + " is not-implemented without a reason");
            if (out.put(
                            id,
                            new Definition(
                                    id,
                                    st,
                                    kind,
                                    text(n, "family"),
                                    text(n, "ruleSet"),
                                    strings(n.get("states")),
                                    text(n, "responseFamily"),
                                    text(n, "eventRuleSet"),
                                    n.has("landmarkMonth")
                                            ? OptionalInt.of(
                                                    n.get("landmarkMonth").asInt())
                                            : OptionalInt.empty(),
                                    text(n, "paramcd"),
                                    text(n, "bilagScheme"),
                                    n.has("targetScale") ? n.get("targetScale").asDouble() : 1,
                                    text(n, "targetUnitNote"),
                                    strings(n.get("requires")),
                                    text(n, "reason"),
                                    text(n, "source")))
                    != null) throw new IllegalStateException(RESOURCE + ": duplicate id " + id);
        }
        Map<String, List<String>> states = new LinkedHashMap<>();
        JsonNode es = root.get("endpointStates");
        if (es != null)
            for (JsonNode n : es) states.put(text(n, "protocol") + "/" + text(n, "endpoint"), strings(n.get("states")));
        return new ProtocolDefinitions(
                root.get("version").asInt(), root.at("/source/citation").asText(), out, states);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static List<String> strings(@Nullable JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a != null) for (JsonNode x : a) out.add(x.asText());
        return out;
    }
}
