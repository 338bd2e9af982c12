package org.msct.instruments.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;
import org.msct.instruments.units.Threshold;

/**
 * DORIS 2021 remission rules from {@code instruments/doris.v1.json} (van Vollenhoven 2021; instruments.md §6.3).
 *
 * @param version definition version
 * @param serologyWeights serology descriptors excluded from clinical SLEDAI-2K, with their SLEDAI-2K weights
 * @param clinicalSledai clinical SLEDAI-2K (≤ 0, i.e. = 0)
 * @param pga PGA (&lt; 0.5)
 * @param prednisone prednisolone-equivalent mg/day (≤ 5)
 */
public record DorisDefinition(
        int version,
        Map<String, Integer> serologyWeights,
        Threshold clinicalSledai,
        Threshold pga,
        Threshold prednisone) {
    public static final String RESOURCE = "instruments/doris.v1.json";

    private static final class Holder {
        static final DorisDefinition STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    public static DorisDefinition standard() {
        return Holder.STANDARD;
    }

    public static Loaded<DorisDefinition> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        int v = r.header(root, "doris");
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(root, "$", Set.of("id", "version", "source", "remarks", "serology_descriptors", "criteria"));
        Map<String, Integer> weights = new LinkedHashMap<>();
        JsonNode s = r.array(root, "serology_descriptors", "serology_descriptors");
        Set<String> known = LldasDefinition.standard().knownDescriptors();
        if (s != null) {
            for (int i = 0; i < s.size(); i++) {
                String p = "serology_descriptors[" + i + "]";
                JsonNode e = s.get(i);
                if (!e.isObject()) {
                    r.problem(p, "must be an object");
                    continue;
                }
                r.onlyMembers(e, p, Set.of("code", "weight"));
                String code = r.text(e, "code", p + ".code");
                JsonNode w = e.get("weight");
                if (w == null || !w.isIntegralNumber() || w.intValue() < 1 || w.intValue() > 8) {
                    r.problem(p + ".weight", "must be an integer SLEDAI-2K weight 1–8");
                } else if (!code.isEmpty()) {
                    if (!known.contains(code))
                        r.problem(p + ".code", "value " + code + " is not a SLEDAI-2K descriptor");
                    if (weights.put(code, w.intValue()) != null)
                        r.problem(p + ".code", "code " + code + " is listed twice");
                }
            }
        }
        Map<String, Threshold> c =
                DefinitionParts.criteria(r, root, Set.of("clinical_sledai", "pga", "prednisone_mg_day"));
        if (!r.ok()) return r.result(null);
        return r.result(new DorisDefinition(
                v,
                Collections.unmodifiableMap(weights),
                c.get("clinical_sledai"),
                c.get("pga"),
                c.get("prednisone_mg_day")));
    }
}
