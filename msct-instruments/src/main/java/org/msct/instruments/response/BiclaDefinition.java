package org.msct.instruments.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;
import org.msct.instruments.units.Threshold;

/**
 * BICLA rules from {@code instruments/bicla.v1.json} (Wallace 2011; instruments.md §4.3).
 *
 * @param version definition version
 * @param newGrade for A and B: reference grades from which a follow-up grade counts as new
 * @param improvement for baseline A and B: the follow-up grades that count as improved
 * @param newA count of new A (≤ 0)
 * @param newB count of new B (≤ 1)
 * @param sledaiIncrease follow-up − baseline SLEDAI-2K (≤ 0)
 * @param pgaIncreaseAbsolute follow-up − baseline PGA on the 0–3 scale (≤ 0.30)
 * @param pgaIncreaseRelative follow-up − baseline PGA as a fraction of baseline PGA (≤ 0.10)
 */
public record BiclaDefinition(
        int version,
        Map<BilagGrade, Set<BilagGrade>> newGrade,
        Map<BilagGrade, Set<BilagGrade>> improvement,
        Threshold newA,
        Threshold newB,
        Threshold sledaiIncrease,
        Threshold pgaIncreaseAbsolute,
        Threshold pgaIncreaseRelative) {
    public static final String RESOURCE = "instruments/bicla.v1.json";

    private static final class Holder {
        static final BiclaDefinition STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    public static BiclaDefinition standard() {
        return Holder.STANDARD;
    }

    public static Loaded<BiclaDefinition> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        int v = r.header(root, "bicla");
        if (root.isObject()) {
            r.onlyMembers(
                    root, "$", Set.of("id", "version", "source", "remarks", "new_grade", "improvement", "criteria"));
        }
        Map<BilagGrade, Set<BilagGrade>> ng = DefinitionParts.gradeSets(r, root, "new_grade");
        Map<BilagGrade, Set<BilagGrade>> imp = DefinitionParts.gradeSets(r, root, "improvement");
        Map<String, Threshold> c = DefinitionParts.criteria(
                r,
                root,
                Set.of(
                        "new_bilag_a",
                        "new_bilag_b",
                        "sledai_increase",
                        "pga_increase_absolute",
                        "pga_increase_relative"));
        if (!r.ok()) return r.result(null);
        return r.result(new BiclaDefinition(
                v,
                ng,
                imp,
                c.get("new_bilag_a"),
                c.get("new_bilag_b"),
                c.get("sledai_increase"),
                c.get("pga_increase_absolute"),
                c.get("pga_increase_relative")));
    }
}
