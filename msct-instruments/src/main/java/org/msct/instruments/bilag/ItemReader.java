package org.msct.instruments.bilag;

import static org.msct.instruments.bilag.DefinitionFinding.ITEM_ATTRIBUTE;
import static org.msct.instruments.bilag.DefinitionFinding.ITEM_NUMBERING;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/** Reads one item of a definition file and checks its attributes against its kind and system. */
final class ItemReader {
    private ItemReader() {}

    static @Nullable ItemDef read(JsonNode item, String path, BilagSystem system, Reads reads) {
        int number = reads.integer(item, "number", path, ITEM_NUMBERING, 1, Bilag2004DefinitionReader.ITEM_COUNT);
        String name = reads.text(item, "name", path, ITEM_ATTRIBUTE);
        ItemKind kind = kind(item.path("kind").asText(""));
        if (kind == null) {
            reads.add(
                    ITEM_ATTRIBUTE,
                    path + ".kind",
                    "kind " + item.get("kind") + " is not allowed; allowed: scale, yesNo, value, scaleOrYesNo");
            return null;
        }
        if (!kindAllowed(system, kind)) {
            reads.add(ITEM_ATTRIBUTE, path + ".kind", "kind " + kind + " is not allowed in system " + system);
        }
        BilagGrade set = null;
        if (item.has("set")) {
            if (kind != ItemKind.SCALE && kind != ItemKind.SCALE_OR_YES_NO) {
                reads.add(ITEM_ATTRIBUTE, path + ".set", "only scaled items belong to a set");
            }
            set = reads.grade(item.get("set"), path + ".set", ITEM_ATTRIBUTE, true);
        }
        LabField lab = null;
        if (kind == ItemKind.VALUE) {
            lab = LabField.byContractName(item.path("lab").asText(""));
            if (lab == null) {
                reads.add(
                        ITEM_ATTRIBUTE,
                        path + ".lab",
                        "lab " + item.get("lab") + " is not a known lab; allowed: "
                                + java.util.Arrays.stream(LabField.values())
                                        .map(LabField::contractName)
                                        .toList());
            }
        } else {
            Bilag2004DefinitionReader.requireNoneOf(item, path, reads, "lab", "unit");
        }
        String unit = item.has("unit") ? item.path("unit").asText() : null;
        int criterion = 0;
        if (item.has("renalCriterion")) {
            if (system != BilagSystem.RENAL || kind != ItemKind.YES_NO) {
                reads.add(ITEM_ATTRIBUTE, path + ".renalCriterion", "only renal yes/no items record a criterion");
            }
            criterion = reads.integer(item, "renalCriterion", path, ITEM_ATTRIBUTE, 1, 6);
            if (criterion == 1 || criterion == 3) {
                reads.add(
                        ITEM_ATTRIBUTE,
                        path + ".renalCriterion",
                        "criteria 1 and 3 are derived from values; allowed: 2, 4, 5, 6");
            }
        }
        BilagGrade yesGrade = null;
        if (item.has("yesGrade")) {
            if (system != BilagSystem.HAEMATOLOGICAL || kind == ItemKind.SCALE || kind == ItemKind.VALUE) {
                reads.add(ITEM_ATTRIBUTE, path + ".yesGrade", "only haematological yes/no items carry a yesGrade");
            }
            yesGrade = reads.grade(item.get("yesGrade"), path + ".yesGrade", ITEM_ATTRIBUTE, true);
        }
        if (number < 1 || name == null) return null;
        return new ItemDef(number, name, system, kind, set, lab, unit, criterion, yesGrade);
    }

    private static boolean kindAllowed(BilagSystem system, ItemKind kind) {
        return switch (system) {
            case RENAL -> kind == ItemKind.VALUE || kind == ItemKind.YES_NO;
            case HAEMATOLOGICAL -> kind != ItemKind.SCALE;
            default -> kind == ItemKind.SCALE;
        };
    }

    private static @Nullable ItemKind kind(String code) {
        return switch (code) {
            case "scale" -> ItemKind.SCALE;
            case "yesNo" -> ItemKind.YES_NO;
            case "value" -> ItemKind.VALUE;
            case "scaleOrYesNo" -> ItemKind.SCALE_OR_YES_NO;
            default -> null;
        };
    }
}
