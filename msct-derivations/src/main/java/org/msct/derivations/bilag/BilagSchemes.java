package org.msct.derivations.bilag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/**
 * Loads and validates BILAG schemes. Validation collects every problem: header ({@code id}, {@code version},
 * {@code source.citation}, {@code remarks}); instrument {@code classic} or {@code 2004}; a non-negative integer
 * weight for each of A–E, non-increasing from A to E; at least one system, unique grade parameter codes; for
 * {@code 2004} every system code a {@link BilagSystem} name; the renal system among the systems.
 */
public final class BilagSchemes {
    /** Ids of the shipped schemes. */
    public static final List<String> SHIPPED = List.of("bilag-classic-931", "bilag-classic-1251", "bilag-2004-1281");

    /** The default scheme of the Nanjing papers: classic A=9, B=3, C=1, D/E=0. */
    public static final String DEFAULT = "bilag-classic-931";

    private BilagSchemes() {}

    /** The shipped scheme {@code id}, or an exception listing every finding. */
    public static BilagScheme load(String id) {
        String file = "derivations/bilag/" + id + ".v1.json";
        return read(file, DefinitionReader.parseResource(file), id).orThrow();
    }

    /** Reads a scheme from parsed JSON, reporting every problem. */
    public static Loaded<BilagScheme> read(String file, JsonNode root, String expectedId) {
        DefinitionReader r = new DefinitionReader(file);
        int version = r.header(root, expectedId);
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(
                root,
                "$",
                Set.of(
                        "id",
                        "version",
                        "source",
                        "remarks",
                        "instrument",
                        "weights",
                        "systems",
                        "renalSystem",
                        "totalParamcd",
                        "renalParamcd"));
        String instrument = r.text(root, "instrument", "instrument");
        if (!instrument.isEmpty() && !instrument.equals("classic") && !instrument.equals("2004"))
            r.problem("instrument", "value " + instrument + " is not allowed; allowed: classic, 2004");
        Map<BilagGrade, Integer> weights = new EnumMap<>(BilagGrade.class);
        JsonNode w = r.object(root, "weights", "weights");
        if (w != null) {
            r.onlyMembers(w, "weights", Set.of("A", "B", "C", "D", "E"));
            int previous = Integer.MAX_VALUE;
            for (BilagGrade g : BilagGrade.values()) {
                JsonNode n = w.get(g.name());
                if (n == null || !n.isIntegralNumber() || n.intValue() < 0) {
                    r.problem("weights." + g, "must be an integer >= 0");
                    continue;
                }
                if (n.intValue() > previous)
                    r.problem(
                            "weights." + g,
                            "value " + n.intValue() + " is larger than the weight of a more severe grade");
                previous = n.intValue();
                weights.put(g, n.intValue());
            }
        }
        Map<String, String> systems = new LinkedHashMap<>();
        JsonNode s = r.object(root, "systems", "systems");
        if (s != null) {
            if (s.isEmpty()) r.problem("systems", "must name at least one system");
            s.properties().forEach(e -> {
                String path = "systems." + e.getKey();
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank())
                    r.problem(path, "must be a parameter code");
                else if (systems.containsValue(e.getValue().asText()))
                    r.problem(path, "parameter code " + e.getValue().asText() + " is used twice");
                else systems.put(e.getKey(), e.getValue().asText());
                if (instrument.equals("2004") && !isSystem(e.getKey()))
                    r.problem(path, "value " + e.getKey() + " is not a BILAG-2004 system");
            });
        }
        String renal = r.text(root, "renalSystem", "renalSystem");
        if (!renal.isEmpty() && s != null && !systems.containsKey(renal))
            r.problem("renalSystem", "value " + renal + " is not among the systems");
        String total = r.text(root, "totalParamcd", "totalParamcd");
        String renalParam = r.text(root, "renalParamcd", "renalParamcd");
        if (!r.ok()) return r.result(null);
        return r.result(new BilagScheme(
                expectedId,
                version,
                root.get("source").get("citation").asText(),
                instrument,
                weights,
                systems,
                renal,
                total,
                renalParam));
    }

    private static boolean isSystem(String code) {
        for (BilagSystem b : BilagSystem.values()) if (b.name().equals(code)) return true;
        return false;
    }
}
