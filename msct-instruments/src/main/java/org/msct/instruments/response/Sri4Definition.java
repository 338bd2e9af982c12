package org.msct.instruments.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;
import org.msct.instruments.units.Threshold;

/**
 * SRI-4 rules from {@code instruments/sri-4.v1.json} (Furie 2009; instruments.md §6.1).
 *
 * @param version definition version
 * @param newGrade for A and B: the reference grades from which a follow-up grade counts as new (§4.3)
 * @param sledaiReduction baseline − follow-up SLEDAI (≥ 4)
 * @param newA count of new BILAG A (≤ 0)
 * @param newB count of new BILAG B (≤ 1)
 * @param pgaIncrease follow-up − baseline PGA (&lt; 0.3)
 */
public record Sri4Definition(
        int version,
        Map<BilagGrade, Set<BilagGrade>> newGrade,
        Threshold sledaiReduction,
        Threshold newA,
        Threshold newB,
        Threshold pgaIncrease) {
    public static final String RESOURCE = "instruments/sri-4.v1.json";

    private static final class Holder {
        static final Sri4Definition STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    public static Sri4Definition standard() {
        return Holder.STANDARD;
    }

    public static Loaded<Sri4Definition> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        int v = r.header(root, "sri-4");
        if (root.isObject()) {
            r.onlyMembers(root, "$", Set.of("id", "version", "source", "remarks", "new_grade", "criteria"));
        }
        Map<BilagGrade, Set<BilagGrade>> ng = DefinitionParts.gradeSets(r, root, "new_grade");
        Map<String, Threshold> c = DefinitionParts.criteria(
                r, root, Set.of("sledai_reduction", "new_bilag_a", "new_bilag_b", "pga_increase"));
        if (!r.ok()) return r.result(null);
        return r.result(new Sri4Definition(
                v, ng, c.get("sledai_reduction"), c.get("new_bilag_a"), c.get("new_bilag_b"), c.get("pga_increase")));
    }
}
