package org.msct.instruments.bilag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.FieldException;

/** Reads the {@code bilag2004} member of an assessment, checking items against the BILAG-2004 definition. */
public final class BilagInputParser {
    private BilagInputParser() {}

    /**
     * Parses the {@code bilag2004} object at JSON path {@code path} (e.g. {@code current.bilag2004}).
     *
     * @throws FieldException naming the member (e.g. {@code current.bilag2004.items.41}), the value and what is
     *     allowed: unknown member, item number not 1–97, measured-value item given as an item, a boolean for a scaled
     *     item, a number for a yes/no item, a code outside 0–4, an unknown system name
     */
    public static BilagInput parse(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new FieldException(
                    path,
                    "value " + node + " is not allowed; allowed: an object with members "
                            + "items, previously_involved, not_attributable");
        }
        Map<Integer, Integer> codes = new HashMap<>();
        Map<Integer, Boolean> flags = new HashMap<>();
        Set<Integer> notDone = new HashSet<>();
        Set<BilagSystem> involved = EnumSet.noneOf(BilagSystem.class);
        Set<Integer> notAttributable = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> members = node.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> m = members.next();
            String p = path + "." + m.getKey();
            switch (m.getKey()) {
                case "items" -> BilagItemsParser.items(m.getValue(), p, codes, flags, notDone);
                case "previously_involved" -> BilagItemsParser.systems(m.getValue(), p, involved);
                case "not_attributable" -> BilagItemsParser.valueItems(m.getValue(), p, notAttributable);
                default -> throw new FieldException(
                        p,
                        "member \"" + m.getKey() + "\" is not allowed; allowed: "
                                + "items, previously_involved, not_attributable");
            }
        }
        return new BilagInput(codes, flags, involved, notDone, notAttributable);
    }

    /** Checks a programmatically built section against the definition (the parser already does for JSON). */
    public static BilagInput check(BilagInput in) {
        Bilag2004Definition def = Bilag2004Definition.standard();
        in.codes().forEach((n, c) -> {
            ItemKind k = kind(def, n);
            if (k != ItemKind.SCALE && k != ItemKind.SCALE_OR_YES_NO) {
                throw new IllegalArgumentException("item " + n + " cannot take code " + c);
            }
        });
        in.flags().keySet().forEach(n -> {
            ItemKind k = kind(def, n);
            if (k != ItemKind.YES_NO && k != ItemKind.SCALE_OR_YES_NO) {
                throw new IllegalArgumentException("item " + n + " is not a yes/no item");
            }
        });
        for (int n : in.notAttributable()) {
            if (kind(def, n) != ItemKind.VALUE) throw new IllegalArgumentException("item " + n + " is not a value");
        }
        return in;
    }

    private static ItemKind kind(Bilag2004Definition def, int n) {
        ItemDef d = def.itemOrNull(n);
        if (d == null) throw new IllegalArgumentException("no BILAG-2004 item " + n);
        return d.kind();
    }
}
