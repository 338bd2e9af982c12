package org.msct.instruments.bilag;

import static org.msct.instruments.bilag.DefinitionFinding.CONDITION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;

/**
 * Reads explicit grade rules ({@code "rules": {"A": {"description", "condition"}, ...}}) whose conditions are
 * {@code {"count": {"items", "codes", "min"}}}, {@code {"allOf": [...]}} or {@code {"anyOf": [...]}}.
 */
final class ConditionReader {
    private ConditionReader() {}

    static GradeRule[] rules(JsonNode node, List<ItemDef> own, String systemPath, Reads reads) {
        GradeRule[] out = new GradeRule[3];
        for (BilagGrade g : List.of(BilagGrade.A, BilagGrade.B, BilagGrade.C)) {
            String path = systemPath + ".rules." + g;
            JsonNode rule = node.get(g.name());
            if (rule == null || !rule.isObject()) {
                reads.add(CONDITION, path, "required rule for grade " + g + " is missing");
                out[g.ordinal()] = new GradeRule(g, "", new ItemCondition.AnyOf(List.of()));
                continue;
            }
            String description = reads.text(rule, "description", path, CONDITION);
            ItemCondition c = condition(rule.get("condition"), path + ".condition", own, reads);
            out[g.ordinal()] = new GradeRule(
                    g, description == null ? "" : description, c == null ? new ItemCondition.AnyOf(List.of()) : c);
        }
        return out;
    }

    private static @Nullable ItemCondition condition(
            @Nullable JsonNode node, String path, List<ItemDef> own, Reads reads) {
        if (node == null || !node.isObject() || node.size() != 1) {
            reads.add(CONDITION, path, "a condition is an object with exactly one of count, allOf, anyOf");
            return null;
        }
        String kind = node.fieldNames().next();
        JsonNode body = node.get(kind);
        switch (kind) {
            case "count" -> {
                return count(body, path + ".count", own, reads);
            }
            case "allOf", "anyOf" -> {
                if (!body.isArray() || body.isEmpty()) {
                    reads.add(CONDITION, path + "." + kind, "required non-empty array of conditions");
                    return null;
                }
                List<ItemCondition> parts = new ArrayList<>();
                for (int i = 0; i < body.size(); i++) {
                    ItemCondition c = condition(body.get(i), path + "." + kind + "[" + i + "]", own, reads);
                    if (c != null) parts.add(c);
                }
                return kind.equals("allOf") ? new ItemCondition.AllOf(parts) : new ItemCondition.AnyOf(parts);
            }
            default -> {
                reads.add(CONDITION, path, "condition \"" + kind + "\" is not allowed; allowed: count, allOf, anyOf");
                return null;
            }
        }
    }

    private static @Nullable ItemCondition count(JsonNode body, String path, List<ItemDef> own, Reads reads) {
        JsonNode list = body.path("items");
        if (!list.isArray() || list.isEmpty()) {
            reads.add(CONDITION, path + ".items", "required non-empty array of item numbers");
            return null;
        }
        int[] members = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            int n = list.get(i).asInt(-1);
            boolean ownItem = list.get(i).isIntegralNumber()
                    && own.stream().anyMatch(d -> d.number() == n && d.kind() == ItemKind.SCALE);
            if (!ownItem) {
                reads.add(
                        CONDITION,
                        path + ".items[" + i + "]",
                        "item " + list.get(i)
                                + " is not a scaled item of this system; allowed: "
                                + own.stream().map(ItemDef::number).toList());
                return null;
            }
            members[i] = n;
        }
        int mask = reads.codeMask(body.get("codes"), path + ".codes", CONDITION);
        int min = reads.integer(body, "min", path, CONDITION, 1, members.length);
        return mask == 0 || min < 1 ? null : new ItemCondition.Count(members, mask, min);
    }
}
