package org.msct.instruments.sdi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.input.JsonFields;
import org.msct.instruments.model.FieldException;

/**
 * SDI section of an assessment (JSON member {@code sdi}):
 *
 * <pre>{@code
 * {"items": {"CATARACT": 1, "AVASCULAR_NECROSIS": 2, "ESRD": 3},    // points recorded per damage item
 *  "months_present": {"COGNITIVE_IMPAIRMENT": 4}}                   // optional: months the item has been present
 * }</pre>
 *
 * <p>Item codes (case-insensitive) are those of {@code sdi.v1.json}. Points must be 0 or one of the item's allowed
 * points (1; 1–2 for items scored 2 when repeated or at more than one site; ESRD 3); {@code true} means the item's
 * lowest non-zero points and {@code false} 0. A recorded item is taken as persistent (present ≥ 6 months, as the SDI
 * form asks the investigator to check) unless {@code months_present} gives a shorter duration, in which case a
 * non-"ever" item does not count. Months are 0–1200 and may be fractional (2 weeks ≈ 0.5).
 *
 * @param items item code → points recorded
 * @param monthsPresent item code → months present
 */
public record SdiInput(Map<String, Integer> items, Map<String, Double> monthsPresent) {
    private static final Set<String> MEMBERS = Set.of("items", "months_present");

    public SdiInput {
        items = Map.copyOf(items);
        monthsPresent = Map.copyOf(monthsPresent);
        SdiDefinition d = SdiDefinition.standard();
        for (Map.Entry<String, Integer> e : items.entrySet()) {
            SdiDefinition.Item it = d.itemByCode().get(e.getKey());
            if (it == null) throw new IllegalArgumentException("unknown SDI item " + e.getKey());
            if (e.getValue() != 0 && !it.points().contains(e.getValue())) {
                throw new IllegalArgumentException("SDI item " + e.getKey() + " points " + e.getValue() + "; allowed " + it.allowedValues());
            }
        }
        for (Map.Entry<String, Double> e : monthsPresent.entrySet()) {
            if (!d.itemByCode().containsKey(e.getKey())) throw new IllegalArgumentException("unknown SDI item " + e.getKey());
            if (!(e.getValue() >= 0 && e.getValue() <= 1200)) throw new IllegalArgumentException("months " + e.getValue());
        }
    }

    public SdiInput(Map<String, Integer> items) {
        this(items, Map.of());
    }

    /** Parses the {@code sdi} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SdiInput fromJson(JsonNode node, String path) {
        if (node == null || !node.isObject()) throw new FieldException(path, "expected an object with member items");
        JsonFields.onlyKnown(node, path, MEMBERS, Map.of("monthsPresent", "use months_present"));
        SdiDefinition d = SdiDefinition.standard();
        Map<String, Integer> items = new HashMap<>();
        JsonNode n = node.get("items");
        if (n != null && !n.isNull()) {
            String p = path + ".items";
            if (!n.isObject()) throw new FieldException(p, "expected an object item code -> points, got " + n);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                SdiDefinition.Item item = item(d, e.getKey(), p);
                items.put(item.code(), points(item, e.getValue(), p + "." + e.getKey()));
            }
        }
        Map<String, Double> months = new HashMap<>();
        JsonNode m = node.get("months_present");
        if (m != null && !m.isNull()) {
            String p = path + ".months_present";
            if (!m.isObject()) throw new FieldException(p, "expected an object item code -> months, got " + m);
            for (Map.Entry<String, JsonNode> e : m.properties()) {
                SdiDefinition.Item item = item(d, e.getKey(), p);
                JsonNode v = e.getValue();
                if (!v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1200)) {
                    throw new FieldException(p + "." + e.getKey(), "value " + v + " is not allowed; allowed 0 to 1200 months");
                }
                months.put(item.code(), v.doubleValue());
            }
        }
        return new SdiInput(items, months);
    }

    private static SdiDefinition.Item item(SdiDefinition d, String key, String path) {
        SdiDefinition.Item item = d.itemByCode().get(key.strip().toUpperCase(Locale.ROOT));
        if (item == null) {
            throw new FieldException(path + "." + key, "unknown SDI item '" + key + "'; allowed: " + d.allowedCodes());
        }
        return item;
    }

    private static int points(SdiDefinition.Item item, JsonNode v, String path) {
        if (v.isBoolean()) return v.booleanValue() ? item.points().get(0) : 0;
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) {
            double x = v.doubleValue();
            if (x == 0 || (x > 0 && x <= item.maxPoints() && item.points().contains((int) x))) return (int) x;
        }
        throw new FieldException(
                path, "value " + v + " is not allowed; allowed points: " + item.allowedValues() + " (or true/false)");
    }
}
