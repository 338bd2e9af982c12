package org.msct.instruments.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;
import org.msct.instruments.units.Threshold;

/**
 * LLDAS rules from {@code instruments/lldas.v1.json} (Franklyn 2016; instruments.md §6.2). Its descriptor lists are
 * also the vocabulary of SLEDAI-2K codes accepted by {@link VisitSummary}.
 *
 * @param version definition version
 * @param majorOrgan descriptors that violate criterion 1 whatever the total (renal, CNS, cardiopulmonary, vasculitis,
 *     fever)
 * @param permitted descriptors allowed within the total
 * @param giActivityGrades BILAG-2004 gastrointestinal grades that mean GI activity when no flag is given
 * @param sledai SLEDAI-2K total (≤ 4)
 * @param pga PGA (≤ 1)
 * @param prednisone prednisolone-equivalent mg/day (≤ 7.5)
 */
public record LldasDefinition(
        int version,
        Set<String> majorOrgan,
        Set<String> permitted,
        Set<BilagGrade> giActivityGrades,
        Threshold sledai,
        Threshold pga,
        Threshold prednisone) {
    public static final String RESOURCE = "instruments/lldas.v1.json";
    /** Number of SLEDAI-2K descriptors (instruments.md §1.1). */
    static final int DESCRIPTOR_COUNT = 24;

    private static final class Holder {
        static final LldasDefinition STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    public static LldasDefinition standard() {
        return Holder.STANDARD;
    }

    /** Every SLEDAI-2K descriptor code (major organ and permitted). */
    public Set<String> knownDescriptors() {
        Set<String> all = new LinkedHashSet<>(majorOrgan);
        all.addAll(permitted);
        return Collections.unmodifiableSet(all);
    }

    public static Loaded<LldasDefinition> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        int v = r.header(root, "lldas");
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(
                root,
                "$",
                Set.of("id", "version", "source", "remarks", "descriptors", "gi_activity_bilag_grades", "criteria"));
        JsonNode d = r.object(root, "descriptors", "descriptors");
        Set<String> major = Set.of();
        Set<String> permitted = Set.of();
        if (d != null) {
            r.onlyMembers(d, "descriptors", Set.of("major_organ", "permitted"));
            major = DefinitionParts.codes(r, d, "major_organ", "descriptors.major_organ");
            permitted = DefinitionParts.codes(r, d, "permitted", "descriptors.permitted");
            for (String code : major) {
                if (permitted.contains(code))
                    r.problem("descriptors", "descriptor " + code + " is both major_organ and permitted");
            }
            if (major.size() + permitted.size() != DESCRIPTOR_COUNT) {
                r.problem(
                        "descriptors",
                        "the two lists must hold the " + DESCRIPTOR_COUNT + " SLEDAI-2K descriptors; found "
                                + (major.size() + permitted.size()));
            }
        }
        Set<BilagGrade> gi = DefinitionParts.grades(r, root, "gi_activity_bilag_grades", "gi_activity_bilag_grades");
        Map<String, Threshold> c = DefinitionParts.criteria(r, root, Set.of("sledai", "pga", "prednisone_mg_day"));
        if (!r.ok()) return r.result(null);
        return r.result(new LldasDefinition(
                v,
                Collections.unmodifiableSet(major),
                Collections.unmodifiableSet(permitted),
                Collections.unmodifiableSet(gi),
                c.get("sledai"),
                c.get("pga"),
                c.get("prednisone_mg_day")));
    }
}
