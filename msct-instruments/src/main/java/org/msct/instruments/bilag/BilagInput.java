package org.msct.instruments.bilag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.FieldException;

/**
 * BILAG-2004 section of an assessment (shared/spec/cli-contract.md §2, member {@code bilag2004}): item number →
 * code 0–4 for scaled items (0 not present, 1 improving, 2 same, 3 worse, 4 new), item number → yes/no for yes/no
 * items, and the systems previously involved (which turn an inactive system into D rather than E). Renal and
 * haematological measured values (items 78, 79, 81–84, 86, 87, 90–94) are read from the assessment's labs, never
 * from items. Absent items are "not present".
 *
 * <p>Extensions beyond the contract (optional): an item value {@code "ND"} (not done; ignored for grading and
 * reported as a warning), item 95 (TTP) as either a code 0–4 or yes/no, and a member {@code not_attributable}: item
 * numbers of measured values (78, 79, 81–84, 86, 87, 90–94) that are present but not due to SLE activity (e.g.
 * cytopenia after conditioning), which grading then ignores.
 *
 * @param codes item number → activity code 0–4
 * @param flags item number → yes (true) / no (false)
 * @param previouslyInvolved systems with documented previous involvement
 * @param notDone items recorded as ND
 * @param notAttributable measured-value items whose current value is not due to SLE
 */
public record BilagInput(
        Map<Integer, Integer> codes,
        Map<Integer, Boolean> flags,
        Set<BilagSystem> previouslyInvolved,
        Set<Integer> notDone,
        Set<Integer> notAttributable) {

    /** No items recorded, no history. */
    public static final BilagInput EMPTY = new BilagInput(Map.of(), Map.of(), Set.of());

    public BilagInput {
        codes = Map.copyOf(codes);
        flags = Map.copyOf(flags);
        previouslyInvolved = Set.copyOf(previouslyInvolved);
        notDone = Set.copyOf(notDone);
        notAttributable = Set.copyOf(notAttributable);
        Bilag2004Definition def = Bilag2004Definition.standard();
        codes.forEach((n, c) -> {
            ItemKind k = kind(def, n);
            if ((k != ItemKind.SCALE && k != ItemKind.SCALE_OR_YES_NO) || c < 0 || c > 4) {
                throw new IllegalArgumentException("item " + n + " cannot take code " + c);
            }
        });
        flags.keySet().forEach(n -> {
            ItemKind k = kind(def, n);
            if (k != ItemKind.YES_NO && k != ItemKind.SCALE_OR_YES_NO) {
                throw new IllegalArgumentException("item " + n + " is not a yes/no item");
            }
        });
        for (int n : notAttributable) {
            if (kind(def, n) != ItemKind.VALUE) throw new IllegalArgumentException("item " + n + " is not a value");
        }
    }

    /** Items and history only (no ND items, all values attributable). */
    public BilagInput(Map<Integer, Integer> codes, Map<Integer, Boolean> flags, Set<BilagSystem> previouslyInvolved) {
        this(codes, flags, previouslyInvolved, Set.of(), Set.of());
    }

    private static ItemKind kind(Bilag2004Definition def, int n) {
        ItemDef d = def.itemOrNull(n);
        if (d == null) throw new IllegalArgumentException("no BILAG-2004 item " + n);
        return d.kind();
    }

    /**
     * Parses the {@code bilag2004} object at JSON path {@code path} (e.g. {@code current.bilag2004}).
     *
     * @throws FieldException naming the member (e.g. {@code current.bilag2004.items.41}), the value and what is
     *     allowed: unknown member, item number not 1–97, measured-value item given as an item, a boolean for a scaled
     *     item, a number for a yes/no item, a code outside 0–4, an unknown system name
     */
    public static BilagInput fromJson(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new FieldException(path, "value " + node + " is not allowed; allowed: an object with members "
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
                default -> throw new FieldException(p, "member \"" + m.getKey() + "\" is not allowed; allowed: "
                        + "items, previously_involved, not_attributable");
            }
        }
        return new BilagInput(codes, flags, involved, notDone, notAttributable);
    }
}
