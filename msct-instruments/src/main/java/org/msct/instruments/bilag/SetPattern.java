package org.msct.instruments.bilag;

import static org.msct.instruments.bilag.DefinitionFinding.CONDITION;
import static org.msct.instruments.bilag.DefinitionFinding.ITEM_ATTRIBUTE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * The generic grading pattern of systems 2–7 (instruments.md §4.2): for each grade, the (set, codes) pairs that
 * trigger it, e.g. B = A-set item at 1 or B-set item at 2–4. Compiled per system into {@link GradeRule}s.
 */
final class SetPattern {
    private record Entry(BilagGrade set, int codeMask) {}

    private final EnumMap<BilagGrade, List<Entry>> entries = new EnumMap<>(BilagGrade.class);
    private final EnumMap<BilagGrade, String> descriptions = new EnumMap<>(BilagGrade.class);

    static SetPattern read(JsonNode node, Reads reads) {
        SetPattern p = new SetPattern();
        for (BilagGrade g : List.of(BilagGrade.A, BilagGrade.B, BilagGrade.C)) {
            String path = "setPattern." + g;
            JsonNode rule = node.get(g.name());
            if (rule == null || !rule.isObject()) {
                reads.add(CONDITION, path, "required rule for grade " + g + " is missing");
                continue;
            }
            String description = reads.text(rule, "description", path, CONDITION);
            p.descriptions.put(g, description == null ? "" : description);
            List<Entry> list = new ArrayList<>();
            JsonNode sets = rule.path("sets");
            if (!sets.isArray() || sets.isEmpty()) reads.add(CONDITION, path + ".sets", "required non-empty array");
            for (int i = 0; i < sets.size(); i++) {
                String ep = path + ".sets[" + i + "]";
                BilagGrade set = reads.grade(sets.get(i).get("set"), ep + ".set", CONDITION, true);
                int mask = reads.codeMask(sets.get(i).get("codes"), ep + ".codes", CONDITION);
                if (set != null && mask != 0) list.add(new Entry(set, mask));
            }
            p.entries.put(g, list);
        }
        return p;
    }

    /** Rules A, B, C for a system whose scaled items carry a set. */
    GradeRule[] compile(BilagSystem system, List<ItemDef> items, String path, Reads reads) {
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).set() == null) {
                reads.add(
                        ITEM_ATTRIBUTE,
                        path + ".items[" + k + "].set",
                        "item " + items.get(k).number() + " of " + system
                                + " needs a set (A, B or C) for the generic pattern");
            }
        }
        GradeRule[] out = new GradeRule[3];
        for (BilagGrade g : List.of(BilagGrade.A, BilagGrade.B, BilagGrade.C)) {
            List<ItemCondition> parts = new ArrayList<>();
            for (Entry e : entries.getOrDefault(g, List.of())) {
                int[] members = items.stream()
                        .filter(d -> d.set() == e.set())
                        .mapToInt(ItemDef::number)
                        .toArray();
                if (members.length > 0) parts.add(new ItemCondition.Count(members, e.codeMask(), 1));
            }
            out[g.ordinal()] = new GradeRule(g, descriptions.getOrDefault(g, ""), new ItemCondition.AnyOf(parts));
        }
        return out;
    }
}
